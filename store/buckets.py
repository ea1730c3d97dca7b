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
is still the commit point.

What needs the whole catalog reads the same logical tables as before (``meta``,
``articles``, ``entities``, ``index``, and ``buckets``): the buckets' tables merged.  The
rest reads less: opening a store the root (``root``), a commit the buckets it edits
(``editable``, ``load_bucket``, ``load_actors``), ingest one bucket's rows at a time
(``bucket_rows``), the explorer's catalog each bucket in turn, none kept (``stream``).  A
store of an older layout is given as its file holds it.  The layout, and why, is in
docs/schema.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from personae.store.actors import (
    ActorBucketGone,
    ActorPacks,
    actor_files,
    every_bucket,
    missing_pack,
    pack_name,
)
from personae.store.bucket_append import WrittenIds, appended
from personae.store.catalog_rows import check_rows, is_table
from personae.store.pieces import BUCKET_NAME, Pieces
from personae.store.storage import AtomicJSONStorage, Stamp, StoreError, Tables
from personae.store.summary import Summary, newest_of
from personae.store.tables import ARTICLE_FIELD, CatalogEditor

#: The layouts whose catalog is split into buckets; from the second, the actors too.
BUCKETED_SCHEMAS = (3, 4)
ACTOR_BUCKETED_SCHEMA = 4
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

    What a writer parsed of a bucket file is kept by name (the file never changes), so its
    next commit reads nothing again; a reader's ``read_version`` keeps nothing afterwards.
    """

    def __init__(self, path: Path | None, files: Pieces, store_name: str) -> None:
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
        self._editing: Tables | None = None
        """The tables a commit edits: the root and the buckets it loaded."""
        self._checked: tuple[Stamp | None, dict[str, Stamp]] = (None, {})
        """The root this writer last wrote, and the bucket files it names that this writer
        wrote (their rows checked) as written: a long ingest rewrites them unchecked."""
        self._written_ids = WrittenIds()
        self._appending: set[str] = set()
        """Buckets the commit being edited only adds articles to (see store/bucket_append.py)."""
        self._actors = ActorPacks(
            files, store_name, lambda name: self._checked_as_written(name, self._kept_checked())
        )
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

    # -- editing (only under the store's writer lock) -------------------------------------

    def editable(self) -> Tables:
        """The root's tables to edit, the ``articles`` and ``index`` tables holding only the
        buckets ``load_bucket`` added: a commit reads the buckets it changes, no others."""
        root = self.root()
        self._layout, self._keys, self._tables = self._bucket_files(root), {}, None
        self._actors.begin(root)
        self._editing = {**root, **{table: {} for table in (*BUCKET_TABLES, "entities")}}
        self._appending = set()
        return self._editing

    def load_actors(self, entity_id: str) -> dict[str, Any]:
        """Add the records of the actor's bucket to the tables being edited, and give them
        (nothing if they were added before): a commit reads the actor buckets it rewrites."""
        if self._editing is None:
            return {}
        return self._actors.load(entity_id, self._editing["entities"])

    def load_bucket(self, article_id: str) -> None:
        """Add the records of the article's bucket to the tables being edited (once)."""
        bucket = bucket_of(article_id)
        if self._editing is None or bucket in self._keys:
            return
        name = self._layout.get(bucket)
        if (
            name is not None
            and self._written_ids.holds(name, article_id) is False
            and self._checked_as_written(name, self._kept_checked())
        ):
            self._appending.add(bucket)  # a new article: its rows go after the file's
            return
        self._appending.discard(bucket)
        try:
            part = {} if name is None else self._bucket(bucket, name)
        except BucketGone:  # we hold the lock: no writer replaced it
            raise self.missing(str(name)) from None
        keys: dict[str, list[str]] = {}
        for table in BUCKET_TABLES:
            held, docs = part.get(table, {}), self._editing[table]
            if not held.keys().isdisjoint(docs):
                raise self._clash(self._layout, [*self._keys, bucket], table)
            docs.update(held)
            keys[table] = list(held)
        self._keys[bucket] = keys

    def last_ids(self, root: Tables) -> dict[str, int]:
        """The highest record id each of ``articles`` and ``index`` has used: new records
        take the next, unique across buckets.  The root's ``meta`` keeps them; a store
        written before it did is counted once from every bucket."""
        meta = root.get("meta", {}).get("1", {})
        ids = meta.get("ids") if isinstance(meta, dict) else None
        if isinstance(ids, dict) and all(
            type(ids.get(table)) is int and ids[table] >= 0 for table in BUCKET_TABLES
        ):
            last = {table: ids[table] for table in BUCKET_TABLES}
            if type(ids.get("entities")) is int and ids["entities"] >= 0:
                return {**last, "entities": ids["entities"]}
            if schema_of(root) != ACTOR_BUCKETED_SCHEMA:
                return last
        highest = dict.fromkeys(BUCKET_TABLES, 0)
        if schema_of(root) == ACTOR_BUCKETED_SCHEMA:
            try:
                highest["entities"] = max(map(int, self._every_actor(root)), default=0)
            except BucketGone as gone:  # we hold the lock: no writer replaced it
                raise missing_pack(self._files, str(gone), self._name) from None
        try:
            for _, part in self.stream(root):
                for table in BUCKET_TABLES:
                    highest[table] = max(highest[table], *map(int, part.get(table, {})), 0)
        except BucketGone as gone:  # we hold the lock: no writer replaced it
            raise self.missing(str(gone)) from None
        return highest

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
        if schema_of(root) == ACTOR_BUCKETED_SCHEMA:
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

    # -- writing (only under the store's writer lock) -------------------------------------

    def write(self, editor: CatalogEditor) -> None:
        """The buckets the edit touched, each to a new file, then the root: its replace is
        the commit point.  Bucket files this commit stops naming are added to the root's
        ``retired`` list, deleted by the next commit as pieces are.

        A bucket's rows are checked before anything is written: a commit must not carry on
        a record no reader could build (only the touched buckets are read this closely).
        """
        tables = editor.tables
        meta = tables["meta"]["1"]
        parts = self._parts(editor)
        before, layout = self._layout, dict(self._layout)
        superseded, files, spliced = [], {}, {}
        kept = self._kept_checked()
        for bucket, part in sorted(parts.items()):
            old = layout.pop(bucket, None)
            if old is not None:
                superseded.append(old)
            if any(part.values()):
                if old is not None and not self._checked_as_written(old, kept):
                    check_rows(
                        f"{self._files.path_of(old)} (a bucket of {self._name}'s catalog)",
                        part,
                        self._files.advice(),
                    )
                layout[bucket] = bucket_name(bucket, meta["commit"])
                if bucket in self._appending and old is not None:
                    spliced[layout[bucket]] = self._appended(bucket, old, part)
                else:
                    files[layout[bucket]] = part
        actor_parts = self._actors.parts(
            tables["entities"], editor.touched_actors, editor.inserted.get("entities", [])
        )
        pack, emptied = self._actors.pack(actor_parts, meta["commit"])
        superseded.extend(emptied)
        meta["retired"] = [*meta.get("retired", []), *superseded]
        meta["ids"] = editor.highest_ids()
        tables["buckets"] = {"1": dict(sorted(layout.items()))}
        tables["actors"] = {"1": self._actors.record()}
        summary = editor.summary
        if summary is None or summary.too_short():
            summary = self._summary_of(
                layout, {**files, **{name: orjson.loads(data) for name, data in spliced.items()}}
            )
        tables.pop("summary", None)
        if summary is not None:
            tables["summary"] = {"1": summary.to_doc(meta["commit"])}
        root = {
            name: docs
            for name, docs in tables.items()
            if name not in (*BUCKET_TABLES, "entities", "counts")
        }
        written: dict[str, Tables | bytes] = {**files, **spliced}
        if pack:
            written[pack_name(meta["commit"])] = pack
        try:
            self._files.write(written)
            if self._root is None:
                self._memory_root = orjson.dumps(root)
            else:
                self._root.write(root)
        except BaseException:
            self.forget()
            if not self.changed_on_disk():  # not committed: what it wrote goes with it
                self._files.remove(written)
            raise
        # The next read merges the buckets kept here again: the order every reader sees.
        self._tables, self._layout, self._editing = None, layout, None
        for bucket, part in parts.items():
            self._keys[bucket] = {table: list(part[table]) for table in BUCKET_TABLES}
        # Only what this commit wrote is kept: a long ingest touches every bucket in turn,
        # and keeping them all would hold the whole catalog parsed.
        named = set(layout.values())
        self._parsed = {name: part for name, part in files.items() if name in named}
        packs = {slot[0] for slot in self._actors.layout.values()}
        checked = {n: stamp for n, stamp in kept.items() if n in named or n in packs}
        checked.update((n, stamp) for n in written if (stamp := self._files.stamp(n)) is not None)
        self._checked = (self.stamp, checked)
        for bucket, part in parts.items():
            if (name := layout.get(bucket)) is not None:
                after = before.get(bucket) if name in spliced else None
                self._written_ids.written(name, part["articles"].values(), after)
        self._written_ids.keep_only(named)

    def _appended(self, bucket: str, old: str, part: Tables) -> bytes:
        """Bucket file ``old`` (this writer's) with the new rows of ``part`` after its own."""
        try:
            data = self._files.read_bytes(old)
        except FileNotFoundError:  # we hold the lock: no writer replaced it
            raise self.missing(old) from None
        joined = appended(data, part)
        if joined is None:  # not as this personae writes it: parsed, as any other
            whole = self._bucket(bucket, old, keep=False)
            joined = orjson.dumps({t: {**whole.get(t, {}), **part[t]} for t in BUCKET_TABLES})
        return joined

    def _kept_checked(self) -> dict[str, Stamp]:
        """The bucket files this writer wrote (so checked), if the root is still the one
        it wrote: a rewrite of one needs no check again (see ``_checked_as_written``)."""
        root, files = self._checked
        return files if root is not None and root == self.stamp else {}

    def _checked_as_written(self, name: str | None, checked: dict[str, Stamp]) -> bool:
        """Whether ``name`` is one of ``checked`` and unchanged since this writer wrote it."""
        return name in checked and self._files.stamp(name) == checked[name]

    def _summary_of(self, layout: dict[str, str], files: Mapping[str, Tables]) -> Summary | None:
        """The summary made from every article row of the new version: the buckets this
        commit writes as it writes them, the others read one at a time.  None if one of
        those cannot be read: the commit goes on without a summary, and readers, reading
        the catalog instead, name the damage."""
        total, newest = 0, list[tuple[str, dict[str, Any]]]()
        for bucket, name in layout.items():
            try:
                part = files.get(name) or self._bucket(bucket, name, keep=False)
            except (BucketGone, StoreError):
                return None
            rows = part.get("articles", {})
            total += len(rows)
            newest = newest_of([*newest, *rows.items()])
        return Summary(total, newest)

    def _parts(self, editor: CatalogEditor) -> dict[str, dict[str, dict[str, Any]]]:
        """The new contents of each bucket the edit touched (empty: no file any more)."""
        tables = editor.tables
        if editor.touched is None:  # every bucket, from every record
            parts: dict[str, dict[str, dict[str, Any]]] = {
                b: {t: {} for t in BUCKET_TABLES} for b in self._layout
            }
            for table, field in ARTICLE_FIELD.items():
                for key, doc in tables[table].items():
                    bucket = bucket_of(str(doc.get(field)))
                    parts.setdefault(bucket, {t: {} for t in BUCKET_TABLES})[table][key] = doc
            return parts
        parts = {bucket_of(a): {t: {} for t in BUCKET_TABLES} for a in editor.touched}
        for table, field in ARTICLE_FIELD.items():
            docs, inserted = tables[table], set(editor.inserted.get(table, ()))
            for key in inserted:
                found = docs.get(key)
                if found is not None:
                    parts[bucket_of(str(found.get(field)))][table][key] = found
            kept = self._kept_checked()
            for bucket, part in parts.items():
                ours = self._checked_as_written(self._layout.get(bucket), kept)
                for key in self._keys.get(bucket, {}).get(table, ()):
                    found = docs.get(key)
                    if found is None or key in inserted:
                        continue  # removed, or the id of a record this edit added
                    if not ours and bucket_of(str(found.get(field))) != bucket:  # lost: refuse
                        raise self._corrupt(
                            self._layout[bucket], "it holds another bucket's records"
                        )
                    part[table][key] = found
        return parts

    def forget(self) -> None:
        """Drop the version in memory: after a failed commit it may be ahead of the disk."""
        self._tables = self._editing = None
        if self._root is not None:
            self._root.forget()

    def close(self) -> None:
        self.forget()
        self._parsed.clear()
        self._actors.forget()
