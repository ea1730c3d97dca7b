"""The writer's side of the catalog's files: a commit's edit and its write.

A commit reads the root and only the buckets it changes (``editable``, ``load_bucket``,
``load_actors``), then writes each bucket it touched to a new file, the actor buckets it
touched to one pack (store/actors.py) and the summary of the new version into the root,
whose replace is the commit point (``write``).  A bucket file this writer wrote itself
is trusted as written: a long ingest splices new rows into it unparsed
(store/bucket_append.py).  Only under the store's writer lock; reading is
store/buckets.py's, and the layout, and why, docs/schema.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from personae.store.actors import ActorPacks, missing_pack, pack_name
from personae.store.bucket_append import WrittenIds, appended
from personae.store.buckets import (
    ACTOR_BUCKETED_SCHEMAS,
    BUCKET_TABLES,
    BucketGone,
    CatalogFiles,
    bucket_name,
    bucket_of,
    schema_of,
)
from personae.store.catalog_rows import check_rows
from personae.store.folder import StoreFolder
from personae.store.storage import Stamp, StoreError, Tables
from personae.store.summary import Summary, newest_of
from personae.store.tables import ARTICLE_FIELD, CatalogEditor


class CatalogWriter(CatalogFiles):
    """The catalog of one store as its one writer edits and writes it.

    What it parsed of a bucket file is kept by name (the file never changes), so its next
    commit reads nothing again; the files it wrote are trusted while they are as it left
    them."""

    def __init__(self, path: Path | None, files: StoreFolder, store_name: str) -> None:
        super().__init__(path, files, store_name)
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

    # -- editing ------------------------------------------------------------------------

    def editable(self) -> Tables:
        """The root's tables to edit, the ``articles`` and ``index`` tables holding only the
        buckets ``load_bucket`` added: a commit reads the buckets it changes, no others."""
        root = self.root()
        self._layout, self._keys, self._tables = self._bucket_files(root), {}, None
        self._actors.begin(root)
        self._editing = {**root, **{table: {} for table in (*BUCKET_TABLES, "entities")}}
        self._appending = set()
        return self._editing

    def upgrading(self, catalog: Tables) -> set[str]:
        """The actor packs of ``catalog``, a store of an older layout read whole that a
        commit writes anew: retired by that commit, named until then."""
        if schema_of(catalog) not in ACTOR_BUCKETED_SCHEMAS:
            return set()
        self._actors.begin(catalog)
        return {slot[0] for slot in self._actors.layout.values()}

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
            if schema_of(root) not in ACTOR_BUCKETED_SCHEMAS:
                return last
        highest = dict.fromkeys(BUCKET_TABLES, 0)
        if schema_of(root) in ACTOR_BUCKETED_SCHEMAS:
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

    # -- writing ------------------------------------------------------------------------

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
        # well formed as made: the next commit, reading this root back, need not check it
        self._layout_checked = (tables["buckets"]["1"], {})
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
        kept = self._kept_checked()
        ours = {b: self._checked_as_written(self._layout.get(b), kept) for b in parts}
        for table, field in ARTICLE_FIELD.items():
            docs, inserted = tables[table], set(editor.inserted.get(table, ()))
            for key in inserted:
                found = docs.get(key)
                if found is not None:
                    parts[bucket_of(str(found.get(field)))][table][key] = found
            for bucket, part in parts.items():
                for key in self._keys.get(bucket, {}).get(table, ()):
                    found = docs.get(key)
                    if found is None or key in inserted:
                        continue  # removed, or the id of a record this edit added
                    if not ours[bucket] and bucket_of(str(found.get(field))) != bucket:  # lost
                        raise self._corrupt(
                            self._layout[bucket], "it holds another bucket's records"
                        )
                    part[table][key] = found
        return parts

    def forget(self) -> None:
        """Drop the version in memory: after a failed commit it may be ahead of the disk."""
        super().forget()
        self._editing = None

    def close(self) -> None:
        super().close()
        self._actors.forget()
