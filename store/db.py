"""The store: a TinyDB catalog naming one immutable TinyDB piece per article.

The catalog is a small root file naming immutable bucket files (store/buckets.py).  A
commit writes the new pieces and buckets, then replaces the root: that replace is the
commit point, so a reader (or a crash) sees the old version or the new one, never half of
one, and a commit costs the articles it changes and their buckets, not the whole store.
Readers never lock.  Writers hold a cross-process lock for the whole read-modify-write,
so two ``personae ingest`` runs cannot lose each other's articles.  The layout, and why,
is in docs/schema.md.
"""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_data_path

from personae.store import migrate
from personae.store.buckets import (
    ArticleHashes,
    BucketGone,
    CatalogFiles,
    check_piece_names,
    check_rows,
)
from personae.store.catalog import Catalog, CatalogChanged
from personae.store.lock import WriterLock, configured_lock_timeout
from personae.store.model import Article, Entity, Event, Mention, Relation
from personae.store.pieces import (
    Piece,
    PieceGone,
    PieceLinks,
    Pieces,
    piece_name,
    piece_tables,
    pieces_folder,
)
from personae.store.records import (
    ArticleRecords,
    Snapshot,
    build_records,
    collector_paused,
)
from personae.store.storage import (
    Stamp,
    StoreError,
    Tables,
    real_path,
    refuse_unusable,
    remove_stale_temporaries,
)
from personae.store.tables import CatalogEditor
from personae.store.text import escape_controls

P = TypeVar("P")

__all__ = [
    "STORE_SCHEMA",
    "ArticleRecords",
    "Snapshot",
    "Store",
    "default_path",
]

#: The layout this personae writes: a catalog in buckets and a piece per article.  Schema 1
#: kept the whole store in one file, schema 2 the catalog in one file; both are read as they
#: are, and upgraded at their first write.
STORE_SCHEMA = 3
#: Catalog versions one snapshot reads before it gives up on a store that never stops changing.
SNAPSHOT_TRIES = 10


def default_path() -> Path:
    """``PERSONAE_DB`` if set, else the platform's user data folder."""
    env = os.environ.get("PERSONAE_DB")
    if env:
        return Path(env).expanduser()
    return user_data_path("personae", appauthor=False) / "personae.json"


class Store:
    """A store of articles and annotation; ``path=None`` keeps it in memory."""

    def __init__(self, path: Path | None = None, *, lock_timeout: float | None = None) -> None:
        # Through a link, the real file: writes replace it (the link stays), and the lock and
        # the pieces beside it are the ones every writer uses, whichever name it was given.
        self.path = None if path is None else real_path(path)
        self.on_wait: Callable[[str], None] | None = None
        """Told once (the first time) a write has to wait for another process's."""
        self.on_upgrade: Callable[[str], None] | None = None
        """Told when a write first upgrades a store of an older layout, and where its backup is."""
        self._checked: Stamp | None = None
        """The catalog version whose records were last checked (or written here)."""
        self._lock: WriterLock | None = None
        if self.path is None:
            self._pieces = Pieces(None, self._name)
        else:
            self._pieces = Pieces(pieces_folder(self.path), str(self.path))
            timeout = configured_lock_timeout() if lock_timeout is None else lock_timeout
            self._lock = WriterLock(self.path, timeout)
        self._catalog = CatalogFiles(self.path, self._pieces, self._name)
        self._schema(self._catalog.root())  # the root alone: opening reads no bucket

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, lock_timeout: float | None = None) -> Store:
        """Open an existing store, refusing (with a reason) one we cannot read.

        A pipe, a device or a file over the size limit is refused from its directory entry,
        before anything opens it: opening a pipe would wait for a writer that never comes.
        """
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                raise StoreError(
                    f"{path} is a link to {os.path.realpath(path)}, which does not exist; "
                    f"restore that file, or remove the link to start a new store at {path}."
                ) from None
            raise StoreError(f"{path} does not exist; run personae once to create it.") from None
        except OSError as exc:
            raise StoreError(f"{path} cannot be opened: {exc.strerror}; pass --db FILE.") from exc
        refuse_unusable(path, info)
        return cls(path, lock_timeout=lock_timeout)

    @classmethod
    def open_or_create(
        cls,
        path: Path,
        *,
        lock_timeout: float | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> Store:
        """Open the store, building it from the bundled article the first time.

        ``notify`` is told of folders made for it: a reader who mistyped ``--db`` should see
        where the new store went.
        """
        from personae.store.annotation import bundled_records

        if path.exists() or path.is_symlink():
            return cls.open(path, lock_timeout=lock_timeout)
        folder = path.parent
        if not folder.is_dir():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder {folder}: {exc.strerror}.") from exc
            if notify is not None:
                notify(f"created folder {escape_controls(folder)} for the store")
        store = cls(path, lock_timeout=lock_timeout)
        store.put(bundled_records())
        return store

    def _schema(self, tables: Tables) -> int:
        """The catalog's layout version, refusing what this personae cannot read."""
        meta = tables.get("meta", {}).get("1")
        if meta is None:
            if any(docs for name, docs in tables.items() if name != "meta"):
                raise StoreError(
                    f"{self._name} has no schema record; it is not a personae store. "
                    "Move it aside or pass --db."
                )
            return STORE_SCHEMA
        version = meta.get("schema") if isinstance(meta, dict) else None
        if not isinstance(version, int) or isinstance(version, bool):
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        if version > STORE_SCHEMA:
            raise StoreError(
                f"{self._name} was written by a newer personae (schema {version}; this one "
                f"reads {STORE_SCHEMA}); upgrade personae."
            )
        if version < STORE_SCHEMA:
            try:
                migrate.check_way_forward(version)
            except LookupError as exc:
                raise StoreError(f"{self._name}: {exc}; this personae cannot open it.") from exc
        return version

    @property
    def _name(self) -> str:
        return str(self.path) if self.path else "the in-memory store"

    # -- reading ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """Every record of one version of the store, even while writers replace it: for
        export and whatever needs everything (the explorer reads ``catalog`` and ``load``).

        The catalog is read once, then the pieces it names.  A piece gone meanwhile means a
        writer committed and removed it: start again from the new catalog (the pieces
        already parsed are kept, so each try reads only what is new).
        """
        with collector_paused():
            return self._snapshot()

    def _snapshot(self) -> Snapshot:
        for _ in range(SNAPSHOT_TRIES):
            tables, stamp = self._read_version()
            version = self._schema(tables)
            if version <= migrate.SINGLE_FILE_SCHEMA:
                snapshot = self._single_file_snapshot(tables, version)
            else:
                try:
                    snapshot = self._assemble(tables)
                except PieceGone as gone:
                    if self.changed_on_disk():
                        continue
                    raise self._pieces.missing(gone) from None
            self._checked = stamp
            return snapshot
        raise StoreError(
            f"{self._name} changed {SNAPSHOT_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    def catalog(self) -> Catalog:
        """One version of the catalog: all the explorer, the article picker and ``list``
        start from; each article's piece is read when it is asked for (``load``).

        The buckets are read one at a time, each added to the catalog's compact tables and
        dropped before the next, so reading costs one bucket and the catalog, not every
        parsed record at once.  A bucket gone while the root changed means a writer
        committed meanwhile: start again from the new root.  A store of the first layout
        has no pieces: it is read whole."""
        with collector_paused():
            for _ in range(SNAPSHOT_TRIES):
                root, stamp = self._catalog.root_version()
                version = self._schema(root)
                if version <= migrate.SINGLE_FILE_SCHEMA:
                    snapshot = self._single_file_snapshot(root, version)
                    return Catalog.of_snapshot(snapshot, stamp)
                if version < STORE_SCHEMA:  # the catalog in one file
                    self._rows(root)
                    catalog = Catalog.from_tables(self._name, root, stamp)
                else:
                    try:
                        catalog = Catalog.from_parts(self._name, root, self._parts(root), stamp)
                    except BucketGone as gone:
                        if self.changed_on_disk():
                            continue
                        raise self._catalog.missing(str(gone)) from None
                self._checked = stamp
                return catalog
        raise StoreError(
            f"{self._name} changed {SNAPSHOT_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    def _parts(self, root: Tables) -> Iterator[Tables]:
        """Each bucket's tables, its rows checked to name a piece, one at a time."""
        for _, part in self._catalog.stream(root):
            self._rows(part)
            yield part

    def load(self, catalog: Catalog, article_id: str) -> Piece:
        """The article's piece in the version ``catalog`` is: CatalogChanged if a writer
        has removed it since (read the catalog again), a StoreError naming it if it is
        missing or damaged.  Nothing is kept here: the caller bounds what it keeps."""
        if catalog.held is not None:
            return catalog.held[article_id]
        return self._read_piece(catalog, article_id, self._pieces._parse)

    def load_links(self, catalog: Catalog, article_id: str, actor: str) -> PieceLinks:
        """Only the relations and events of ``actor`` in the article, read as ``load``
        reads (for `g`; a corpus held whole gives all of the article's)."""
        if catalog.held is not None:
            piece = catalog.held[article_id]
            return PieceLinks(piece.relations, piece.events)
        return self._read_piece(
            catalog, article_id, lambda name, row: self._pieces.parse_links(name, row, actor)
        )

    def _read_piece(
        self, catalog: Catalog, article_id: str, parse: Callable[[str, dict[str, Any]], P]
    ) -> P:
        entry = catalog.entry(article_id)
        try:
            with collector_paused():
                return parse(entry.piece, entry.row())  # not kept by name
        except PieceGone as gone:
            stamp, commit = catalog.version
            if stamp is not None:
                changed = self._catalog.stamp_on_disk() != stamp
            else:
                changed = _meta(self._catalog.root()).get("commit", 0) != commit
            if changed:
                raise CatalogChanged(
                    f"{self._name} changed while it was being read; read it again."
                ) from None
            raise self._pieces.missing(gone) from None

    def _read_version(self) -> tuple[Tables, Stamp | None]:
        return self._catalog.read_version()

    def _read_catalog(self) -> Tables:
        return self._catalog.read()

    def _assemble(self, tables: Tables) -> Snapshot:
        rows = self._rows(tables)
        articles: list[Article] = []
        mentions: list[Mention] = []
        relations: list[Relation] = []
        events: list[Event] = []
        for row in rows:
            piece = self._pieces.load(row["piece"], row)
            articles.append(piece.article)
            mentions.extend(piece.mentions)
            relations.extend(piece.relations)
            events.extend(piece.events)
        entities = build_records(self._name, "entities", Entity, _docs(tables, "entities"))
        self._pieces.keep_only({row["piece"] for row in rows})
        return Snapshot(tuple(articles), entities, tuple(mentions), tuple(relations), tuple(events))

    def _rows(self, tables: Tables) -> list[dict[str, Any]]:
        """The catalog's article rows, each naming a piece file and nothing else."""
        rows = list(_docs(tables, "articles"))
        check_piece_names(self._name, rows)
        return rows

    def _single_file_snapshot(self, tables: Tables, version: int) -> Snapshot:
        """A store of the first layout, whole in one file, as it is (or was) read."""
        if version < migrate.SINGLE_FILE_SCHEMA:
            tables = migrate.upgrade_single_file(copy.deepcopy(tables), version)

        def records(table: str, kind: type[Any]) -> tuple[Any, ...]:
            return build_records(self._name, table, kind, _docs(tables, table))

        return Snapshot(
            articles=records("articles", Article),
            entities=records("entities", Entity),
            mentions=records("mentions", Mention),
            relations=records("relations", Relation),
            events=records("events", Event),
        )

    def article_hashes(self) -> ArticleHashes:
        """Each stored article's content hash: how ingest knows a file is unchanged.

        Read a bucket at a time, as articles are asked for: adding one file to a large
        store reads the one bucket its article would be in."""
        return ArticleHashes(self._hashes_in)

    def _hashes_in(self, bucket: str | None) -> dict[str, str]:
        """The content hash of each article of ``bucket`` (None, or a store of an older
        layout, whose catalog is one file: of every article)."""
        if bucket is None or self._schema(self._catalog.root()) < STORE_SCHEMA:
            docs: Iterable[Any] = _docs(self._read_catalog(), "articles")
        else:
            docs = self._catalog.bucket_rows(bucket).values()
        return {str(d.get("id")): str(d.get("content_hash", "")) for d in docs}

    def entities(self) -> tuple[Entity, ...]:
        """Only the actors, from the catalog's root: ingest needs no article to name them."""
        return build_records(
            self._name, "entities", Entity, _docs(self._catalog.root(), "entities")
        )

    def changed_on_disk(self) -> bool:
        """Whether the catalog on disk is not the version last read or written here."""
        return self._catalog.changed_on_disk()

    # -- writing ------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock: no other process writes the store until the block ends."""
        with self._locked():
            yield

    def put(self, records: ArticleRecords) -> None:
        """Store one article, replacing whatever that article had before."""
        self.put_many([records])

    def put_many(self, batch: Iterable[ArticleRecords]) -> None:
        """Store several articles in one commit: all of them reach the disk, or none."""
        with self._editing() as (editor, commit):
            pieces: dict[str, Tables] = {}
            for records in batch:
                name = piece_name(records.article.id, commit)
                editor.put_article(records, name)
                pieces[name] = piece_tables(records)
            editor.drop_orphans()
            self._commit(editor, pieces)

    def remove_article(self, article_id: str) -> bool:
        with self._editing() as (editor, _):
            removed = editor.remove_article(article_id)
            editor.drop_orphans()
            self._commit(editor, {})
        return removed

    @contextlib.contextmanager
    def _editing(self) -> Iterator[tuple[CatalogEditor, int]]:
        """The lock held, and the catalog to edit in place; whatever stops the edit before
        its commit (Ctrl+C in the middle of a batch) leaves the catalog as it is on disk."""
        with self._locked():
            try:
                yield self._begin()
            except BaseException:
                self._catalog.forget()
                raise

    def _begin(self) -> tuple[CatalogEditor, int]:
        """The catalog to edit (an older store upgraded first), the number of this commit,
        and the folder cleared of what a killed writer left: we hold the lock, none is writing.

        Only the root is read here; the editor reads each bucket when it first edits one of
        its articles, so a commit reads the buckets it rewrites and no others."""
        root = self._catalog.root()
        version = self._schema(root)
        if version < STORE_SCHEMA:
            self._upgrade(self._read_catalog(), version)
            root = self._catalog.root()
        elif self._catalog.stamp != self._checked:
            # Refuse to build on actors we cannot read (once per version): a commit would
            # carry the damage on.  The rows of each bucket it rewrites are checked then.
            build_records(self._name, "entities", Entity, _docs(root, "entities"))
            self._checked = self._catalog.stamp
        commit, retired = self._commit_number(root) + 1, self._retired(root)
        last_ids = self._catalog.last_ids(root)
        # Files of a commit past the root's were a killed writer's; those the root retired
        # go now (a crash after this commit's root must not leave them for ever).
        self._pieces.sweep(None, commit - 1)
        self._pieces.remove(retired)
        if self.path is not None:
            remove_stale_temporaries(self.path)
        tables = self._catalog.editable()
        tables["meta"] = {"1": {"schema": STORE_SCHEMA, "commit": commit}}
        editor = CatalogEditor(tables, last_ids)
        editor.article_keys = self._catalog.article_keys  # an article's: in its bucket
        editor.load_bucket = self._catalog.load_bucket
        return editor, commit

    def _check_rows(self, tables: Tables) -> None:
        check_rows(self._name, tables)
        build_records(self._name, "entities", Entity, _docs(tables, "entities"))

    def _commit_number(self, tables: Tables) -> int:
        number = _meta(tables).get("commit", 0)
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        return number

    def _retired(self, tables: Tables) -> set[str]:
        """Pieces the last commit stopped naming: kept until this one, for slow readers."""
        retired = _meta(tables).get("retired", [])
        if not isinstance(retired, list) or not all(isinstance(n, str) for n in retired):
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        return set(retired)

    def _upgrade(self, tables: Tables, version: int) -> None:
        """Bring an older store to this layout as one commit, its file kept as a backup.

        Its records are all checked first: a store we cannot read is left as it was.  A
        single-file store is split into pieces and buckets; a schema-2 catalog is split into
        buckets, its pieces kept as they are."""
        if version <= migrate.SINGLE_FILE_SCHEMA:
            snapshot = self._single_file_snapshot(tables, version)
            self._pieces.sweep((), 0)  # an upgrade before, killed before its catalog: again
            catalog, pieces = migrate.split(snapshot, 1, STORE_SCHEMA)
            editor = CatalogEditor(catalog)
        else:
            self._check_rows(tables)
            commit, retired = self._commit_number(tables) + 1, self._retired(tables)
            named = {str(row.get("piece")) for row in _docs(tables, "articles")}
            self._pieces.sweep(named | retired, commit - 1)
            editor, pieces = migrate.into_buckets(tables, commit, STORE_SCHEMA), {}
            editor.retired_before = retired
        editor.touched = None  # every bucket is new
        if self.path is not None:
            try:
                migrate.keep_backup(self.path, version)
            except OSError as exc:
                raise StoreError(
                    f"cannot back up {self._name} before upgrading it ({exc.strerror}); "
                    "nothing was changed."
                ) from exc
        self._commit(editor, pieces)
        if self.on_upgrade is not None and self.path is not None:
            was = "file" if version <= migrate.SINGLE_FILE_SCHEMA else "catalog"
            self.on_upgrade(
                f"upgraded {escape_controls(self.path)} to this version's layout (a small "
                "catalog, the rest in files written once in "
                f"{escape_controls(pieces_folder(self.path).name)}); the {was} as it was is "
                f"kept as {escape_controls(migrate.backup_path(self.path, version).name)}"
            )

    def _commit(self, editor: CatalogEditor, pieces: dict[str, Tables]) -> None:
        """Pieces and buckets first, then the root that names them: its replace is the
        commit point.

        Pieces this commit stops naming are listed in it as retired and deleted by the next
        commit, so a reader still on the previous catalog can finish; one on an older one
        finds a piece gone and starts again from the newest."""
        retired = sorted({n for n in editor.dropped_pieces if n not in pieces})
        editor.tables["meta"]["1"]["retired"] = retired
        try:
            self._pieces.write(pieces)
            self._catalog.write(editor)
        except BaseException:
            self._catalog.forget()  # edited in place: ahead of the disk
            if not self.changed_on_disk():  # not committed: what it wrote goes with it
                with contextlib.suppress(Exception):
                    self._pieces.remove(pieces)
                    self._pieces.done_writing()
            raise
        self._pieces.done_writing()
        self._checked = self._catalog.stamp  # what we wrote ourselves is well-formed
        self._pieces.remove(editor.retired_before - set(retired) - pieces.keys())

    def _locked(self) -> contextlib.AbstractContextManager[object]:
        return contextlib.nullcontext() if self._lock is None else self._lock.held(self.on_wait)

    def close(self) -> None:
        self._catalog.close()


def _meta(tables: Tables) -> dict[str, Any]:
    meta = tables.get("meta", {}).get("1")
    return meta if isinstance(meta, dict) else {}


def _docs(tables: Tables, table: str) -> Iterable[Any]:
    return tables.get(table, {}).values()
