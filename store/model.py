"""The domain records personae keeps: articles, entities, mentions, relations, events.

Records are frozen dataclasses so the in-memory index can hand them out freely; the
store turns them into plain dicts (``to_doc``) and back (``from_doc``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Self, get_args

SCHEMA_VERSION = 1

#: Typed by a person, found by the extractor, or corrected by the reader (store/corrections.py).
Provenance = Literal["curated", "extracted", "reviewed"]

EntityKind = Literal[
    "state", "government", "organisation", "company", "armed_group", "person", "place", "other"
]
ENTITY_KINDS: tuple[str, ...] = get_args(EntityKind)

KIND_LABELS: dict[str, str] = {
    "state": "States",
    "government": "Governments & offices",
    "organisation": "Organisations",
    "company": "Companies",
    "armed_group": "Armed groups",
    "person": "People",
    "place": "Places",
    "other": "Other",
}

#: PLOVER event types, each cooperation or conflict.
PLOVER: dict[str, str] = {
    "AGREE": "cooperation",
    "CONSULT": "cooperation",
    "SUPPORT": "cooperation",
    "CONCEDE": "cooperation",
    "COOPERATE": "cooperation",
    "AID": "cooperation",
    "RETREAT": "cooperation",
    "REQUEST": "cooperation",
    "ACCUSE": "conflict",
    "REJECT": "conflict",
    "THREATEN": "conflict",
    "PROTEST": "conflict",
    "SANCTION": "conflict",
    "MOBILIZE": "conflict",
    "COERCE": "conflict",
    "ASSAULT": "conflict",
}

#: Standing relationships an article states rather than an event it reports.
STANCE: dict[str, str] = {
    "ALLY": "cooperation",
    "PARTNER": "cooperation",
    "RIVAL": "conflict",
    "MISTRUST": "conflict",
}

#: A plain co-mention: two actors in one sentence, no type readable.
COMENTION = "MENTION"

RELATION_TYPES: tuple[str, ...] = (*PLOVER, *STANCE, COMENTION)

Precision = Literal["day", "month", "year", "decade", "range"]
PRECISIONS: tuple[str, ...] = get_args(Precision)


def polarity(relation_type: str) -> str:
    """Cooperation, conflict or neutral (a co-mention) for a relation type."""
    return PLOVER.get(relation_type) or STANCE.get(relation_type) or "neutral"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into an article's text."""

    start: int
    end: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Record:
    """Conversion between a record and the plain dict stored in TinyDB."""

    def to_doc(self) -> dict[str, Any]:
        """Spans become ``[start, end]`` pairs and tuples lists: JSON has neither.

        Hand-rolled rather than ``dataclasses.asdict``, which deep-copies every value and
        was most of the cost of storing a large article.
        """
        names, conversions = _writing(type(self))
        doc = {name: getattr(self, name) for name in names}
        for key, convert in conversions:
            doc[key] = convert(doc[key])
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Self:
        """The record a stored dict holds; keys it does not know (a newer personae's) are
        left out. Opening a store builds hundreds of thousands of these: each step is one
        dict operation per field that needs converting, nothing per field that does not."""
        reading = _reading(cls)
        try:  # a dict of every field, as to_doc writes it: read in order, no dict made
            ordered: tuple[Any, ...] | None = reading.values_of(doc)
        except (KeyError, TypeError):
            ordered = None
        if ordered is not None and len(doc) == len(reading.known):
            if not reading.converted:
                return cls(*ordered)
            listed = list(ordered)
            for at, convert in reading.converted:
                listed[at] = convert(listed[at])
            return cls(*listed)
        known = reading.known
        values = dict(doc) if doc.keys() <= known else {k: v for k, v in doc.items() if k in known}
        for key, convert in reading.conversions:
            if key in values:
                values[key] = convert(values[key])
        return cls(**values)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a record type reads a stored dict: its field names; how each stored value that
    JSON cannot hold as is (spans, tuples) is turned back into its field's value, by name
    and by place among the fields; and every field's value of a dict, in order."""

    known: frozenset[str]
    conversions: tuple[tuple[str, Callable[[Any], Any]], ...]
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]
    values_of: Callable[[Any], tuple[Any, ...]]


_READING: dict[type, _Reading] = {}


def _reading(cls: type) -> _Reading:
    found = _READING.get(cls)
    if found is None:
        names = _field_names(cls)
        conversions = tuple((k, c) for k, c in _CONVERSIONS.items() if k in names)
        getter = operator.itemgetter(*names)
        found = _READING[cls] = _Reading(
            frozenset(names),
            conversions,
            tuple((names.index(k), c) for k, c in conversions),
            getter if len(names) > 1 else lambda doc: (getter(doc),),
        )
    return found


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_WRITING: dict[type, tuple[tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...]]] = {}


def _writing(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """A record type's field names, and how each value JSON cannot hold as is is written."""
    found = _WRITING.get(cls)
    if found is None:
        names = _field_names(cls)
        found = _WRITING[cls] = (names, tuple((k, c) for k, c in _PLAIN.items() if k in names))
    return found


def _plain_span(span: Span) -> list[int]:
    return [span.start, span.end]


def _plain_spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


_PLAIN: dict[str, Callable[[Any], Any]] = {
    "evidence": _plain_span,
    "passages": _plain_spans,
    "sentences": _plain_spans,
    "aliases": list,
    "actors": list,
}


def _span(pair: Any) -> Span:
    start, end = pair
    return Span(int(start), int(end))


def _spans(pairs: Any) -> tuple[Span, ...]:
    return tuple(Span(int(s), int(e)) for s, e in pairs)


_CONVERSIONS: dict[str, Callable[[Any], Any]] = {
    "evidence": _span,
    "passages": _spans,
    "sentences": _spans,
    "aliases": tuple,
    "actors": tuple,
}


@dataclass(frozen=True, slots=True)
class Article(Record):
    id: str
    title: str
    text: str
    passages: tuple[Span, ...]
    sentences: tuple[Span, ...]
    date: str | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str = ""
    provenance: Provenance = "extracted"
    extractor_version: str | None = None


@dataclass(frozen=True, slots=True)
class Entity(Record):
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    provenance: Provenance = "extracted"
    extractor_version: str | None = None
    #: The id of the state or body this actor belongs to ("Iran's foreign minister" -> Iran),
    #: when the lexicon or the text says so; stores written before it have none.
    affiliation: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    entity: str
    article: str
    start: int
    end: int
    text: str
    provenance: Provenance = "extracted"
    extractor_version: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Relation(Record):
    """A directed link between two actors, always pointing at its evidence sentence.

    ``summary`` is a short reader-facing phrase ("supplies drones to").  ``hedge`` holds
    the hedging words ("unconfirmed reports suggest"), ``attribution`` who says so.
    ``confidence`` (0-1) is how far the extractor trusts its reading (a lexicon verb between
    a clear subject and object scores high, a co-mention low); None where a person wrote the
    relation, or an extractor older than the field did.
    """

    id: str
    article: str
    source: str
    target: str
    type: str
    evidence: Span
    summary: str = ""
    negated: bool = False
    hedge: str | None = None
    attribution: str | None = None
    provenance: Provenance = "extracted"
    extractor_version: str | None = None
    confidence: float | None = None

    @property
    def polarity(self) -> str:
        return polarity(self.type)


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A dated happening.  ``date`` is ISO at its precision: "2008", "2023-10", "2023-10-07",
    "2000s" for a decade, "2009/2012" for a range."""

    id: str
    article: str
    date: str
    precision: str
    stated: bool
    label: str
    evidence: Span
    actors: tuple[str, ...] = field(default=())
    provenance: Provenance = "extracted"
    extractor_version: str | None = None
