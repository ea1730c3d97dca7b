"""The catalog in memory: every article without its body, the actors, who is named where.

The explorer starts from this alone and reads an article's piece (its text and records)
when the article is opened, so starting costs the catalog, not the store.  It is kept
compact because it is held for as long as the explorer runs: at 100,000 articles a dict
per article and actor would cost hundreds of MB, so the index from an actor to the articles
naming it is two arrays of machine integers (positions in the newest-first list, counts).
"""

from __future__ import annotations

import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, overload

from personae.store.actors import Registry, shown
from personae.store.model import Article, Entity, Event, Mention, Provenance, Record, Relation
from personae.store.pieces import Piece, PieceLinks, index_row
from personae.store.records import ArticleRecords, Snapshot, build_records
from personae.store.storage import Stamp, StoreError, Tables

if TYPE_CHECKING:
    from personae.store.corrections import Correction

#: Which version of the store a catalog is: the catalog file's stamp (None in memory) and
#: the number of commits that made it.
Version = tuple[Stamp | None, int]


class CatalogChanged(StoreError):
    """A piece this catalog names is gone: a writer committed twice since it was read.

    Read the catalog again and retry; what was read of this version must not be mixed
    with what is read of the next."""


class Dated(Protocol):
    @property
    def date(self) -> str | None: ...

    @property
    def title(self) -> str: ...


def newest_first(article: Dated) -> tuple[str, str]:
    """The key that, reversed, lists articles as readers see them: newest first."""
    return (article.date or "", article.title)


@dataclass(frozen=True, slots=True)
class ArticleEntry(Record):
    """One article as the catalog lists it: everything but its body, and its piece's name
    (empty for a store of the first layout, whose articles are held whole)."""

    id: str
    title: str
    piece: str = ""
    date: str | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str = ""
    provenance: Provenance = "extracted"
    extractor_version: str | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleEntry:
        doc = article.to_doc()
        return cls.from_doc({k: v for k, v in doc.items() if k not in _BODY})

    def row(self) -> dict[str, Any]:
        """The catalog's row for this article: what its piece is read against."""
        return self.to_doc()


_BODY = frozenset(("text", "passages", "sentences"))
_NONE: tuple[array[int], array[int]] = (array("I"), array("I"))


class ArticleIndex:
    """Which actors each article involves, in flat arrays of machine integers rather than
    a dict per article: article ``n`` (in the order added) involves ``actors[numbers[i]]``,
    named ``counts[i]`` times, for ``i`` in ``range(starts[n], starts[n + 1])``."""

    def __init__(self) -> None:
        self.actors: list[str] = []
        self._number: dict[str, int] = {}
        self.starts = array("I", [0])
        self.numbers = array("I")
        self.counts = array("I")

    def add(self, actors: Mapping[str, int]) -> None:
        """The next article's actors and how often it names each."""
        for actor, count in actors.items():
            number = self._number.get(actor)
            if number is None:
                number = self._number[actor] = len(self.actors)
                self.actors.append(actor)
            self.numbers.append(number)
            self.counts.append(count)
        self.starts.append(len(self.numbers))

    def reordered(self, order: Iterable[int]) -> ArticleIndex:
        """The same index, its articles in ``order``: the new article k is the old ``order[k]``."""
        index = ArticleIndex()
        index.actors, index._number = self.actors, self._number
        starts = self.starts
        for n in order:
            start, end = starts[n], starts[n + 1]
            index.numbers.extend(self.numbers[start:end])
            index.counts.extend(self.counts[start:end])
            index.starts.append(len(index.numbers))
        return index


class ArticleList(Sequence[ArticleEntry]):
    """Every article of a catalog, newest first, of which only the newest few are read at
    first: its length and the first rows need no bucket, anything further reads them all."""

    def __init__(
        self,
        newest: tuple[ArticleEntry, ...],
        total: int,
        rest: Callable[[], Sequence[ArticleEntry]],
    ) -> None:
        self._newest = newest
        self._total = total
        self._rest = rest

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, at: int) -> ArticleEntry: ...

    @overload
    def __getitem__(self, at: slice) -> tuple[ArticleEntry, ...]: ...

    def __getitem__(self, at: int | slice) -> ArticleEntry | tuple[ArticleEntry, ...]:
        if isinstance(at, slice):
            positions = range(self._total)[at]
            if not positions or max(positions[0], positions[-1]) < len(self._newest):
                return tuple(self._newest[p] for p in positions)
            return tuple(self._rest()[at])
        position = range(self._total)[at]  # IndexError as a tuple would
        if position < len(self._newest):
            return self._newest[position]
        return self._rest()[position]

    def __iter__(self) -> Iterator[ArticleEntry]:
        return iter(self._newest if self.known else self._rest())

    @property
    def known(self) -> bool:
        """Whether every article is known without reading a bucket."""
        return len(self._newest) == self._total


class Catalog:
    """One version of the catalog: the articles newest first, the actor registry, and for
    each actor the articles that involve it with how often each names it (0: only a
    relation or event of the article points at it).

    Opened from the root's summary (``of_summary``) it knows the count and the newest
    articles at once, and reads its buckets the first time something needs more
    (``whole``): the explorer's first frame and `list`'s first page read no bucket."""

    def __init__(
        self,
        articles: Iterable[ArticleEntry],
        entities: tuple[Entity, ...] | Registry,
        index: Mapping[str, Mapping[str, int]] | ArticleIndex,
        version: Version,
        held: dict[str, Piece] | None = None,
    ) -> None:
        """``index``: by article id, or an ArticleIndex in the order of ``articles`` (which
        is then also the order of articles of one date and title)."""
        listed = list(articles)
        self._whole: Catalog | None = self
        """The catalog with every article: this one, or read from the buckets when needed."""
        self._read_whole: Callable[[], Catalog] | None = None
        self._newest: dict[str, ArticleEntry] = {}
        """By id, the articles a catalog opened from its summary knows before ``whole``."""
        self._knows_all = False
        """Whether ``_newest`` is every article (a summary of a small catalog)."""
        self._completing = threading.Lock()
        if not isinstance(index, ArticleIndex):
            flat = ArticleIndex()
            for entry in listed:
                flat.add(index.get(entry.id, {}))
            index = flat
        # Newest first; articles of one date and title in the order given (a stable sort).
        order = sorted(range(len(listed)), key=lambda n: newest_first(listed[n]), reverse=True)
        self.articles: Sequence[ArticleEntry] = tuple(listed[n] for n in order)
        self.registry = entities if isinstance(entities, Registry) else Registry.of(entities)
        """The actors by id, their buckets read as they are asked for."""
        self._shown: tuple[Entity, ...] | None = None
        self.version = version
        self.held = held
        """Every article's piece, for a store read whole (the first layout, a snapshot)."""
        self.corrections: tuple[Correction, ...] = ()
        """The reader's layer of this version (store/corrections.py)."""
        self._position = {entry.id: n for n, entry in enumerate(self.articles)}
        self._index: tuple[ArticleIndex, array[int]] | None = (index, array("I", order))
        """The index as read and each position's article in it, until ``prepare``."""
        self._named_in: dict[str, tuple[array[int], array[int]]] = {}
        self._actor_counts = array("I")
        """How many actors each position's article involves (made by ``prepare``)."""
        self._preparing = threading.Lock()

    @classmethod
    def of_summary(
        cls,
        newest: Iterable[ArticleEntry],
        total: int,
        entities: Registry,
        version: Version,
        read_whole: Callable[[], Catalog],
    ) -> Catalog:
        """A catalog that knows its ``total`` articles and the ``newest`` (in order) from
        the root, and calls ``read_whole`` (once) for the rest, of the same version."""
        catalog = cls((), entities, {}, version)
        catalog._whole, catalog._read_whole = None, read_whole
        first = tuple(newest)
        catalog._newest = {entry.id: entry for entry in first}
        catalog._knows_all = len(first) == total
        catalog.articles = ArticleList(first, total, lambda: catalog.whole().articles)
        return catalog

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every actor a reader is shown: those some article involves, every curated one
        and what those belong to (store/actors.py).  Reads every bucket of the catalog and
        of the registry (one at a time) the first time: for the lists of every actor, not
        for showing an article, which asks ``registry`` for its own actors."""
        whole = self.whole()
        with whole._preparing:
            if whole._shown is None:
                whole._shown = shown(whole.registry.every(), whole._involved())
            return whole._shown

    def _involved(self) -> Iterable[str]:
        """The actors some article of this (whole) catalog involves."""
        if self._index is not None:
            return self._index[0].actors
        return self._named_in.keys()

    @property
    def complete(self) -> bool:
        """Whether every article is in memory: nothing this catalog answers reads a bucket."""
        return self._whole is not None

    @property
    def lists_every_article(self) -> bool:
        """Whether listing every article (not who is named where) reads no bucket."""
        return self.complete or self._knows_all

    def whole(self) -> Catalog:
        """This catalog with every article, its buckets read now if it was opened from its
        summary: CatalogChanged if a writer has removed them since (read the catalog
        again), a StoreError naming one missing or damaged."""
        with self._completing:
            if self._whole is None:
                assert self._read_whole is not None
                self._whole = self._read_whole()
        return self._whole

    def prepare(self) -> None:
        """Turn the index as read into, for each actor, the positions of the articles that
        involve it (newest first) and their counts; then drop it.  Done on first use, or
        beforehand off the screen's thread: at 10,000 articles it takes 0.1 s, which the
        explorer's first frame should not wait for.  A catalog not yet read whole has no
        index yet: this waits for nothing, and is asked again once it is read."""
        whole = self._whole
        if whole is not self:
            if whole is not None:
                whole.prepare()
            return
        with self._preparing:
            if self._index is None:
                return
            index, order = self._index
            starts, numbers, counts = index.starts, index.numbers, index.counts
            named = [(array("I"), array("I")) for _ in index.actors]
            sizes = self._actor_counts
            for position, n in enumerate(order):  # newest first: arrays sorted
                sizes.append(starts[n + 1] - starts[n])
                for i in range(starts[n], starts[n + 1]):
                    positions, times = named[numbers[i]]
                    positions.append(position)
                    times.append(counts[i])
            self._named_in.update(zip(index.actors, named, strict=True))
            self._index = None

    def _named(self, actor: str) -> tuple[array[int], array[int]]:
        whole = self.whole()
        if whole is not self:
            return whole._named(actor)
        if self._index is not None:
            self.prepare()
        return self._named_in.get(actor, _NONE)

    @classmethod
    def from_tables(cls, where: str, tables: Tables, stamp: Stamp | None) -> Catalog:
        """The catalog's logical tables (``articles``, ``entities``, ``index``, ``meta``) as
        read in one go, or a StoreError naming what in them is malformed."""
        rows = tables.get("articles", {}).values()
        articles = build_records(where, "articles", ArticleEntry, rows)
        entities = build_records(where, "entities", Entity, tables.get("entities", {}).values())
        meta = tables.get("meta", {}).get("1", {})
        commit = meta.get("commit", 0) if isinstance(meta, dict) else 0
        index = _index(where, tables.get("index", {}).values())
        return cls(articles, entities, index, (stamp, commit if isinstance(commit, int) else 0))

    @classmethod
    def from_parts(
        cls,
        where: str,
        registry: Registry,
        root: Tables,
        parts: Iterable[Tables],
        stamp: Stamp | None,
    ) -> Catalog:
        """The catalog from its root and its buckets' tables (``articles``, ``index``),
        taken one at a time: each is added to the compact tables and may then be dropped,
        so reading holds one bucket's parsed records, never all.  A StoreError names what
        in them is malformed.  The actors are ``registry``'s, read as they are asked for."""
        meta = root.get("meta", {}).get("1", {})
        commit = meta.get("commit", 0) if isinstance(meta, dict) else 0
        listed: list[ArticleEntry] = []
        keys = array("Q")
        read = ArticleIndex()
        for part in parts:
            rows = part.get("articles", {})
            named = _index(where, part.get("index", {}).values())
            entries = build_records(where, "articles", ArticleEntry, rows.values())
            for key, entry in zip(rows, entries, strict=True):
                listed.append(entry)
                keys.append(int(key))
                read.add(named.get(entry.id, {}))
        # In record id order, as one table would list them: the order they came in.
        by_key = sorted(range(len(listed)), key=keys.__getitem__)
        articles = [listed[n] for n in by_key]
        version = (stamp, commit if isinstance(commit, int) else 0)
        return cls(articles, registry, read.reordered(by_key), version)

    @classmethod
    def of_snapshot(cls, snapshot: Snapshot, stamp: Stamp | None = None) -> Catalog:
        """A catalog holding every piece: a store read whole (the first layout, or a
        snapshot already in memory)."""
        grouped: dict[str, tuple[list[Mention], list[Relation], list[Event]]] = defaultdict(
            lambda: ([], [], [])
        )
        for mention in snapshot.mentions:
            grouped[mention.article][0].append(mention)
        for relation in snapshot.relations:
            grouped[relation.article][1].append(relation)
        for event in snapshot.events:
            grouped[event.article][2].append(event)
        held: dict[str, Piece] = {}
        index: dict[str, Mapping[str, int]] = {}
        for article in snapshot.articles:
            mentions, relations, events = grouped.get(article.id, ([], [], []))
            records = ArticleRecords(article, (), tuple(mentions), tuple(relations), tuple(events))
            index[article.id] = index_row(records)["actors"]
            held[article.id] = Piece(
                {}, article, records.mentions, records.relations, records.events
            )
        entries = (ArticleEntry.of(a) for a in snapshot.articles)
        catalog = cls(entries, snapshot.entities, index, (stamp, 0), held)
        catalog.corrections = snapshot.corrections
        return catalog

    # -- asking -------------------------------------------------------------------------

    def entry(self, article_id: str) -> ArticleEntry:
        """The article's entry (KeyError if this version has no such article)."""
        whole = self._whole
        if whole is self:
            return self.articles[self._position[article_id]]
        if whole is not None:
            return whole.entry(article_id)
        known = self._newest.get(article_id)
        if known is not None:
            return known
        if self._knows_all:
            raise KeyError(article_id)
        return self.whole().entry(article_id)

    def __contains__(self, article_id: object) -> bool:
        whole = self._whole
        if whole is self:
            return article_id in self._position
        if whole is None and (article_id in self._newest or self._knows_all):
            return article_id in self._newest
        return article_id in self.whole()

    def articles_naming(self, actor: str) -> Iterator[tuple[ArticleEntry, int]]:
        """Each article involving the actor, newest first, with how often it names it."""
        positions, counts = self._named(actor)
        articles = self.whole().articles
        for position, count in zip(positions, counts, strict=True):
            yield articles[position], count

    def count_articles_naming(self, actor: str) -> int:
        return len(self._named(actor)[0])

    def actor_count(self, article_id: str) -> int:
        """How many actors the article involves (for the picker's "most actors" order)."""
        whole = self.whole()
        if whole is not self:
            return whole.actor_count(article_id)
        if self._index is not None:
            self.prepare()
        return self._actor_counts[self._position[article_id]]


def actor_links(piece: Piece, actor: str) -> PieceLinks:
    """Of an article read whole, only the relations and events of ``actor``: what a piece
    read for `g` gives (Pieces.parse_links)."""
    return PieceLinks(
        tuple(r for r in piece.relations if actor in (r.source, r.target)),
        tuple(e for e in piece.events if actor in e.actors),
    )


def _index(where: str, rows: Iterable[Any]) -> dict[str, Mapping[str, int]]:
    """The ``index`` table as article -> {actor: mentions}, each record checked."""
    index: dict[str, Mapping[str, int]] = {}
    for row in rows:
        article = row.get("article") if isinstance(row, dict) else None
        actors = row.get("actors") if isinstance(row, dict) else None
        if not isinstance(article, str) or not isinstance(actors, dict):
            fault = "is not an object" if not isinstance(row, dict) else "lacks article or actors"
            raise _malformed(where, f"a record in index {fault}")
        counts = actors.values()
        if counts and (set(map(type, counts)) != {int} or min(counts) < 0 or max(counts) >= 2**32):
            wrong = next(c for c in counts if type(c) is not int or not 0 <= c < 2**32)
            raise _malformed(where, f"in index: an actor is counted {wrong!r}")
        index[article] = actors
    return index


def _malformed(where: str, what: str) -> StoreError:
    return StoreError(f"{where} holds a malformed record ({what}); move it aside.")
