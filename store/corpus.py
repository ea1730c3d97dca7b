"""An in-memory index over a store snapshot: every question the explorer asks, in O(1).

Built once when the store is opened (or reloaded); the screen asks it on every key, so
nothing here scans the whole store per question.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from typing import TypeVar

from personae.store.db import Snapshot
from personae.store.model import ENTITY_KINDS, Article, Entity, Event, Mention, Relation
from personae.store.text import clean_text

T = TypeVar("T")


def one_line(text: str) -> str:
    """Store text as printed: cleaned as ingest cleans a title, since a store from elsewhere
    (shared, hand-edited) may hold terminal controls; also the title a reader types back."""
    return " ".join(clean_text(text).split())


def _file_names(article: Article) -> set[str]:
    if not article.path:
        return set()
    path = PurePath(article.path)
    return {article.path.casefold(), path.name.casefold(), path.stem.casefold()}


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
        self._affiliates = self._affiliates_by_article()
        self._relations_in = _by_key(snapshot.relations, "article")
        self._relations_of = _by_key(snapshot.relations, "source", "target")
        events = sorted(snapshot.events, key=lambda e: (e.date, e.evidence.start))
        self._events_in = _by_key(events, "article")
        self._events_of = _by_key(events, "actors")
        self._passage_starts = {a.id: [p.start for p in a.passages] for a in snapshot.articles}

    # -- articles -----------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def find_article(self, query: str) -> Article | None:
        """The one article ``query`` names (see ``articles_matching``), else None."""
        found = self.articles_matching(query)
        return found[0] if len(found) == 1 else None

    def articles_matching(self, query: str) -> tuple[Article, ...]:
        """The articles a reader may mean by ``query``, newest first: the one with that id;
        else those whose title (as shown, any case) or file name (with or without its
        extension, or its whole path) is ``query``; else the titles that contain it."""
        if query in self._articles:
            return (self._articles[query],)
        wanted = " ".join(query.split()).casefold()
        if not wanted:
            return ()  # a blank name is a mistake, not "the only article"
        titles = [(a, one_line(a.title).casefold()) for a in self.articles]
        exact = [a for a, title in titles if title == wanted or wanted in _file_names(a)]
        if exact:
            return tuple(exact)
        return tuple(a for a, title in titles if wanted in title)

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
        """Actors an article names, grouped by kind, most mentioned first; with them the
        states and bodies its named people and offices belong to, so that a reader can
        select Iran to find Ahmadinejad even where the text never says "Iran"."""
        counts = Counter(m.entity for m in self._mentions_in.get(article_id, ()))
        for relation in self._relations_in.get(article_id, ()):
            counts.update({relation.source: 0, relation.target: 0})
        for entity_id in list(counts):
            owner = self._entities[entity_id].affiliation if entity_id in self._entities else None
            if owner is not None:
                counts.update({owner: 0})
        order = {kind: i for i, kind in enumerate(ENTITY_KINDS)}
        found = [(self._entities[i], n) for i, n in counts.items() if i in self._entities]
        return sorted(found, key=lambda en: (order.get(en[0].kind, 99), -en[1], en[0].name))

    def affiliates_of(self, entity_id: str, article_id: str) -> tuple[Entity, ...]:
        """The actors an article names that belong to this one (its ministers, its
        leader in office), most mentioned first: one level, as the extractor states it."""
        return self._affiliates.get((article_id, entity_id), ())

    def _affiliates_by_article(self) -> dict[tuple[str, str], tuple[Entity, ...]]:
        """(article, owner) -> the owner's affiliates the article names; built once, so a
        selection asks a dict, not every actor of the store."""
        found: dict[tuple[str, str], list[tuple[int, Entity]]] = defaultdict(list)
        for (article_id, entity_id), mentions in self._mentions.items():
            entity = self._entities.get(entity_id)
            owner = entity.affiliation if entity is not None else None
            if entity is not None and owner is not None and owner != entity_id:
                found[article_id, owner].append((len(mentions), entity))
        return {
            key: tuple(e for _, e in sorted(group, key=lambda ne: (-ne[0], ne[1].name)))
            for key, group in found.items()
        }

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
