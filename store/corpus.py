"""An in-memory index over a store snapshot: every question the explorer asks, in O(1).

Built once when the store is opened (or reloaded); the screen asks it on every key, so
nothing here scans the whole store per question.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from personae.store.db import Snapshot
from personae.store.model import ENTITY_KINDS, Article, Entity, Event, Mention, Relation

T = TypeVar("T")


def _by_key(items: Iterable[T], *keys: str) -> dict[str, tuple[T, ...]]:
    index: dict[str, list[T]] = defaultdict(list)
    for item in items:
        for key in keys:
            value = getattr(item, key)
            for v in value if isinstance(value, tuple) else (value,):
                index[v].append(item)
    return {k: tuple(v) for k, v in index.items()}


class Corpus:
    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.articles: tuple[Article, ...] = tuple(
            sorted(snapshot.articles, key=lambda a: (a.date or "", a.title), reverse=True)
        )
        self._articles = {a.id: a for a in snapshot.articles}
        self._entities = {e.id: e for e in snapshot.entities}
        self._names: dict[str, Entity] = {}
        for entity in snapshot.entities:
            for name in entity.names:
                self._names.setdefault(name.casefold(), entity)
        mentions = sorted(snapshot.mentions, key=lambda m: (m.article, m.start))
        self._mentions_in = _by_key(mentions, "article")
        self._mentions = {
            (article, entity): group
            for article, group_all in self._mentions_in.items()
            for entity, group in _by_key(group_all, "entity").items()
        }
        self._mentions_of = _by_key(mentions, "entity")
        self._relations_in = _by_key(snapshot.relations, "article")
        self._relations_of = _by_key(snapshot.relations, "source", "target")
        events = sorted(snapshot.events, key=lambda e: (e.date, e.evidence.start))
        self._events_in = _by_key(events, "article")
        self._events_of = _by_key(events, "actors")
        self._passage_starts = {a.id: [p.start for p in a.passages] for a in snapshot.articles}

    # -- articles -----------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def find_article(self, id_or_title: str) -> Article | None:
        """By id, else by title: exact (any case), then the one title containing it."""
        if id_or_title in self._articles:
            return self._articles[id_or_title]
        wanted = id_or_title.strip().casefold()
        if not wanted:
            return None  # a blank name is a mistake, not "the only article"
        exact = [a for a in self.articles if a.title.casefold() == wanted]
        if exact:
            return exact[0]
        partial = [a for a in self.articles if wanted in a.title.casefold()]
        return partial[0] if len(partial) == 1 else None

    def passage_index(self, article_id: str, offset: int) -> int | None:
        starts = self._passage_starts[article_id]
        i = bisect.bisect_right(starts, offset) - 1
        passages = self._articles[article_id].passages
        return i if i >= 0 and passages[i].contains(offset) else None

    # -- entities -----------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity:
        return self._entities[entity_id]

    def resolve(self, name: str) -> Entity | None:
        """An entity by id, name or alias, in any case."""
        return self._entities.get(name) or self._names.get(name.strip().casefold())

    def entities_in(self, article_id: str) -> list[tuple[Entity, int]]:
        """Actors an article names, grouped by kind, most mentioned first."""
        counts = Counter(m.entity for m in self._mentions_in.get(article_id, ()))
        for relation in self._relations_in.get(article_id, ()):
            counts.update({relation.source: 0, relation.target: 0})
        order = {kind: i for i, kind in enumerate(ENTITY_KINDS)}
        found = [(self._entities[i], n) for i, n in counts.items() if i in self._entities]
        return sorted(found, key=lambda en: (order.get(en[0].kind, 99), -en[1], en[0].name))

    def mention_counts(self, entity_id: str) -> Counter[str]:
        """How often each article names the entity."""
        return Counter(m.article for m in self._mentions_of.get(entity_id, ()))

    # -- mentions and passages ----------------------------------------------------------

    def mentions_in(self, article_id: str) -> tuple[Mention, ...]:
        return self._mentions_in.get(article_id, ())

    def mentions_of(self, entity_id: str, article_id: str | None = None) -> tuple[Mention, ...]:
        if article_id is None:
            return self._mentions_of.get(entity_id, ())
        return self._mentions.get((article_id, entity_id), ())

    def passages_naming(self, entity_id: str, article_id: str) -> tuple[int, ...]:
        """Indices of the passages that name the entity, in reading order."""
        found = {
            self.passage_index(article_id, m.start) for m in self.mentions_of(entity_id, article_id)
        }
        return tuple(sorted(i for i in found if i is not None))

    # -- relations and events -----------------------------------------------------------

    def relations_in(self, article_id: str) -> tuple[Relation, ...]:
        return self._relations_in.get(article_id, ())

    def relations_of(self, entity_id: str, article_id: str | None = None) -> tuple[Relation, ...]:
        found = self._relations_of.get(entity_id, ())
        if article_id is not None:
            found = tuple(r for r in found if r.article == article_id)
        return tuple(dict.fromkeys(found))  # a self-relation is indexed twice

    def relations_between(
        self, a: str, b: str, article_id: str | None = None
    ) -> tuple[Relation, ...]:
        return tuple(r for r in self.relations_of(a, article_id) if {r.source, r.target} == {a, b})

    def events_in(self, article_id: str) -> tuple[Event, ...]:
        return self._events_in.get(article_id, ())

    def events_of(self, entity_id: str, article_id: str | None = None) -> tuple[Event, ...]:
        found = self._events_of.get(entity_id, ())
        if article_id is not None:
            found = tuple(e for e in found if e.article == article_id)
        return found

