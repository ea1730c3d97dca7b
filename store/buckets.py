"""The catalog in parts (schemas 3 and 4): a small root file and immutable bucket files.

A store's catalog grows by about 1 KB an article (its row and its ``index`` record), and
a commit used to rewrite all of it.  Now the records that belong to one article live in
one of 1,024 buckets, chosen by the first ten bits of sha256(article id), each a TinyDB
file in the pieces folder named for its bucket (three hex digits) and the commit that
wrote it (``catalog-3f0-17.json``), never rewritten.  The root, at the store's path, holds what
every commit needs whole: ``meta``, which file is current for each bucket (``buckets``),
and where each actor bucket is (``actors``: schema 4's actors are in packs of buckets,
store/actors.py; schema 3 kept them and their counts of articles in the root).  A commit
writes the buckets and the actor buckets it touched, then replaces the root: that replace
is still the commit point (store/catalog_writer.py writes them).

What needs the whole catalog reads the same logical tables as before (``meta``,
``articles``, ``entities``, ``index``, and ``buckets``): the buckets' tables merged.  The
rest reads less: opening a store the root (``root``), ingest one bucket's rows at a time
(``bucket_rows``), the explorer's catalog each bucket in turn, none kept (``stream``).  A
store of an older layout is given as its file holds it.  The layout, and why, is in
docs/schema.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from personae.store.actors import (
    ActorBucketGone,
    actor_files,
    every_bucket,
)
from personae.store.catalog_rows import is_table
from personae.store.folder import BUCKET_NAME, StoreFolder
from personae.store.storage import AtomicJSONStorage, Stamp, StoreError, Tables
from personae.store.tables import ARTICLE_FIELD

#: The layouts whose catalog is split into buckets; from schema 4, the actors too (schema
#: 5: each actor named by one article says which).
BUCKETED_SCHEMAS = (3, 4, 5, 6)
ACTOR_BUCKETED_SCHEMAS = (4, 5, 6)
#: How many buckets: the first ten bits of sha256(article id) choose one (docs/schema.md).
BUCKETS = 1024
#: Root versions one read goes through before it gives up on a store that never stops changing.
READ_TRIES = 10
#: What a bucket file holds: the catalog tables whose records belong to one article.
BUCKET_TABLES = tuple(ARTICLE_FIELD)


def bucket_of(article_id: str) -> str:
    """The bucket of an article: where its row and its ``index`` record are kept."""
    return f"{int(hashlib.sha256(article_id.encode()).hexdigest()[:3], 16) >> 2:03x}"


def bucket_name(bucket: str, commit: int) -> str:
    """A name no earlier commit used: the bucket and the commit that writes it."""
    return f"catalog-{bucket}-{commit}.json"


def schema_of(tables: Tables) -> object:
    meta = tables.get("meta", {}).get("1")
    return meta.get("schema") if isinstance(meta, dict) else None


class BucketGone(Exception):
    """A bucket file the root names is not there: a writer may have replaced it meanwhile."""


class CatalogFiles:
    """The catalog of one store (``path=None``: in memory), read as logical tables.

    What was parsed of a bucket file may be kept by name (the file never changes): the
    writer (store/catalog_writer.py) keeps what its next commit reads again; a reader's
    ``read_version`` keeps nothing afterwards.
    """

    def __init__(self, path: Path | None, files: StoreFolder, store_name: str) -> None:
        self._root = None if path is None else AtomicJSONStorage(path)
        self._memory_root: bytes | None = None
        self._files = files
        self._name = store_name
        self._tables: Tables | None = None
        self._layout: dict[str, str] = {}
        """Bucket -> its current file, in the version last read or written."""
        self._keys: dict[str, dict[str, list[str]]] = {}
        """Bucket -> table -> the record keys its current file holds."""
        self._parsed: dict[str, Tables] = {}
        self._layout_checked: tuple[dict[str, str], object] = ({}, None)
        """The root's ``buckets`` and ``counts`` records last found well formed, not checked
        again while they are the same (ingest asks once a file)."""

    # -- reading ------------------------------------------------------------------------

    def read(self) -> Tables:
        """The whole logical tables of the current version (kept until the root changes):
        for export, an upgrade, and what needs every record.  Readers that need less ask for
        ``root``, ``stream`` or one bucket."""
        if self._tables is None or self.changed_on_disk():
            self._tables = None  # a version that fails to load must not leave the old one
            self._tables = self._load()
        return self._tables

    def read_version(self) -> tuple[Tables, Stamp | None]:
        """One whole version and the root's stamp, handed over: nothing is kept here."""
        tables = self.read()
        stamp = self.stamp
        self.forget()
        self._parsed.clear()
        return tables, stamp

    def root(self) -> Tables:
        """The root of the current version alone (a store of an older layout: its one file).

        Opening a store, a commit and the actor registry need nothing else."""
        return self._read_root()

    def root_version(self) -> tuple[Tables, Stamp | None]:
        """The root and its stamp, handed over: nothing is kept here (the root of an older
        layout is its whole file, which a reader holding its records must not hold twice)."""
        if self._root is None:
            return self._read_root(), None
        tables, stamp = self._root.read_version()
        return tables or {}, stamp

    def stream(self, root: Tables) -> Iterator[tuple[str, Tables]]:
        """Each bucket file ``root`` names and its tables, parsed one at a time and not kept:
        a reader adds what it needs of one before the next is read.  BucketGone if one is
        not there (the caller checks whether the root changed); a StoreError naming the file
        if two hold records of one id."""
        layout = self._bucket_files(root)
        seen: dict[str, dict[int, str]] = {table: {} for table in BUCKET_TABLES}
        for bucket, name in layout.items():
            part = self._bucket(bucket, name, keep=False)
            for table, keys in seen.items():
                for key in part.get(table, {}):
                    other = keys.setdefault(int(key), bucket)
                    if other != bucket:
                        raise self._clash(layout, [other, bucket], table)
            yield name, part

    def bucket_rows(self, bucket: str) -> dict[str, Any]:
        """The ``articles`` rows of one bucket of the current version ({} if it has none)."""
        for _ in range(READ_TRIES):
            root = self.root()
            if schema_of(root) not in BUCKETED_SCHEMAS:
                return {}
            name = self._bucket_files(root).get(bucket)
            if name is None:
                return {}
            try:
                rows: dict[str, Any] = self._bucket(bucket, name, keep=False).get("articles", {})
                return rows
            except BucketGone:
                if not self.changed_on_disk():
                    raise self.missing(name) from None
        raise StoreError(
            f"{self._name} changed {READ_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    @property
    def stamp(self) -> Stamp | None:
        return None if self._root is None else self._root.stamp

    def changed_on_disk(self) -> bool:
        return self._root is not None and self._root.changed_on_disk()

    def stamp_on_disk(self) -> Stamp | None:
        """The root's stamp as it is now on disk (None in memory or when it is gone)."""
        return None if self._root is None else self._root._file_stamp()

    def article_keys(self, table: str, article_id: str) -> list[str]:
        """The keys in ``table`` of the records of the article's bucket, as last read."""
        return self._keys.get(bucket_of(article_id), {}).get(table, [])

    def files(self) -> set[str]:
        """The bucket files the version last read or written names."""
        return set(self._layout.values())

    def _load(self) -> Tables:
        for _ in range(READ_TRIES):
            root = self._read_root()
            if schema_of(root) not in BUCKETED_SCHEMAS:  # an older (or newer) layout: as it is
                self._layout, self._keys = {}, {}
                return root
            try:
                return self._assemble(root)
            except BucketGone as gone:
                if not self.changed_on_disk():
                    raise self.missing(str(gone)) from None
        raise StoreError(
            f"{self._name} changed {READ_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    def _read_root(self) -> Tables:
        if self._root is not None:
            return self._root.read() or {}
        tables: Tables = {} if self._memory_root is None else orjson.loads(self._memory_root)
        return tables

    def _assemble(self, root: Tables) -> Tables:
        layout = self._bucket_files(root)
        tables = dict(root)
        merged: dict[str, dict[str, Any]] = {table: {} for table in BUCKET_TABLES}
        keys: dict[str, dict[str, list[str]]] = {}
        for bucket, name in layout.items():
            part = self._bucket(bucket, name)
            keys[bucket] = {}
            for table, docs in merged.items():
                held = part.get(table, {})
                before = len(docs)
                docs.update(held)
                keys[bucket][table] = list(held)
                if len(docs) != before + len(held):
                    raise self._clash(layout, list(keys), table)
        tables.update(merged)
        if schema_of(root) in ACTOR_BUCKETED_SCHEMAS:
            tables["entities"] = self._every_actor(root)
        # Articles in record id order, as one TinyDB table lists them: the order they came in.
        articles = merged["articles"]
        tables["articles"] = {key: articles[key] for key in sorted(articles, key=int)}
        self._layout, self._keys = layout, keys
        named = set(layout.values())
        for name in [n for n in self._parsed if n not in named]:
            del self._parsed[name]
        return tables

    def _every_actor(self, root: Tables) -> dict[str, Any]:
        """The ``entities`` table of every actor bucket ``root`` names, in record id order
        (BucketGone if a pack is not there)."""
        docs: dict[str, Any] = {}
        try:
            for _, part in every_bucket(self._files, actor_files(root, self._name), self._name):
                docs.update(part)
        except ActorBucketGone as gone:
            raise BucketGone(str(gone)) from None
        return {key: docs[key] for key in sorted(docs, key=int)}

    def _bucket_files(self, root: Tables) -> dict[str, str]:
        """The root's ``buckets`` record (and its ``counts``), refused if malformed."""
        layout = root.get("buckets", {}).get("1", {})
        counts = root.get("counts", {}).get("1", {})
        if (layout, counts) == self._layout_checked:  # the same objects: found at once
            return self._layout_checked[0]
        if not (
            isinstance(layout, dict)
            and all(
                isinstance(name, str) and (m := BUCKET_NAME.fullmatch(name)) and m[1] == bucket
                for bucket, name in layout.items()
            )
            and isinstance(counts, dict)
            and all(type(n) is int and n > 0 for n in counts.values())
        ):
            raise StoreError(f"{self._name} has a malformed schema record; move it aside.")
        self._layout_checked = (layout, counts)
        return layout

    def _bucket(self, bucket: str, name: str, *, keep: bool = True) -> Tables:
        """One bucket file's tables, kept by name for the next commit unless ``keep`` is off
        (a reader going through the buckets holds one at a time)."""
        part = self._parsed.get(name)
        if part is not None:
            return part
        try:
            data = self._files.read_bytes(name)
        except FileNotFoundError:
            raise BucketGone(name) from None
        except StoreError as exc:
            raise StoreError(
                f"{exc} It is a bucket of {self._name}'s catalog; {self._files.advice()}."
            ) from exc
        try:
            part = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise self._corrupt(name, f"not valid JSON: {exc.msg}") from exc
        if not isinstance(part, dict) or not all(
            map(is_table, (part.get(t, {}) for t in BUCKET_TABLES))
        ):
            raise self._corrupt(name, "not TinyDB tables of articles and index records")
        if keep:
            self._parsed[name] = part
        return part

    def _clash(self, layout: dict[str, str], buckets: list[str], table: str) -> StoreError:
        """Two bucket files hold records of one id: name the one holding records that are
        not its bucket's (a file copied over another), else the later one."""
        field = ARTICLE_FIELD[table]
        for bucket in buckets:
            docs = self._bucket(bucket, layout[bucket], keep=False).get(table, {})
            if any(bucket_of(str(doc.get(field))) != bucket for doc in docs.values()):
                return self._corrupt(layout[bucket], "it holds another bucket's records")
        return self._corrupt(layout[buckets[-1]], "its records share ids with another's")

    def missing(self, name: str) -> StoreError:
        """A bucket file the root names that is not there, in words."""
        return StoreError(
            f"{self._files.path_of(name)} is missing: {self._name} keeps some of its articles' "
            f"catalog records in it; {self._files.advice()}."
        )

    def _corrupt(self, name: str, why: str) -> StoreError:
        return StoreError(
            f"{self._files.path_of(name)} (a bucket of {self._name}'s catalog) is corrupt "
            f"({why}); {self._files.advice()}."
        )

    def forget(self) -> None:
        """Drop the version in memory: it may be ahead of the disk, or behind it."""
        self._tables = None
        if self._root is not None:
            self._root.forget()

    def close(self) -> None:
        self.forget()
        self._parsed.clear()
