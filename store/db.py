"""The store: one TinyDB JSON file holding every article and its annotation.

Readers never lock: the file is only ever replaced whole, so they see an old or a new
store, never half of one.  Writers hold a cross-process lock for the whole
read-modify-write and commit once, so two ``personae ingest`` runs cannot lose each
other's articles.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import operator
import os
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from platformdirs import user_data_path
from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage, Storage

from personae.store.migrate import migrate
from personae.store.model import SCHEMA_VERSION, Article, Entity, Event, Mention, Record, Relation
from personae.store.storage import AtomicJSONStorage, StoreError, remove_stale_temporaries
from personae.store.tables import TableEditor

if TYPE_CHECKING:
    import filelock

TABLES = ("articles", "entities", "mentions", "relations", "events")
#: Seconds a writer waits for another one to finish; ``PERSONAE_LOCK_TIMEOUT`` overrides it.
LOCK_TIMEOUT = 30.0

R = TypeVar("R", bound=Record)


def configured_lock_timeout() -> float:
    """``PERSONAE_LOCK_TIMEOUT`` (seconds) if set, else ``LOCK_TIMEOUT``."""
    env = os.environ.get("PERSONAE_LOCK_TIMEOUT", "").strip()
    if not env:
        return LOCK_TIMEOUT
    try:
        value = float(env)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise StoreError(f"PERSONAE_LOCK_TIMEOUT={env!r} is not a number of seconds.")
    return value


def default_path() -> Path:
    """``PERSONAE_DB`` if set, else the platform's user data folder."""
    env = os.environ.get("PERSONAE_DB")
    if env:
        return Path(env).expanduser()
    return user_data_path("personae", appauthor=False) / "personae.json"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything in the store at one moment, as immutable records."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """One article with all the records that belong to it: the unit ingest replaces."""

    article: Article
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    events: tuple[Event, ...]


class Store:
    """A TinyDB database of articles and annotation; ``path=None`` keeps it in memory."""

    def __init__(self, path: Path | None = None, *, lock_timeout: float | None = None) -> None:
        self.path = path
        self.on_wait: Callable[[str], None] | None = None
        """Told once when a write has to wait for another process's."""
        self._storage: Storage
        self._checked: tuple[int, int, int] | None = None
        self._lock: filelock.BaseFileLock | None = None
        self._lock_timeout = LOCK_TIMEOUT
        if path is None:
            self._db = TinyDB(storage=MemoryStorage)
        else:
            self._db = TinyDB(path, storage=AtomicJSONStorage)
            self._lock_timeout = configured_lock_timeout() if lock_timeout is None else lock_timeout
        self._storage = self._db.storage
        self._check_schema()

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, lock_timeout: float | None = None) -> Store:
        """Open an existing store, refusing (with a reason) one we cannot read."""
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a store file; pass --db FILE.")
        if not path.exists():
            raise StoreError(f"{path} does not exist; run personae once to create it.")
        return cls(path, lock_timeout=lock_timeout)

    @classmethod
    def open_or_create(cls, path: Path, *, lock_timeout: float | None = None) -> Store:
        """Open the store, building it from the bundled article the first time."""
        from personae.store.annotation import bundled_records

        if path.exists() or path.is_symlink():
            return cls.open(path, lock_timeout=lock_timeout)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder {path.parent}: {exc.strerror}.") from exc
        store = cls(path, lock_timeout=lock_timeout)
        store.put(bundled_records())
        return store

    def _check_schema(self) -> None:
        meta = self._db.table("meta").get(doc_id=1)
        if meta is None:
            if self._has_records():
                raise StoreError(
                    f"{self._name} has no schema record; it is not a personae store. "
                    "Move it aside or pass --db."
                )
            return
        version = meta.get("schema") if isinstance(meta, dict) else None
        if not isinstance(version, int):
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self._name} was written by a newer personae (schema {version}; this one "
                f"reads {SCHEMA_VERSION}); upgrade personae."
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Upgrade in place, under the writer lock, keeping the old file as a backup."""
        with self._locked():
            tables = self._storage.read() or {}
            try:
                upgraded = migrate(self.path, copy.deepcopy(tables), version, SCHEMA_VERSION)
            except LookupError as exc:
                raise StoreError(f"{self._name}: {exc}; this personae cannot open it.") from exc
            except OSError as exc:
                raise StoreError(
                    f"cannot back up {self._name} before upgrading it ({exc.strerror}); "
                    "nothing was changed."
                ) from exc
            self._storage.write(upgraded)
            self._refresh_tables()

    def _has_records(self) -> bool:
        return any(len(self._db.table(name)) for name in TABLES)

    @property
    def _name(self) -> str:
        return str(self.path) if self.path else "the in-memory store"

    # -- reading ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        snapshot = Snapshot(
            articles=self._all("articles", Article),
            entities=self._all("entities", Entity),
            mentions=self._all("mentions", Mention),
            relations=self._all("relations", Relation),
            events=self._all("events", Event),
        )
        if isinstance(self._storage, AtomicJSONStorage):
            self._checked = self._storage.stamp
        return snapshot

    def _all(self, table: str, kind: type[R]) -> tuple[R, ...]:
        docs = self._db.table(table).all()
        try:
            records = tuple(kind.from_doc(dict(doc)) for doc in docs)
            _check_types(kind, records)
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(
                f"{self._name} holds a malformed record ({_what_is_wrong(table, kind, docs, exc)});"
                " move it aside."
            ) from exc
        return records

    def article_hashes(self) -> dict[str, str]:
        """Each stored article's content hash: how ingest knows a file is unchanged."""
        docs = self._db.table("articles").all()
        return {str(d.get("id")): str(d.get("content_hash", "")) for d in docs}

    def entities(self) -> tuple[Entity, ...]:
        """Only the actors, for ingest: loading every mention just to name them is waste."""
        return self._all("entities", Entity)

    def changed_on_disk(self) -> bool:
        return isinstance(self._storage, AtomicJSONStorage) and self._storage.changed_on_disk()

    # -- writing ------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock and commit everything done inside as one atomic replace."""
        with self._locked():
            self._db.clear_cache()
            self._refresh_tables()
            self._check_schema()
            self._check_records()
            if self.path is not None:
                remove_stale_temporaries(self.path)  # a killed writer's; we hold the lock
            batch = getattr(self._storage, "batch", None)
            with batch() if batch else contextlib.nullcontext():
                self._db.table("meta").upsert({"schema": SCHEMA_VERSION}, Query().schema.exists())
                yield
            if isinstance(self._storage, AtomicJSONStorage):
                self._checked = self._storage.stamp  # what we wrote ourselves is well-formed

    def _check_records(self) -> None:
        """Refuse to write over a file holding records we cannot read (once per file version).

        Rewriting it would bake the damage in and break "the file is left as it was".
        """
        if isinstance(self._storage, AtomicJSONStorage) and self._storage.stamp != self._checked:
            self.snapshot()
            self._checked = self._storage.stamp

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if self.path is None:
            yield
            return
        # Imported on the first write, not at start: the explorer only reads.
        import filelock

        if self._lock is None:
            self._lock = filelock.FileLock(f"{self.path}.lock", timeout=self._lock_timeout)
        try:
            try:
                self._lock.acquire(timeout=0)
            except filelock.Timeout:
                if self.on_wait is not None:
                    self.on_wait(
                        f"waiting for another personae process writing {self.path} "
                        f"(up to {self._lock.timeout:.0f} s)"
                    )
                self._lock.acquire()
        except filelock.Timeout as exc:
            raise StoreError(
                f"another personae process is writing {self.path}; waited "
                f"{self._lock.timeout:.0f} s. Try again when it has finished."
            ) from exc
        try:
            yield
        finally:
            self._lock.release()

    def _refresh_tables(self) -> None:
        """Forget TinyDB's per-table next-id cache: another process may have written."""
        self._db._tables.clear()

    def put(self, records: ArticleRecords) -> None:
        """Store one article, replacing whatever that article had before."""
        self.put_many([records])

    def put_many(self, batch: Iterable[ArticleRecords]) -> None:
        """Store several articles in one commit: all of them reach the disk, or none."""
        with self.writing():
            editor = TableEditor(self._raw_tables())
            for records in batch:
                article_id = records.article.id
                editor.remove_article(article_id)
                editor.add_article_records("articles", article_id, [records.article.to_doc()])
                for entity in records.entities:
                    editor.upsert_entity(entity)
                for name, items in (
                    ("mentions", records.mentions),
                    ("relations", records.relations),
                    ("events", records.events),
                ):
                    editor.add_article_records(name, article_id, (r.to_doc() for r in items))
            editor.drop_orphans()
            self._commit_raw(editor.tables)

    def remove_article(self, article_id: str) -> bool:
        with self.writing():
            editor = TableEditor(self._raw_tables())
            removed = editor.remove_article(article_id)
            editor.drop_orphans()
            self._commit_raw(editor.tables)
        return removed

    def _raw_tables(self) -> dict[str, dict[str, Any]]:
        return self._storage.read() or {}

    def _commit_raw(self, tables: dict[str, dict[str, Any]]) -> None:
        """Hand edited raw tables back, and forget TinyDB's caches of what they held."""
        self._storage.write(tables)
        self._db.clear_cache()
        self._refresh_tables()

    def close(self) -> None:
        self._db.close()


_FIELD_TYPES: dict[type[Record], tuple[tuple[str, tuple[type, ...], bool], ...]] = {}


def _field_types(kind: type[Record]) -> tuple[tuple[str, tuple[type, ...], bool], ...]:
    """Each field's allowed runtime types, and whether it is a tuple of strings."""
    if kind in _FIELD_TYPES:
        return _FIELD_TYPES[kind]
    hints = typing.get_type_hints(kind)
    checks = []
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]
        args = typing.get_args(hints[f.name])
        if typing.get_origin(hints[f.name]) is typing.Literal:
            allowed: tuple[type, ...] = tuple({type(a) for a in args})
        elif typing.get_origin(hints[f.name]) is tuple:
            allowed = (tuple,)
        elif args:  # X | None
            allowed = tuple(typing.get_origin(a) or a for a in args)
        else:
            allowed = (hints[f.name],)
        checks.append((f.name, allowed, args[:1] == (str,) and tuple in allowed))
    _FIELD_TYPES[kind] = tuple(checks)
    return _FIELD_TYPES[kind]


def _what_is_wrong(table: str, kind: type, docs: Sequence[Any], error: Exception) -> str:
    """The fault in words a reader can act on, not a constructor's complaint."""
    required = [
        f.name
        for f in dataclasses.fields(kind)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    for doc in docs:
        missing = [name for name in required if name not in doc]
        if missing:
            return f"a record in {table} lacks {', '.join(missing)}"
    return f"in {table}: {error}"


def _check_types(kind: type[Record], records: Sequence[Record]) -> None:
    """A record of the right shape but wrong types (a name that is a number, say) would
    break every reader of the store later; refuse it here, as a malformed record."""
    for name, allowed, of_strings in _field_types(kind):
        values = list(map(operator.attrgetter(name), records))
        wrong = set(map(type, values)).difference(allowed)
        if of_strings and not wrong:
            wrong = {type(v) for items in values for v in items} - {str}
        if wrong:
            got = sorted(t.__name__ for t in wrong)[0]
            raise TypeError(f"{kind.__name__}.{name} is {got}, not {allowed[0].__name__}")
