"""The actors of a corpus by id, as the explorer asks for them: each read from its bucket
when first asked for, the reader's corrections applied to it alone.

Opening a store reads no actor bucket, and the first frame the buckets of the actors of
the article it shows.  Corrections that merge, split, rename, re-kind or hide actors need
no more: each actor is corrected from the few actors it depends on (those merged into it,
the one it was split off), so only their buckets, and those of the actors the corrections
name, are read.  Going through every actor (the lists, the pickers) reads the whole
catalog and registry, and corrects them all at once (store/correction_layer.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, ValuesView

from personae.store.catalog import Catalog
from personae.store.correction_layer import Layer
from personae.store.model import Entity


class CorpusActors(Mapping[str, Entity]):
    """The actors of ``catalog`` as ``layer`` corrects them, by id (those merged into
    another and those hidden left out); ``merged`` says where each merged one went."""

    def __init__(self, catalog: Catalog, layer: Layer) -> None:
        self._catalog = catalog
        self._layer = layer if layer.changes_actors() else None
        self._found: dict[str, Entity | None] = {}
        self._every: dict[str, Entity] | None = None
        self.merged: dict[str, str] = {}
        """Merged actor -> the actor it is now part of."""
        self._members: dict[str, list[str]] = defaultdict(list)
        if self._layer is not None:
            registry = catalog.registry
            self.merged = self._layer.merges(lambda entity_id: registry.get(entity_id) is not None)
            for member, owner in self.merged.items():
                self._members[owner].append(member)
            for original in self._layer.split_names().values():
                self.get(original)  # what it keeps of its names: the split's rule needs it

    def get_actor(self, entity_id: str) -> Entity | None:
        """The actor of this id as corrected (None: none, merged or hidden), its bucket and
        those of the actors it depends on read on first use."""
        if self._layer is None:
            return self._catalog.registry.get(entity_id)
        if entity_id not in self._found:
            registry = self._catalog.registry
            self._found[entity_id] = self._layer.actor(
                entity_id, registry.get, self.merged, self._members
            )
        return self._found[entity_id]

    def __getitem__(self, entity_id: str) -> Entity:
        found = self.get_actor(entity_id)
        if found is None:
            raise KeyError(entity_id)
        return found

    def __contains__(self, entity_id: object) -> bool:
        return isinstance(entity_id, str) and self.get_actor(entity_id) is not None

    def _all(self) -> dict[str, Entity]:
        """Every actor a reader is shown, as corrected (every bucket read; kept when
        corrected, as the corpus's own: else the catalog keeps them)."""
        if self._layer is None:
            return {e.id: e for e in self._catalog.entities}
        if self._every is None:
            self._every = self._layer.entities(self._catalog.entities)[0]
        return self._every

    def __iter__(self) -> Iterator[str]:
        if self._layer is None:
            return (entity.id for entity in self._catalog.entities)
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._catalog.entities if self._layer is None else self._all())

    def values(self) -> ValuesView[Entity]:
        return self._all().values()
