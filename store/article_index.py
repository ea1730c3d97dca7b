"""One article's records indexed for the explorer's questions (store/corpus.py keeps a
bounded few): its relations and events by actor (all that `g` needs), and what only its
own screen asks (mentions by actor, affiliates, passages), each index made when first
asked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TypeVar

from personae.store.model import Article, Entity, Event, Mention, Relation
from personae.store.pieces import Piece

T = TypeVar("T")

#: What one mention, relation or event costs in memory, indexed (measured: 760 bytes on
#: the practice articles), for the estimate ``CACHED_WEIGHT`` (store/corpus.py) is counted in.
RECORD_BYTES = 800


def _by_key(items: Iterable[T], *keys: str) -> dict[str, tuple[T, ...]]:
    index: dict[str, list[T]] = defaultdict(list)
    for item in items:
        for key in keys:
            value = getattr(item, key)
            for v in value if isinstance(value, tuple) else (value,):
                index[v].append(item)
    return {k: tuple(v) for k, v in index.items()}


class ArticleLinks:
    """One article's relations and events by actor: all that `g` asks of each article it
    lists, so a pass over thousands reads no text and builds no mentions.  Indexed by actor
    on first use: `g` reads only its actor's, which need no index (``only``)."""

    def __init__(
        self, relations: Iterable[Relation], events: Iterable[Event], only: str | None = None
    ) -> None:
        self.relations = tuple(relations)
        self.events = tuple(sorted(events, key=lambda e: (e.date, e.evidence.start)))
        self._only = only
        """The one actor every record here involves, if they were read for it alone."""

    @cached_property
    def relations_by_entity(self) -> dict[str, tuple[Relation, ...]]:
        return _by_key(self.relations, "source", "target")

    @cached_property
    def events_by_entity(self) -> dict[str, tuple[Event, ...]]:
        return _by_key(self.events, "actors")

    def relations_of(self, entity_id: str) -> tuple[Relation, ...]:
        if entity_id == self._only:
            return self.relations
        found = self.relations_by_entity.get(entity_id, ())
        return tuple(dict.fromkeys(found))  # a self-relation is indexed twice

    def events_of(self, entity_id: str) -> tuple[Event, ...]:
        if entity_id == self._only:
            return self.events
        return self.events_by_entity.get(entity_id, ())


class ArticleIndex(ArticleLinks):
    """One article's records, indexed for the questions the explorer asks of it; what only
    its own screen asks (mentions by actor, affiliates, passages) when first asked."""

    def __init__(
        self,
        article: Article,
        records: tuple[list[Mention], list[Relation], list[Event]],
        entities: Mapping[str, Entity],
    ) -> None:
        mentions, relations, events = records
        super().__init__(relations, events)
        self.article = article
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self._entities = entities
        self.machine: tuple[Sequence[Relation], Sequence[Event]] = (self.relations, self.events)
        """The relations and events as the machine wrote them, before the reader's layer."""
        self.piece: Piece | None = None
        """The piece it was read from: indexed again, not read, when the layer changes."""

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def machine_by_id(self) -> tuple[dict[str, Relation], dict[str, Event]]:
        relations, events = self.machine
        return {r.id: r for r in relations}, {e.id: e for e in events}

    @cached_property
    def mentions_by_entity(self) -> dict[str, tuple[Mention, ...]]:
        return _by_key(self.mentions, "entity")

    @cached_property
    def passage_starts(self) -> list[int]:
        return [p.start for p in self.article.passages]

    @cached_property
    def relations_by_id(self) -> dict[str, Relation]:
        return {r.id: r for r in self.relations}

    @cached_property
    def events_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    def weight(self) -> int:
        """About how many bytes of memory the index holds (its text, its records)."""
        records = len(self.mentions) + len(self.relations) + len(self.events)
        return len(self.article.text) + RECORD_BYTES * records

    @cached_property
    def affiliates(self) -> dict[str, tuple[Entity, ...]]:
        """owner -> the owner's affiliates the article names, most mentioned first."""
        found: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        for entity_id, mentions in self.mentions_by_entity.items():
            entity = self._entities.get(entity_id)
            owner = entity.affiliation if entity is not None else None
            if entity is not None and owner is not None and owner != entity_id:
                found[owner].append((len(mentions), entity))
        return {
            owner: tuple(e for _, e in sorted(group, key=lambda ne: (-ne[0], ne[1].name)))
            for owner, group in found.items()
        }
