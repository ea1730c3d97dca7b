"""The store's pieces: one small TinyDB file per article version, never rewritten.

A piece holds what is big and belongs to one article: its text, passages and sentences,
its mentions, relations and events.  The catalog names each article's piece; a new version
of an article gets a new piece (a new name), so a piece on disk never changes and a reader
may keep what it parsed of one for as long as a catalog names it.  The catalog's buckets
(store/buckets.py), immutable too, live in the same folder and go through the same writes,
deletions and sweep.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

import orjson

from personae.store import storage
from personae.store.model import Article, Entity, Event, Mention, Record, Relation
from personae.store.records import ArticleRecords, build_records
from personae.store.storage import (
    StoreError,
    Tables,
    fsync_folder,
    read_whole,
    refuse_oversized,
    remove_files,
    write_new_files,
)

R = TypeVar("R", bound=Record)

#: What a catalog may name as a piece: a plain file name in the pieces folder, never a path.
PIECE_NAME = re.compile(r"[0-9a-f]{16}-[0-9]+\.json")
#: The catalog's bucket files (store/buckets.py) share the folder: ``catalog-<bucket>-<commit>``.
BUCKET_NAME = re.compile(r"catalog-([0-3][0-9a-f]{2})-([0-9]+)\.json")
#: And the actor registry's packs of buckets (store/actors.py): ``actors-<commit>``.
ACTORS_NAME = re.compile(r"actors-([0-9]+)\.json")
#: And the reader's layer of corrections (store/corrections.py): ``reviewed-<commit>``.
LAYER_NAME = re.compile(r"reviewed-([0-9]+)\.json")
#: A commit in progress, made before the commit writes its first file into the folder and
#: removed once its root is in place: a writer killed in between leaves it (``.writing-<n>``
#: for commit n), and the next writer then goes through the folder for what it left.
WRITING_NAME = re.compile(r"\.writing-[0-9]+")
_SHAPES = (PIECE_NAME, BUCKET_NAME, ACTORS_NAME, LAYER_NAME)
#: Fields of an article kept in its piece; the rest is in the catalog.
BODY_FIELDS = ("id", "text", "passages", "sentences")


def _ours(name: str) -> bool:
    """A piece, a bucket or a layer file: the only names the folder's writer ever deletes."""
    return any(shape.fullmatch(name) for shape in _SHAPES)


def _commit_of(name: str) -> int:
    """The commit that wrote piece or bucket file ``name`` (0 for a temporary file)."""
    return int(name.rsplit("-", 1)[1].split(".")[0]) if _ours(name) else 0


def _temporary(name: str) -> bool:
    """A write in progress, or a killed one's: ``.<piece or bucket>.<random>.tmp``."""
    if not (name.startswith(".") and name.endswith(".tmp")):
        return False
    return any(shape.match(name[1:]) for shape in _SHAPES)


def writing_marker(commit: int) -> str:
    """The name of the file that says commit ``commit`` is being written."""
    return f".writing-{commit}"


def pieces_folder(store: Path) -> Path:
    """``personae.json`` keeps its pieces in ``personae.json.pieces/`` beside it."""
    return store.with_name(f"{store.name}.pieces")


def piece_name(article_id: str, commit: int) -> str:
    """A name no earlier commit used: the article's hash and the commit that writes it."""
    return f"{hashlib.sha256(article_id.encode()).hexdigest()[:16]}-{commit}.json"


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
        orjson.dumps(piece_tables(records)),
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


class Pieces:
    """The pieces of one store, in a folder (``folder=None``: in memory, for tests).

    What was parsed is kept by file name; ``keep_only`` bounds that to the pieces of the
    version last read, whose records the reader holds anyway, so the cache costs next to
    nothing and a reload parses only the pieces that are new.
    """

    def __init__(self, folder: Path | None, store_name: str) -> None:
        self.folder = folder
        self._prefix = "" if folder is None else os.path.join(folder, "")
        """The folder's path as text, ending in its separator: a piece's path is one join."""
        self._store_name = store_name
        self._in_memory: dict[str, bytes] = {}
        self._parsed: dict[str, Piece] = {}
        self._left: tuple[int, int, int] | None = None
        """The folder's inode, modification and change times when this writer last left it
        (None: it has not gone through the folder yet, as at its first commit)."""
        self._writing: str | None = None
        """The marker of the commit this writer is writing, once made."""

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
        over thousands of articles (`g`) shows of each.  The file is parsed whole, but its
        text, its mentions and the records of other actors are never built into records."""
        tables = self._tables(name, str(row.get("id")))
        self._bodies(name, row, tables)

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

    def stamp(self, name: str) -> tuple[int, int, int] | None:
        """The file's inode, size and modification time (None: not there, or in memory)."""
        try:
            info = os.stat(self.folder / name) if self.folder is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_ino, info.st_size, info.st_mtime_ns)

    def size(self, name: str) -> int | None:
        """How many bytes the file holds (None: not there)."""
        if self.folder is None:
            data = self._in_memory.get(name)
            return None if data is None else len(data)
        stamp = self.stamp(name)
        return None if stamp is None else stamp[1]

    def read_slice(
        self, name: str, offset: int, length: int, opened: dict[str, int] | None = None
    ) -> bytes:
        """``length`` bytes of file ``name`` from ``offset`` (an actor bucket in a pack,
        store/actors.py): FileNotFoundError if it is not there, a StoreError if it cannot
        be read or is shorter than that.  ``opened`` keeps the file open for the next
        slice (a commit reads hundreds of buckets of a few packs); its owner closes them."""
        if self.folder is None:
            if name not in self._in_memory:
                raise FileNotFoundError(name)
            data = self._in_memory[name][offset : offset + length]
        else:
            path = self.folder / name
            fd = None if opened is None else opened.get(name)
            try:
                if fd is None:
                    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
                    if opened is not None:
                        opened[name] = fd  # closed by its owner, whatever happens next
                info = os.fstat(fd)
                storage.refuse_unusable(path, info)
                if offset + length > info.st_size:  # never asks for more than is there
                    raise StoreError(f"{path} is shorter than the store's root says.")
                data = os.pread(fd, length, offset)
            except FileNotFoundError:
                raise
            except OSError as exc:
                raise StoreError(f"{path} cannot be read: {exc.strerror}.") from exc
            finally:
                if opened is None and fd is not None:
                    os.close(fd)
        if len(data) != length:
            raise StoreError(f"{self.path_of(name)} is shorter than the store's root says.")
        return data

    def keep_only(self, names: Collection[str]) -> None:
        """Forget parsed pieces no longer named: they are gone from the disk, or will be."""
        for name in [n for n in self._parsed if n not in names]:
            del self._parsed[name]

    def read_bytes(self, name: str) -> bytes:
        """The bytes of the file ``name`` in the folder; FileNotFoundError if it is not there.

        A plain file under the size limit is read with the fewest calls (a store's first
        read opens thousands of these); anything else goes through ``read_whole``, whose
        refusals name what is wrong."""
        if self.folder is None:
            if name not in self._in_memory:
                raise FileNotFoundError(name)
            return self._in_memory[name]
        try:
            fd = os.open(self._prefix + name, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except FileNotFoundError:
            raise
        except OSError:
            return read_whole(self.folder / name)
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_size <= storage.MAX_FILE_BYTES:
                chunks = [os.read(fd, info.st_size + 1)]
                while chunks[-1]:
                    chunks.append(os.read(fd, 1 << 16))  # mostly empty: kept small
                return b"".join(chunks)
        except OSError:
            pass
        finally:
            os.close(fd)
        return read_whole(self.folder / name)

    def _tables(self, name: str, article_id: str) -> Tables:
        try:
            data = self.read_bytes(name)
        except FileNotFoundError:
            raise PieceGone(name, article_id) from None
        except StoreError as exc:
            raise StoreError(
                f"{exc} It is a piece of {self._store_name}; {self.advice()}."
            ) from exc
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

    def path_of(self, name: str) -> str:
        return name if self.folder is None else str(self.folder / name)

    def advice(self) -> str:
        return (
            f"restore the store and its {self.folder.name if self.folder else 'pieces'} "
            "folder from a backup, or start a new store with --db"
        )

    # -- writing (only under the store's writer lock) -------------------------------------

    def write(self, pieces: Mapping[str, Tables | bytes]) -> None:
        """Each new piece (or bucket file) whole on disk before the catalog that names them
        replaces the old.  The commit's marker (``writing_marker``) is made first.  A piece
        may come encoded already (see FiledArticle)."""
        if not pieces:
            return
        encoded = {
            name: data if isinstance(data, bytes) else orjson.dumps(data)
            for name, data in pieces.items()
        }
        if self.folder is None:
            self._in_memory.update(encoded)
            return
        for name, data in encoded.items():
            refuse_oversized(self.folder / name, data)
        self._make_folder()
        self._mark(max(map(_commit_of, encoded)))
        write_new_files(self.folder, encoded)

    def _mark(self, commit: int) -> None:
        """Say that ``commit`` is being written, before any file of it is (see sweep)."""
        assert self.folder is not None
        marker = writing_marker(commit)
        try:
            os.close(os.open(self.folder / marker, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC))
        except OSError as exc:
            raise StoreError(
                f"{self.folder / marker} could not be written ({exc.strerror}); nothing was "
                "changed. Check that you may write that folder, or pass --db."
            ) from exc
        self._writing = marker

    def done_writing(self) -> None:
        """The commit's root is in place, or what it wrote is removed: its marker goes."""
        if self._writing is not None and self.folder is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.folder / self._writing)
        self._writing = None
        self._left = self._folder_stamp()

    def _folder_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = os.stat(self.folder) if self.folder is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_ino, info.st_mtime_ns, info.st_ctime_ns)

    def remove(self, names: Iterable[str]) -> None:
        """Delete pieces the committed catalog no longer names (a reader still on the old
        catalog notices, and starts again from the new one)."""
        if self.folder is None:
            for name in names:
                self._in_memory.pop(name, None)
        else:
            remove_files(self.folder / name for name in names)

    def sweep(self, named: Collection[str] | None, commit: int) -> None:
        """Delete what a killed writer left: pieces the catalog (at ``commit``) does not name
        (``named`` None: those a commit past ``commit`` wrote, which no catalog names), and
        half-written temporaries; never a file that is not one of ours.

        With ``named`` None the folder is gone through at this writer's first commit, and
        after that only if something changed it since this writer's last commit, or a writer
        was killed in the middle of commit ``commit`` + 1 (its marker is there, whatever the
        clock's resolution): a commit does not list the 100,000 files of a large store.

        A new store (``commit`` 0) finding pieces a later commit wrote refuses instead: they
        belong to a catalog that was moved or deleted, and would be lost, or overwritten."""

        def stray(name: str) -> bool:
            return name not in named if named is not None else _commit_of(name) > commit

        if self.folder is None:
            self.remove([n for n in self._in_memory if stray(n)])
            return
        if (
            named is None
            and self._left is not None
            and self._folder_stamp() == self._left
            and not os.path.lexists(self.folder / writing_marker(commit + 1))
        ):
            return
        try:
            names = os.listdir(self.folder)
        except (FileNotFoundError, NotADirectoryError):
            return
        ours = [
            n
            for n in names
            if (_ours(n) and stray(n)) or _temporary(n) or WRITING_NAME.fullmatch(n)
        ]
        if commit == 0 and any(_commit_of(n) > 1 for n in ours):
            raise StoreError(
                f"{self.folder} holds pieces of a store that {self._store_name} does not "
                "describe (its catalog was moved or deleted?); nothing was changed. Put that "
                "catalog back, or move the folder aside."
            )
        self.remove(ours)

    def _make_folder(self) -> None:
        assert self.folder is not None
        if self.folder.is_dir():
            return
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder {self.folder} for the store's pieces "
                f"({exc.strerror}); nothing was changed. Check that you may write its folder, "
                "or pass --db."
            ) from exc
        fsync_folder(self.folder.parent)
