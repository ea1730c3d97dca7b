"""The store as the explorer asks about it: every question answered from memory, in O(1).

Opening reads the catalog only (store/catalog.py): which articles there are, the actors,
and which articles involve each actor.  An article's own records (its text, mentions,
relations, events) are read from its piece the first time it is asked about, and indexed
(ArticleIndex); a bounded few of those stay in memory.  A reader looks at a few articles of
a store of thousands, so opening costs the catalog, and memory does not grow with the store.
"""

from __future__ import annotations

import bisect
import copy
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import PurePath

from personae.store.article_index import ArticleIndex, ArticleLinks
from personae.store.catalog import ArticleEntry, Catalog, Version, actor_links, newest_first
from personae.store.corpus_actors import CorpusActors
from personae.store.corpus_layer import ReaderLayer
from personae.store.correction_layer import Layer
from personae.store.corrections import Correction
from personae.store.db import Snapshot, Store
from personae.store.model import ENTITY_KINDS, Article, Entity, Event, Mention, Relation
from personae.store.pieces import Piece, PieceLinks
from personae.store.text import clean_text

__all__ = ["Corpus", "newest_first", "one_line"]

#: Indexes of articles read besides the one on screen that are kept, and what they may
#: weigh together (``ArticleIndex.weight``).  Reading an article again costs a few
#: milliseconds, so the cache is for going back and forth between a handful (the picker,
#: rows of `g`): 32 typical articles (2 KB of text, 70 records) weigh under 2 MB.  The
#: weight keeps very large ones from filling memory (a 5 MB article with 50,000 relations
#: weighs about 45 MB): past it, the least recently asked about are dropped, down to none
#: besides the one on screen.
CACHED_ARTICLES = 32
CACHED_WEIGHT = 64 * 2**20


def one_line(text: str) -> str:
    """Store text as printed: cleaned as ingest cleans a title, since a store from elsewhere
    (shared, hand-edited) may hold terminal controls; also the title a reader types back."""
    return " ".join(clean_text(text).split())


def _file_names(article: ArticleEntry) -> set[str]:
    if not article.path:
        return set()
    path = PurePath(article.path)
    return {article.path.casefold(), path.name.casefold(), path.stem.casefold()}


def _held(catalog: Catalog, article_id: str) -> Piece:
    """An article of a corpus read whole (a snapshot): already in memory."""
    assert catalog.held is not None
    return catalog.held[article_id]


def _links_of(load: Callable[[Catalog, str], Piece]) -> Callable[[Catalog, str, str], PieceLinks]:
    """An actor's relations and events from a whole read, for a corpus given no lighter one."""

    def links(catalog: Catalog, article_id: str, actor: str) -> PieceLinks:
        return actor_links(load(catalog, article_id), actor)

    return links


class Corpus(ReaderLayer):
    """One version of the store: its catalog, and its articles' records as they are read.

    Built from a Store (``Corpus.open``), an article is read when first asked about; built
    from a Snapshot, everything is in memory already.  Either way it never mixes versions:
    a piece gone since the catalog was read raises CatalogChanged, and the caller opens a
    new Corpus."""

    def __init__(
        self,
        source: Catalog | Snapshot,
        load: Callable[[Catalog, str], Piece] | None = None,
        load_links: Callable[[Catalog, str, str], PieceLinks] | None = None,
    ) -> None:
        catalog = Catalog.of_snapshot(source) if isinstance(source, Snapshot) else source
        self.catalog = catalog
        self._load = load or _held
        self._load_links = load_links or _links_of(self._load)
        self.layer = Layer(catalog.corrections)
        """The reader's corrections, applied over the machine's records as they are read."""
        actors = CorpusActors(catalog, self.layer)  # each read and corrected when asked for
        self._entities: Mapping[str, Entity] = actors
        self._merged = actors.merged
        self._members: dict[str, list[str]] = defaultdict(list)
        """Actor -> the actors merged into it."""
        for member, owner in self._merged.items():
            self._members[owner].append(member)
        self._split_from = self.layer.split_names()
        """An actor a name was split off -> whose articles it is looked for in."""
        for new, original in self._split_from.items():
            self._members[new].append(original)
        self._cache: OrderedDict[str, ArticleIndex] = OrderedDict()
        self._weight = 0
        self._shown: ArticleIndex | None = None

    @classmethod
    def open(cls, store: Store) -> Corpus:
        """The store as it is now: its catalog read, its articles read when asked about."""
        return cls(store.catalog(), store.load, store.load_links)

    @property
    def articles(self) -> Sequence[ArticleEntry]:
        """Every article, newest first, without its body (``article`` reads it); from a
        catalog opened from its summary, its length and first rows read no bucket.  Once
        read whole, the catalog's own tuple: the picker indexes it on every key."""
        catalog = self.catalog
        return catalog.whole().articles if catalog.complete else catalog.articles

    @cached_property
    def _names(self) -> dict[str, Entity]:
        """Every shown actor by each of its names, casefolded (the whole registry read)."""
        names: dict[str, Entity] = {}
        for entity in self.entities:
            for name in entity.names:
                names.setdefault(name.casefold(), entity)
        return names

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        """The actors as the reader corrected them (merged and hidden ones left out)."""
        return tuple(self._entities.values()) if self.layer else self.catalog.entities

    def owner(self, entity_id: str) -> str | None:
        """The actor a record's actor now is: itself, the one it was merged into, or None
        when the reader said it is not an actor."""
        return self.layer.owner(entity_id, self._entities, self._merged)

    # -- reading articles ---------------------------------------------------------------

    def _index(self, article_id: str) -> ArticleIndex | None:
        """The article's index, read on first use and kept within the bound (None for an
        article not in the store)."""
        shown = self._shown
        if shown is not None and shown.article.id == article_id:
            return shown
        index = self._cache.get(article_id)
        if index is not None:
            self._cache.move_to_end(article_id)
            return index
        if article_id not in self.catalog:
            return None
        index = self._read(article_id)
        self._cache[article_id] = index
        self._weight += index.weight()
        while self._cache and (len(self._cache) > CACHED_ARTICLES or self._weight > CACHED_WEIGHT):
            _, dropped = self._cache.popitem(last=False)
            self._weight -= dropped.weight()
        return index

    def _read(self, article_id: str) -> ArticleIndex:
        return self._indexed(self._load(self.catalog, article_id))

    def _indexed(self, piece: Piece) -> ArticleIndex:
        """An article's records indexed, the reader's layer applied."""
        records = (list(piece.mentions), list(piece.relations), list(piece.events))
        machine = piece.relations
        if self.layer:
            text, owner = piece.article.text, self.owner
            machine = (*machine, *self.layer.added(piece.article.id, text))
            records = (
                self.layer.mentions(piece.mentions, owner, piece.article),
                self.layer.relations(machine, text, owner),
                self.layer.events(piece.events, text, owner),
            )
        index = ArticleIndex(piece.article, records, self._entities)
        index.machine = (machine, piece.events)
        index.piece = piece
        return index

    def with_layer(self, corrections: tuple[Correction, ...], version: Version) -> Corpus:
        """This corpus with another reader's layer, committed as ``version``: a commit of
        the layer alone changes no article nor the catalog, so nothing is read again (the
        articles in memory are indexed again from their pieces)."""
        catalog = copy.copy(self.catalog)
        catalog.corrections, catalog.version = corrections, version
        corpus = Corpus(catalog, self._load, self._load_links)
        for article_id, index in self._cache.items():
            if index.piece is not None:
                corpus._cache[article_id] = corpus._indexed(index.piece)
        corpus._weight = self._weight
        shown = self._shown
        if shown is not None and shown.piece is not None:
            corpus._shown = corpus._indexed(shown.piece)
        return corpus

    def _corrected_links(self, article_id: str, actor: str) -> ArticleLinks:
        """The actor's relations and events in the article, the reader's layer applied:
        read whole when it needs the text (a correction there) or other actors' records
        (actors merged into this one)."""
        if self._members.get(actor) or self._split_from or self.layer.touches(article_id):
            index = self.passing(article_id)
            assert index is not None
            return index
        piece = self._load_links(self.catalog, article_id, actor)
        owner = self.owner
        relations = self.layer.relations(piece.relations, "", owner)
        return ArticleLinks(relations, self.layer.events(piece.events, "", owner))

    def open_article(self, article_id: str) -> Article:
        """The article, read if need be, and kept for as long as it is the one on screen:
        nothing else read meanwhile (`g` passing over thousands) evicts it.  KeyError if
        the store has no such article; a StoreError if its piece cannot be read."""
        index = self._index(article_id)
        if index is None:
            raise KeyError(article_id)
        self._shown = index
        return index.article

    def passing(self, article_id: str) -> ArticleIndex | None:
        """The article's index for one look: from memory if it is there, else read and not
        kept, so a pass over every article holds one at a time and evicts nothing."""
        shown = self._shown
        if shown is not None and shown.article.id == article_id:
            return shown
        index = self._cache.get(article_id)
        if index is None and article_id in self.catalog:
            index = self._read(article_id)
        return index

    def links(self, article_id: str, actor: str) -> ArticleLinks | None:
        """The actor's relations and events in the article, for one look (`g`): from memory
        if its index is there, else only those read from its piece, and not kept."""
        shown = self._shown
        if shown is not None and shown.article.id == article_id:
            return shown
        index = self._cache.get(article_id)
        if index is not None:
            return index
        if article_id not in self.catalog:
            return None
        if self.layer:
            return self._corrected_links(article_id, actor)
        piece = self._load_links(self.catalog, article_id, actor)
        return ArticleLinks(piece.relations, piece.events, only=actor)

    # -- articles -----------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The article with its body, read if need be (KeyError if there is none)."""
        index = self._index(article_id)
        if index is None:
            raise KeyError(article_id)
        return index.article

    def entry(self, article_id: str) -> ArticleEntry:
        """The article as the catalog lists it, without reading its body."""
        return self.catalog.entry(article_id)

    def find_article(self, query: str) -> ArticleEntry | None:
        """The one article ``query`` names (see ``articles_matching``), else None."""
        found = self.articles_matching(query)
        return found[0] if len(found) == 1 else None

    def articles_matching(self, query: str) -> tuple[ArticleEntry, ...]:
        """The articles a reader may mean by ``query``, newest first: the one with that id;
        else those whose title (as shown, any case) or file name (with or without its
        extension, or its whole path) is ``query``; else the titles that contain it."""
        if query in self.catalog:
            return (self.catalog.entry(query),)
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

    def actor_of_id(self, entity_id: str) -> Entity | None:
        """The actor of this id, if any: its bucket alone read, where ``resolve`` by name
        goes through every actor."""
        return self._entities.get(entity_id)

    def resolve(self, name: str) -> Entity | None:
        """An entity by id (of an actor merged into it too), name or alias, in any case."""
        found = self._entities.get(self._merged.get(name, name))
        return found or self._names.get(name.strip().casefold())

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

    def articles_of(self, entity_id: str) -> dict[str, int]:
        """Every article with a record of the entity (a mention, a relation, an event),
        newest first, with how often it names it (0: a relation or event only, as an
        unnamed state); from the catalog, no article read."""
        return {a.id: n for a, n in self.articles_naming(entity_id)}

    def articles_naming(self, entity_id: str) -> Iterator[tuple[ArticleEntry, int]]:
        """As the catalog lists them (newest first), with the actors merged into it."""
        members = self._members.get(entity_id)
        if not members:
            yield from self.catalog.articles_naming(entity_id)
            return
        counts: Counter[str] = Counter()
        for actor in (entity_id, *members):
            counts.update({a.id: n for a, n in self.catalog.articles_naming(actor)})
        yield from ((a, counts[a.id]) for a in self.articles if a.id in counts)

    def count_articles_naming(self, entity_id: str) -> int:
        if not self._members.get(entity_id):
            return self.catalog.count_articles_naming(entity_id)
        return sum(1 for _ in self.articles_naming(entity_id))

    # -- mentions and passages ----------------------------------------------------------

    def mentions_in(self, article_id: str) -> tuple[Mention, ...]:
        index = self._index(article_id)
        return () if index is None else index.mentions

    def mentions_of(self, entity_id: str, article_id: str | None = None) -> tuple[Mention, ...]:
        if article_id is None:
            return tuple(
                m
                for a in sorted(self.articles_of(entity_id))
                for m in self._passing(a).mentions_by_entity.get(entity_id, ())
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
                r
                for a in self.articles_of(entity_id)
                for r in self._links(a, entity_id).relations_of(entity_id)
            )
        index = self._index(article_id)
        return () if index is None else index.relations_of(entity_id)

    def relation(self, relation_id: str, article_id: str) -> Relation | None:
        """The article's relation with this id (the selected one, one being corrected)."""
        index = self._index(article_id)
        return None if index is None else index.relations_by_id.get(relation_id)

    def event(self, event_id: str, article_id: str) -> Event | None:
        """The article's event with this id."""
        index = self._index(article_id)
        return None if index is None else index.events_by_id.get(event_id)

    def events_in(self, article_id: str) -> tuple[Event, ...]:
        index = self._index(article_id)
        return () if index is None else index.events

    def events_of(self, entity_id: str, article_id: str | None = None) -> tuple[Event, ...]:
        """The entity's events in one article, or in every article by date."""
        if article_id is None:
            found = [
                e
                for a in self.articles_of(entity_id)
                for e in self._links(a, entity_id).events_of(entity_id)
            ]
            return tuple(sorted(found, key=lambda e: (e.date, e.evidence.start)))
        index = self._index(article_id)
        return () if index is None else index.events_of(entity_id)

    def _passing(self, article_id: str) -> ArticleIndex:
        index = self.passing(article_id)
        if index is None:  # the index names an article the catalog does not list
            raise KeyError(article_id)
        return index

    def _links(self, article_id: str, actor: str) -> ArticleLinks:
        links = self.links(article_id, actor)
        if links is None:  # the index names an article the catalog does not list
            raise KeyError(article_id)
        return links
