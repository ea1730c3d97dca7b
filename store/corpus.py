"""An index over a store snapshot: every question the explorer asks, in O(1).

Opening a store only groups its records by article and notes which articles name each
actor; an article's own index (its mentions by actor, relations, events, passages) is
built the first time it is asked about. A reader looks at a few articles of a store of
thousands, so opening costs one pass over the records, and the screen, which asks on
every key, never scans the whole store per question.
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


def newest_first(article: Article) -> tuple[str, str]:
    """The key that, reversed, lists articles as readers see them: newest first."""
    return (article.date or "", article.title)


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


class ArticleIndex:
    """One article's records, indexed for the questions the explorer asks of it."""

    def __init__(
        self,
        article: Article,
        records: tuple[list[Mention], list[Relation], list[Event]],
        entities: dict[str, Entity],
    ) -> None:
        mentions, relations, events = records
        self.article = article
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self.mentions_by_entity = _by_key(self.mentions, "entity")
        self.relations = tuple(relations)
        self.relations_by_entity = _by_key(self.relations, "source", "target")
        self.events = tuple(sorted(events, key=lambda e: (e.date, e.evidence.start)))
        self.events_by_entity = _by_key(self.events, "actors")
        self.passage_starts = [p.start for p in article.passages]
        self.affiliates = self._affiliates(entities)

    def _affiliates(self, entities: dict[str, Entity]) -> dict[str, tuple[Entity, ...]]:
        """owner -> the owner's affiliates the article names, most mentioned first."""
        found: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        for entity_id, mentions in self.mentions_by_entity.items():
            entity = entities.get(entity_id)
            owner = entity.affiliation if entity is not None else None
            if entity is not None and owner is not None and owner != entity_id:
                found[owner].append((len(mentions), entity))
        return {
            owner: tuple(e for _, e in sorted(group, key=lambda ne: (-ne[0], ne[1].name)))
            for owner, group in found.items()
        }


_NO_RECORDS: tuple[list[Mention], list[Relation], list[Event]] = ([], [], [])


class Corpus:
    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.articles: tuple[Article, ...] = tuple(
            sorted(snapshot.articles, key=newest_first, reverse=True)
        )
        self._articles = {a.id: a for a in snapshot.articles}
        self._entities = {e.id: e for e in snapshot.entities}
        self._names: dict[str, Entity] = {}
        for entity in snapshot.entities:
            for name in entity.names:
                self._names.setdefault(name.casefold(), entity)
        self._records: dict[str, tuple[list[Mention], list[Relation], list[Event]]] = {}
        self._named_in: dict[str, dict[str, int]] = defaultdict(dict)
        """entity -> the articles it has a record in -> how often each names it."""
        self._group(snapshot)
        self._indexes: dict[str, ArticleIndex] = {}

    def _group(self, snapshot: Snapshot) -> None:
        """One pass: each record to its article, each actor to the articles it is in."""
        records, named_in = self._records, self._named_in
        for mention in snapshot.mentions:
            records.setdefault(mention.article, ([], [], []))[0].append(mention)
            counts = named_in[mention.entity]
            counts[mention.article] = counts.get(mention.article, 0) + 1
        for relation in snapshot.relations:
            records.setdefault(relation.article, ([], [], []))[1].append(relation)
            named_in[relation.source].setdefault(relation.article, 0)
            named_in[relation.target].setdefault(relation.article, 0)
        for event in snapshot.events:
            records.setdefault(event.article, ([], [], []))[2].append(event)
            for actor in event.actors:
                named_in[actor].setdefault(event.article, 0)

    def _index(self, article_id: str) -> ArticleIndex | None:
        """The article's index, built on first use (None for an article not in the store)."""
        index = self._indexes.get(article_id)
        if index is None:
            article = self._articles.get(article_id)
            if article is None:
                return None
            records = self._records.get(article_id, _NO_RECORDS)
            index = self._indexes[article_id] = ArticleIndex(article, records, self._entities)
        return index

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
        index = self._index(article_id)
        if index is None:
            raise KeyError(article_id)
        i = bisect.bisect_right(index.passage_starts, offset) - 1
        passages = index.article.passages
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
        index = self._index(article_id)
        if index is None:
            return []
        counts = Counter(m.entity for m in index.mentions)
        for relation in index.relations:
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
        index = self._index(article_id)
        return () if index is None else index.affiliates.get(entity_id, ())

    def mention_counts(self, entity_id: str) -> Counter[str]:
        """How often each article names the entity."""
        return Counter({a: n for a, n in self._named_in.get(entity_id, {}).items() if n})

    def articles_of(self, entity_id: str) -> dict[str, int]:
        """Every article with a record of the entity (a mention, a relation, an event),
        with how often it names it (0: a relation or event only, as an unnamed state)."""
        return self._named_in.get(entity_id, {})

    # -- mentions and passages ----------------------------------------------------------

    def mentions_in(self, article_id: str) -> tuple[Mention, ...]:
        index = self._index(article_id)
        return () if index is None else index.mentions

    def mentions_of(self, entity_id: str, article_id: str | None = None) -> tuple[Mention, ...]:
        if article_id is None:
            return tuple(
                m
                for a in sorted(self.articles_of(entity_id))
                for m in self.mentions_of(entity_id, a)
            )
        index = self._index(article_id)
        return () if index is None else index.mentions_by_entity.get(entity_id, ())

    def passages_naming(self, entity_id: str, article_id: str) -> tuple[int, ...]:
        """Indices of the passages that name the entity, in reading order."""
        found = {
            self.passage_index(article_id, m.start) for m in self.mentions_of(entity_id, article_id)
        }
        return tuple(sorted(i for i in found if i is not None))

    # -- relations and events -----------------------------------------------------------

    def relations_in(self, article_id: str) -> tuple[Relation, ...]:
        index = self._index(article_id)
        return () if index is None else index.relations

    def relations_of(self, entity_id: str, article_id: str | None = None) -> tuple[Relation, ...]:
        """The entity's relations in one article, or in every article (article by article)."""
        if article_id is None:
            return tuple(
                r for a in self.articles_of(entity_id) for r in self.relations_of(entity_id, a)
            )
        index = self._index(article_id)
        found = () if index is None else index.relations_by_entity.get(entity_id, ())
        return tuple(dict.fromkeys(found))  # a self-relation is indexed twice

    def relations_between(
        self, a: str, b: str, article_id: str | None = None
    ) -> tuple[Relation, ...]:
        return tuple(r for r in self.relations_of(a, article_id) if {r.source, r.target} == {a, b})

    def events_in(self, article_id: str) -> tuple[Event, ...]:
        index = self._index(article_id)
        return () if index is None else index.events

    def events_of(self, entity_id: str, article_id: str | None = None) -> tuple[Event, ...]:
        """The entity's events in one article, or in every article by date."""
        if article_id is None:
            found = [e for a in self.articles_of(entity_id) for e in self.events_of(entity_id, a)]
            return tuple(sorted(found, key=lambda e: (e.date, e.evidence.start)))
        index = self._index(article_id)
        return () if index is None else index.events_by_entity.get(entity_id, ())
