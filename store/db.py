"""The store: a TinyDB catalog naming one immutable TinyDB piece per article.

The catalog is a small root file naming immutable bucket files (store/buckets.py reads
them, store/catalog_writer.py writes them).  A commit writes the new pieces and buckets,
then replaces the root: that replace is the commit point, so a reader (or a crash) sees the
old version or the new one, never half of one, and a commit costs the articles it changes
and their buckets, not the whole store.
Readers never lock.  Writers hold a cross-process lock for the whole read-modify-write,
so two ``personae ingest`` runs cannot lose each other's articles.  The layout, and why,
is in docs/schema.md.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from platformdirs import user_data_path

from personae.store import migrate
from personae.store.catalog_rows import check_rows
from personae.store.catalog_writer import CatalogWriter
from personae.store.corrections import Correction, actors_named
from personae.store.layer_file import LayerGone, layer_file, write_layer
from personae.store.lock import WriterLock, configured_lock_timeout
from personae.store.model import Entity
from personae.store.pieces import FiledArticle, Pieces, filed, piece_name, pieces_folder
from personae.store.reader import (
    SNAPSHOT_TRIES,
    STORE_SCHEMA,
    WRITTEN_ON_SCHEMA,
    StoreReader,
    meta_record,
    table_docs,
)
from personae.store.records import ArticleRecords, Snapshot, build_records, collector_paused
from personae.store.storage import (
    Stamp,
    StoreError,
    Tables,
    real_path,
    refuse_unusable,
    remove_stale_temporaries,
)
from personae.store.summary import Summary
from personae.store.tables import CatalogEditor
from personae.store.text import escape_controls

__all__ = [
    "SNAPSHOT_TRIES",
    "STORE_SCHEMA",
    "ArticleRecords",
    "Snapshot",
    "Store",
    "default_path",
]


def default_path() -> Path:
    """``PERSONAE_DB`` if set, else the platform's user data folder."""
    env = os.environ.get("PERSONAE_DB")
    if env:
        return Path(env).expanduser()
    return user_data_path("personae", appauthor=False) / "personae.json"


class Store(StoreReader):
    """A store of articles and annotation; ``path=None`` keeps it in memory: reading
    (store/reader.py), and writing under the writer lock."""

    _catalog: CatalogWriter

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
        self._catalog = CatalogWriter(self.path, self._pieces, self._name)
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
        if path.exists() or path.is_symlink():
            return cls.open(path, lock_timeout=lock_timeout)
        # Only a new store needs the bundled article: its reader and mention finder take
        # 10 ms to import, which an explorer opening an existing store would wait for.
        from personae.store.annotation import bundled_records

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

    # -- writing ------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock: no other process writes the store until the block ends."""
        with self._locked():
            yield

    def put(self, records: ArticleRecords) -> None:
        """Store one article, replacing whatever that article had before."""
        self.put_many([records])

    def put_many(self, batch: Iterable[ArticleRecords | FiledArticle]) -> None:
        """Store several articles in one commit: all of them reach the disk, or none."""
        with self._editing() as (editor, commit):
            pieces: dict[str, Tables | bytes] = {}
            for item in batch:
                article = item if isinstance(item, FiledArticle) else filed(item)
                name = piece_name(article.article_id, commit)
                editor.put_article(article, name)
                pieces[name] = article.piece
            self._commit(editor, pieces)

    def correct(
        self,
        change: Callable[[tuple[Correction, ...], int], tuple[Correction, ...]],
        *,
        on_wait: Callable[[str], None] | None = None,
    ) -> tuple[Correction, ...]:
        """Commit the reader's layer as ``change`` makes it of the current one (read under
        the lock, so two explorers never lose each other's corrections), given the number
        of this commit: never used before in the store, it names a new correction.
        ``on_wait`` is told each time another writer holds the lock (a reader waits on
        every correction, not once per run as ingest says it)."""
        with self._editing(on_wait) as (editor, commit):
            layer = change(self._layer(editor.tables), commit)
            self._commit(editor, write_layer(editor, layer, commit))
        return layer

    def remove_article(self, article_id: str) -> bool:
        with self._editing() as (editor, _):
            removed = editor.remove_article(article_id)
            self._commit(editor, {})
        return removed

    @contextlib.contextmanager
    def _editing(
        self, on_wait: Callable[[str], None] | None = None
    ) -> Iterator[tuple[CatalogEditor, int]]:
        """The lock held, and the catalog to edit in place; whatever stops the edit before
        its commit (Ctrl+C in the middle of a batch) leaves the catalog as it is on disk."""
        with self._locked(on_wait), collector_paused():  # a commit makes no cycles
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
        if version < WRITTEN_ON_SCHEMA:
            self._upgrade(self._read_catalog(), version)
            root = self._catalog.root()
        # The rows of each catalog bucket and the actors of each actor bucket a commit
        # rewrites are checked as it reads them: it must not carry damage on.
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
        editor.summary = Summary.of_root(root)
        editor.article_keys = self._catalog.article_keys  # an article's: in its bucket
        editor.load_bucket = self._catalog.load_bucket
        editor.load_actors = self._catalog.load_actors
        return editor, commit

    def _check_rows(self, tables: Tables) -> None:
        check_rows(self._name, tables)
        build_records(self._name, "entities", Entity, table_docs(tables, "entities"))

    def _commit_number(self, tables: Tables) -> int:
        number = meta_record(tables).get("commit", 0)
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        return number

    def _retired(self, tables: Tables) -> set[str]:
        """Pieces the last commit stopped naming: kept until this one, for slow readers."""
        retired = meta_record(tables).get("retired", [])
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
            named = {str(row.get("piece")) for row in table_docs(tables, "articles")}
            named |= self._catalog.files()  # the buckets, actor packs and reader's layer:
            named |= self._catalog.upgrading(tables)
            named |= {name for name in [layer_file(tables)] if name is not None}
            self._pieces.sweep(named | retired, commit - 1)
            kept = actors_named(self._layer_held(tables))
            editor, pieces = migrate.into_buckets(tables, commit, STORE_SCHEMA, kept), {}
            editor.retired_before = retired
        editor.touched = editor.touched_actors = None  # every bucket is new
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

    def _commit(self, editor: CatalogEditor, pieces: Mapping[str, Tables | bytes]) -> None:
        """Pieces and buckets first, then the root that names them: its replace is the
        commit point.

        Pieces this commit stops naming are listed in it as retired and deleted by the next
        commit, so a reader still on the previous catalog can finish; one on an older one
        finds a piece gone and starts again from the newest."""
        retired = sorted({n for n in editor.dropped_pieces if n not in pieces})
        editor.tables["meta"]["1"]["retired"] = retired
        editor.drop_orphans(lambda: actors_named(self._layer_held(editor.tables)))
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

    def _layer_held(self, root: Tables) -> tuple[Correction, ...]:
        """The reader's layer the root names, read under the lock: its file missing is
        damage, named in words (no writer replaced it)."""
        try:
            return self._layer(root)
        except LayerGone as gone:
            raise self._gone(gone) from None

    def _locked(
        self, on_wait: Callable[[str], None] | None = None
    ) -> contextlib.AbstractContextManager[object]:
        if self._lock is None:
            return contextlib.nullcontext()
        if on_wait is not None:
            return self._lock.held(on_wait, every_time=True)
        return self._lock.held(self.on_wait)

    def close(self) -> None:
        self._catalog.close()
