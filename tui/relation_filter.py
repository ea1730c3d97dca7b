"""Which relations the relations pane keeps: chosen types, polarities and layers.

Plain data and functions (no Textual): the pane applies the filter, the filter modal
toggles its values, and both describe it the same way.  Each facet is an open set of the
strings the store holds (a layer the store gains later, such as "reviewed", is listed
like the others); an empty facet keeps every value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from personae.store.model import COMENTION, Relation

Facet = Literal["types", "polarities", "layers"]

#: The facets in the order the modal and the descriptions show them, with their headings.
FACETS: dict[Facet, str] = {"types": "Type", "polarities": "Polarity", "layers": "Layer"}


def facet_value(relation: Relation, facet: Facet) -> str:
    """The relation's value for a facet: its type, its polarity, its layer (provenance)."""
    if facet == "types":
        return relation.type
    if facet == "polarities":
        return relation.polarity
    return str(relation.provenance)


def value_label(facet: Facet, value: str) -> str:
    """How a value reads: the co-mention "type" is not a word a reader knows."""
    return "co-mention" if facet == "types" and value == COMENTION else value


@dataclass(frozen=True, slots=True)
class RelationFilter:
    """The values kept of each facet; an empty facet keeps them all."""

    types: frozenset[str] = frozenset()
    polarities: frozenset[str] = frozenset()
    layers: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return bool(self.types or self.polarities or self.layers)

    def admits(self, relation: Relation) -> bool:
        """Whether every facet with chosen values has the relation's value among them."""
        for facet in FACETS:
            chosen: frozenset[str] = getattr(self, facet)
            if chosen and facet_value(relation, facet) not in chosen:
                return False
        return True

    def toggled(self, facet: Facet, value: str) -> RelationFilter:
        """The filter with ``value`` of ``facet`` kept, or no longer kept."""
        chosen: frozenset[str] = getattr(self, facet)
        return replace(self, **{facet: chosen ^ {value}})

    def describe(self) -> str:
        """ "AGREE, REQUEST · conflict · reviewed": the values kept, facet by facet."""
        parts = []
        for facet in FACETS:
            chosen: frozenset[str] = getattr(self, facet)
            if chosen:
                parts.append(", ".join(sorted(value_label(facet, v) for v in chosen)))
        return " · ".join(parts)


def facet_counts(relations: Iterable[Relation]) -> dict[Facet, Counter[str]]:
    """How many of these relations have each value of each facet."""
    counts: dict[Facet, Counter[str]] = {facet: Counter() for facet in FACETS}
    for relation in relations:
        for facet, counter in counts.items():
            counter[facet_value(relation, facet)] += 1
    return counts
