"""The store's pieces: one small TinyDB file per article version, never rewritten.

A piece holds what is big and belongs to one article: its text, passages and sentences,
its mentions, relations and events.  The catalog names each article's piece; a new version
of an article gets a new piece (a new name), so a piece on disk never changes and a reader
may keep what it parsed of one for as long as a catalog names it.  The pieces live in
the store's folder of files written once, with the catalog's buckets and the actors'
packs: writing, deleting and sweeping them is store/folder.py's.  Here: an article as a
commit files it (its row, its ``index`` record, its piece encoded), and a piece read back
into records.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

import orjson
from tinydb.storages import Storage

from personae.store import storage
from personae.store.folder import BUCKET_NAME as BUCKET_NAME
from personae.store.folder import PIECE_NAME as PIECE_NAME
from personae.store.folder import WRITING_NAME as WRITING_NAME
from personae.store.folder import StoreFolder
from personae.store.model import Article, Entity, Event, Mention, Record, Relation
from personae.store.records import ArticleRecords, build_records
from personae.store.storage import StoreError, Tables

R = TypeVar("R", bound=Record)

#: Fields of an article kept in its piece; the rest is in the catalog.
BODY_FIELDS = ("id", "text", "passages", "sentences")


def pieces_folder(store: Path) -> Path:
    """``personae.json`` keeps its pieces in ``personae.json.pieces/`` beside it."""
    return store.with_name(f"{store.name}.pieces")


def piece_name(article_id: str, commit: int) -> str:
    """A name no earlier commit used: the article's hash and the commit that writes it."""
    return f"{hashlib.sha256(article_id.encode()).hexdigest()[:16]}-{commit}.json"


#: Pieces are written deflated (zlib, at its fastest level): a piece is its text, its
#: mentions, relations and events as JSON, about five times the text, and deflated a
#: fifth of that, so a store takes about 1.7 times its articles' files where it took 5.7
#: times.  Inflating one costs some 30 microseconds, writing one some 70.
PIECE_LEVEL = 1


def encoded_piece(tables: Tables) -> bytes:
    """A piece's tables as a commit writes them: JSON, deflated.  JSON past the size a
    store file may have is left as it is, for the commit to refuse (``refuse_oversized``):
    deflated, it would make a piece no reader inflates."""
    json = orjson.dumps(tables)
    return json if len(json) > storage.MAX_FILE_BYTES else zlib.compress(json, PIECE_LEVEL)


def inflated(data: bytes) -> bytes:
    """A piece's JSON: deflated, as written since schema 6, or as it is, as schema 5 and
    earlier wrote it (JSON opens with "{", which no zlib stream does).  ValueError for
    neither, or for one that would inflate past the size a store file may have."""
    if data[:1] == b"{":
        return data
    limit = storage.MAX_FILE_BYTES
    inflating = zlib.decompressobj()
    try:
        json = inflating.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"neither JSON nor a deflated piece ({exc})") from None
    if len(json) > limit or inflating.unconsumed_tail:
        raise ValueError(f"it would inflate past {limit:,} bytes")
    if not inflating.eof:
        raise ValueError("its deflated data stops short")
    return json


class PieceStorage(Storage):
    """A piece as a TinyDB file, for reading it with TinyDB itself (``TinyDB(path,
    storage=PieceStorage)``): deflated or plain JSON, as ``inflated`` reads it.  Pieces are
    never rewritten, so it writes nothing."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> Tables | None:
        tables: Tables = orjson.loads(inflated(self.path.read_bytes()))
        return tables

    def write(self, data: Tables) -> None:
        raise StoreError(f"{self.path} is a piece of a store: pieces are never rewritten.")


def piece_tables(records: ArticleRecords) -> Tables:
    """One article's piece as TinyDB tables (``{table: {doc id: record}}``)."""
    doc = records.article.to_doc()
    return {
        "article": {"1": {name: doc[name] for name in BODY_FIELDS}},
        "mentions": _numbered(m.to_doc() for m in records.mentions),
        "relations": _numbered(r.to_doc() for r in records.relations),
        "events": _numbered(e.to_doc() for e in records.events),
    }


def _listed(doc: dict[str, Any]) -> dict[str, Any]:
    """An article's document as the catalog lists it: without its body (which its piece
    holds); the commit adds where that is."""
    for name in BODY_FIELDS[1:]:
        del doc[name]
    return doc


def index_row(records: ArticleRecords) -> dict[str, Any]:
    """Which actors the article involves, with how often it names each: its mentions'
    actors, and those its relations and events point at though no mention names them (0).
    One record an article, so the catalog grows by a few bytes an actor, not a record."""
    counts = Counter(m.entity for m in records.mentions)
    involved = dict.fromkeys(counts)
    for relation in records.relations:
        involved.update(dict.fromkeys((relation.source, relation.target)))
    for event in records.events:
        involved.update(dict.fromkeys(event.actors))
    return {"article": records.article.id, "actors": {e: counts[e] for e in involved}}


@dataclass(frozen=True, slots=True)
class FiledArticle:
    """An article as a commit files it: its catalog row (but the name of its piece), its
    ``index`` record, its actors, and its piece already encoded.

    Made where the article was extracted: a batch has one writer, and building and
    encoding every article's hundred records there, or unpickling them from a worker,
    cost it more than the rest of a commit."""

    article_id: str
    row: dict[str, Any]
    index: dict[str, Any]
    entities: tuple[Entity, ...]
    piece: bytes

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Actors cross to the writer as plain values: a call per actor, not per field."""
        entities = [tuple(getattr(e, f) for f in _ENTITY_FIELDS) for e in self.entities]
        return _unpickled, (self.article_id, self.row, self.index, entities, self.piece)


_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


def _unpickled(
    article_id: str,
    row: dict[str, Any],
    index: dict[str, Any],
    entities: list[tuple[Any, ...]],
    piece: bytes,
) -> FiledArticle:
    return FiledArticle(article_id, row, index, tuple([Entity(*e) for e in entities]), piece)


def filed(records: ArticleRecords) -> FiledArticle:
    """``records`` as a commit files them (see FiledArticle)."""
    return FiledArticle(
        records.article.id,
        _listed(records.article.to_doc()),
        index_row(records),
        records.entities,
        encoded_piece(piece_tables(records)),
    )


def _numbered(docs: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(n): doc for n, doc in enumerate(docs, start=1)}


def _links(doc: Any, actor: str) -> bool:
    """A relation document of ``actor``, or one too malformed to tell (built, and refused)."""
    if not isinstance(doc, dict):
        return True
    return doc.get("source") == actor or doc.get("target") == actor


def _takes_part(doc: Any, actor: str) -> bool:
    """An event document of ``actor``, or one too malformed to tell (built, and refused)."""
    actors = doc.get("actors", ()) if isinstance(doc, dict) else None
    return not isinstance(actors, (list, tuple)) or actor in actors


#: The tables of a piece that `g` reads, last in a piece as a commit writes it.
_LINK_TABLES = {"relations", "events"}


class PieceGone(Exception):
    """A piece the catalog names is not there: a writer may have replaced it meanwhile."""

    def __init__(self, name: str, article_id: str) -> None:
        super().__init__(name)
        self.name = name
        self.article_id = article_id


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece, parsed: its article (built with the catalog ``row`` it was read for) and
    the article's records.  Nothing of the raw file is kept."""

    row: dict[str, Any]
    article: Article
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class PieceLinks:
    """Of one piece, only its article's relations and events."""

    relations: tuple[Relation, ...]
    events: tuple[Event, ...]


class Pieces(StoreFolder):
    """The pieces of one store, in its folder (``folder=None``: in memory, for tests).

    What was parsed is kept by file name; ``keep_only`` bounds that to the pieces of the
    version last read, whose records the reader holds anyway, so the cache costs next to
    nothing and a reload parses only the pieces that are new.
    """

    def __init__(self, folder: Path | None, store_name: str) -> None:
        super().__init__(folder, store_name)
        self._parsed: dict[str, Piece] = {}

    # -- reading ------------------------------------------------------------------------

    def load(self, name: str, row: dict[str, Any]) -> Piece:
        """The piece ``name`` holding the article the catalog ``row`` describes: PieceGone
        if it is not there, a StoreError naming it if it is not that article's."""
        piece = self._parsed.get(name)
        if piece is None or piece.row != row:  # a row never changes without a new piece
            piece = self._parsed[name] = self._parse(name, row)
        return piece

    def _parse(self, name: str, row: dict[str, Any]) -> Piece:
        tables = self._tables(name, str(row.get("id")))
        bodies = self._bodies(name, row, tables)
        where, advice = self._where(name, row), self.advice()

        def table(name: str, kind: type[R]) -> tuple[R, ...]:
            return build_records(where, name, kind, tables.get(name, {}).values(), advice)

        fields = {k: v for k, v in row.items() if k != "piece"}
        [article] = build_records(where, "articles", Article, [{**fields, **bodies[0]}], advice)
        piece = Piece(
            row,
            article,
            table("mentions", Mention),
            table("relations", Relation),
            table("events", Event),
        )
        owners = {r.article for r in piece.mentions} | {r.article for r in piece.relations}
        if (owners | {e.article for e in piece.events}) - {row.get("id")}:
            raise self._bad(name, row, "it holds records of another article")
        return piece

    def parse_links(self, name: str, row: dict[str, Any], actor: str) -> PieceLinks:
        """Only the relations and events of ``actor`` in the piece ``name``: what a pass
        over thousands of articles (`g`) shows of each.  Its text, its mentions and the
        records of other actors are never built into records, and of a piece as personae
        writes it only the two tables are parsed (see ``_link_tables``)."""
        tables = self._link_tables(name, row)

        def where() -> str:  # words made only for a piece that needs them
            return self._where(name, row)

        relations = [d for d in tables.get("relations", {}).values() if _links(d, actor)]
        events = [d for d in tables.get("events", {}).values() if _takes_part(d, actor)]
        links = PieceLinks(
            build_records(where, "relations", Relation, relations, self.advice),
            build_records(where, "events", Event, events, self.advice),
        )
        owners = {r.article for r in links.relations} | {e.article for e in links.events}
        if owners - {row.get("id")}:
            raise self._bad(name, row, "it holds records of another article")
        return links

    def _bodies(self, name: str, row: dict[str, Any], tables: Tables) -> list[Any]:
        """The piece's one article body, checked to be the article ``row`` describes."""
        bodies = list(tables.get("article", {}).values())
        if (
            len(bodies) != 1
            or not isinstance(bodies[0], dict)
            or bodies[0].get("id") != row.get("id")
        ):
            raise self._bad(name, row, "it does not hold that article")
        return bodies

    def keep_only(self, names: Collection[str]) -> None:
        """Forget parsed pieces no longer named: they are gone from the disk, or will be."""
        for name in [n for n in self._parsed if n not in names]:
            del self._parsed[name]

    def _link_tables(self, name: str, row: dict[str, Any]) -> Tables:
        """The piece's relations and events tables, checked to be the article's.

        Its text and mentions are most of a piece and of parsing it, and `g` reads
        thousands: a piece that opens on the article's id and ends with those two tables,
        as a commit writes it, is parsed from the relations on.  Any other is parsed whole
        and checked as ``load`` checks it (its damage is then named here).  No other key
        "relations" can stand first: one nested in the text or mentions leaves the rest
        unbalanced, and is parsed whole."""
        article_id = str(row.get("id"))
        data = self._read(name, article_id)
        opening = b'{"article":{"1":{"id":' + orjson.dumps(row.get("id")) + b","
        start = data.find(b',"relations":{', len(opening)) if data.startswith(opening) else -1
        if start > 0:
            try:
                tail = orjson.loads(b"{" + data[start + 1 :])
            except orjson.JSONDecodeError:
                tail = None
            if (
                isinstance(tail, dict)
                and tail.keys() == _LINK_TABLES
                and all(isinstance(t, dict) for t in tail.values())
            ):
                return tail
        tables = self._parsed_tables(name, article_id, data)
        self._bodies(name, row, tables)
        return tables

    def _tables(self, name: str, article_id: str) -> Tables:
        return self._parsed_tables(name, article_id, self._read(name, article_id))

    def _read(self, name: str, article_id: str) -> bytes:
        """The piece's JSON, inflated (see ``inflated``)."""
        try:
            data = self.read_bytes(name)
        except FileNotFoundError:
            raise PieceGone(name, article_id) from None
        except StoreError as exc:
            raise StoreError(
                f"{exc} It is a piece of {self._store_name}; {self.advice()}."
            ) from exc
        try:
            return inflated(data)
        except ValueError as exc:
            raise self._bad(name, {"id": article_id}, str(exc)) from None

    def _parsed_tables(self, name: str, article_id: str, data: bytes) -> Tables:
        try:
            tables = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise self._bad(name, {"id": article_id}, f"not valid JSON: {exc.msg}") from exc
        if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
            raise self._bad(name, {"id": article_id}, "not TinyDB tables")
        return tables

    def missing(self, gone: PieceGone) -> StoreError:
        """A piece that is not there though the catalog still names it, in words."""
        return StoreError(
            f"{self.path_of(gone.name)} is missing: {self._store_name} keeps article "
            f"{gone.article_id!r} in it; {self.advice()}."
        )

    def _bad(self, name: str, row: dict[str, Any], why: str) -> StoreError:
        return StoreError(f"{self._where(name, row)} is corrupt ({why}); {self.advice()}.")

    def _where(self, name: str, row: dict[str, Any]) -> str:
        return f"{self.path_of(name)} (the piece of article {row.get('id')!r})"
