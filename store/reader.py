"""Reading a store: one version of it, whatever writers do meanwhile.

Readers never lock.  What they read is chosen by the root alone (its schema, commit and
bucket layout): the explorer and `list` start from the catalog's summary in the root,
export reads everything (``snapshot``), ingest one bucket's content hashes at a time.  A
file gone while the root changed means a writer committed meanwhile: the read starts again
from the new root.  The writing side is store/db.py; the layout, and why, docs/schema.md.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from personae.store import migrate
from personae.store.actors import (
    ActorBucketGone,
    Registry,
    actor_files,
    every_bucket,
    missing_pack,
    read_bucket,
    shown,
)
from personae.store.buckets import (
    ACTOR_BUCKETED_SCHEMAS,
    BUCKETED_SCHEMAS,
    BucketGone,
    CatalogFiles,
    bucket_of,
    schema_of,
)
from personae.store.catalog import ArticleEntry, Catalog, CatalogChanged, actor_links
from personae.store.catalog_rows import check_piece_names
from personae.store.corrections import Correction
from personae.store.layer_file import LayerGone, read_layer
from personae.store.model import Article, Entity, Event, Mention, Relation
from personae.store.pieces import Piece, PieceGone, PieceLinks, Pieces
from personae.store.records import Snapshot, build_records, collector_paused
from personae.store.storage import Stamp, StoreError, Tables
from personae.store.summary import Summary

P = TypeVar("P")

#: The layout this personae writes: a catalog in buckets, the actors in buckets of their
#: own (each named by one article saying which), and a piece per article.  Schema 1 kept
#: the whole store in one file, schema 2 the catalog in one file, schema 3 the actors in
#: the root, schema 4 no article on any actor; each is read as it is, and upgraded at its
#: first write.  Schema 5 wrote its pieces as plain JSON: they are read as they are, and a
#: schema-5 store needs no upgrade (its next commit writes deflated pieces and schema 6).
STORE_SCHEMA = 6
#: The oldest layout a commit writes on without upgrading it first.
WRITTEN_ON_SCHEMA = 5
#: Catalog versions one snapshot reads before it gives up on a store that never stops changing.
SNAPSHOT_TRIES = 10


class StoreReader:
    """What a store answers without the writer lock (store/db.py's Store adds writing)."""

    path: Path | None
    _catalog: CatalogFiles
    _pieces: Pieces
    _checked: Stamp | None
    """The catalog version whose records were last checked (or written here)."""

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
                except (PieceGone, LayerGone) as gone:
                    if self.changed_on_disk():
                        continue
                    raise self._gone(gone) from None
            self._checked = stamp
            return snapshot
        raise StoreError(
            f"{self._name} changed {SNAPSHOT_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    def catalog(self) -> Catalog:
        """One version of the catalog: all the explorer, the article picker and ``list``
        start from; each article's piece is read when it is asked for (``load``).

        With a summary in the root (the count and the newest articles) that is all that is
        read: the buckets are read when something needs more (``Catalog.whole``).  Without
        one, they are read now, one at a time, each added to the catalog's compact tables
        and dropped before the next, so reading costs one bucket and the catalog, not every
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
                if version < BUCKETED_SCHEMAS[0]:  # the catalog in one file
                    self._rows(root)
                    catalog = Catalog.from_tables(self._name, root, stamp)
                else:
                    try:
                        registry = self._registry(root, stamp)
                        catalog = self._summarised(root, stamp, registry) or Catalog.from_parts(
                            self._name, registry, root, self._parts(root), stamp
                        )
                        catalog.corrections = self._layer(root)
                    except (BucketGone, LayerGone) as gone:
                        if self.changed_on_disk():
                            continue
                        raise self._gone(gone) from None
                self._checked = stamp
                return catalog
        raise StoreError(
            f"{self._name} changed {SNAPSHOT_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    def _registry(self, root: Tables, stamp: Stamp | None) -> Registry:
        """The actors of the version ``root`` is: from its actor buckets, each read when
        one of its actors is first asked for (CatalogChanged if a writer has removed it
        since, a StoreError naming it if it is missing or damaged); a store of schema 3
        holds them in its root."""
        if schema_of(root) not in ACTOR_BUCKETED_SCHEMAS:
            return Registry.of(
                build_records(self._name, "entities", Entity, table_docs(root, "entities"))
            )
        commit = meta_record(root).get("commit", 0)
        version = (stamp, commit if isinstance(commit, int) else 0)
        layout = actor_files(root, self._name)

        def gone(name: str) -> StoreError:
            if self._moved_on(version):
                return CatalogChanged(
                    f"{self._name} changed while it was being read; read it again."
                )
            return missing_pack(self._pieces, name, self._name)

        def read(bucket: str) -> dict[str, Any]:
            slot = layout.get(bucket)
            try:
                with collector_paused():
                    return (
                        {} if slot is None else read_bucket(self._pieces, bucket, slot, self._name)
                    )
            except ActorBucketGone as exc:
                raise gone(str(exc)) from None

        def read_every() -> Iterator[tuple[str, dict[str, Any]]]:
            try:
                yield from every_bucket(self._pieces, layout, self._name)
            except ActorBucketGone as exc:
                raise gone(str(exc)) from None

        return Registry(self._name, read, read_every)

    def _summarised(self, root: Tables, stamp: Stamp | None, registry: Registry) -> Catalog | None:
        """The catalog as the root's summary gives it, its buckets read when first needed;
        None if the root has no summary, or one whose rows are malformed (the buckets are
        then read at once, and name what is wrong)."""
        summary = Summary.of_root(root)
        if summary is None:
            return None
        rows = [row for _, row in summary.newest]
        try:
            check_piece_names(self._name, rows)
            newest = build_records(self._name, "articles", ArticleEntry, rows)
        except StoreError:
            return None
        commit = meta_record(root).get("commit", 0)
        version = (stamp, commit if isinstance(commit, int) else 0)
        return Catalog.of_summary(
            newest,
            summary.total,
            registry,
            version,
            lambda: self._whole_catalog(root, version, registry),
        )

    def _whole_catalog(
        self, root: Tables, version: tuple[Stamp | None, int], registry: Registry
    ) -> Catalog:
        """Every article of the version ``root`` is, from its buckets: CatalogChanged if
        a writer has removed one since, a StoreError naming one missing or damaged."""
        try:
            with collector_paused():
                return Catalog.from_parts(self._name, registry, root, self._parts(root), version[0])
        except BucketGone as gone:
            if self._moved_on(version):
                raise CatalogChanged(
                    f"{self._name} changed while it was being read; read it again."
                ) from None
            raise self._catalog.missing(str(gone)) from None

    def _moved_on(self, version: tuple[Stamp | None, int]) -> bool:
        """Whether the store on disk is no longer the version a catalog was read from."""
        stamp, commit = version
        if stamp is not None:
            return self._catalog.stamp_on_disk() != stamp
        return bool(meta_record(self._catalog.root()).get("commit", 0) != commit)

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
        reads (for `g`)."""
        if catalog.held is not None:
            return actor_links(catalog.held[article_id], actor)
        return self._read_piece(
            catalog,
            article_id,
            lambda name, row: self._pieces.parse_links(name, row, actor),
            whole_row=False,  # its id is all a piece read for links is checked against
        )

    def _read_piece(
        self,
        catalog: Catalog,
        article_id: str,
        parse: Callable[[str, dict[str, Any]], P],
        *,
        whole_row: bool = True,
    ) -> P:
        entry = catalog.entry(article_id)
        row = entry.row() if whole_row else {"id": entry.id}
        try:
            with collector_paused():
                return parse(entry.piece, row)  # not kept by name
        except PieceGone as gone:
            if self._moved_on(catalog.version):
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
        entities = build_records(self._name, "entities", Entity, table_docs(tables, "entities"))
        named = (
            actor
            for doc in table_docs(tables, "index")
            if isinstance(doc, dict) and isinstance(doc.get("actors"), dict)
            for actor in doc["actors"]
        )
        entities = shown(entities, named)
        self._pieces.keep_only({row["piece"] for row in rows})
        records = (tuple(articles), entities, tuple(mentions), tuple(relations), tuple(events))
        return Snapshot(*records, self._layer(tables))

    def _layer(self, root: Tables) -> tuple[Correction, ...]:
        """The reader's corrections the root names (store/corrections.py)."""
        return read_layer(root, self._pieces.read_bytes, self._pieces.path_of)

    def _gone(self, gone: Exception) -> StoreError:
        """A file the root names missing while the root has not changed, in words."""
        if isinstance(gone, PieceGone):
            return self._pieces.missing(gone)
        if isinstance(gone, LayerGone):
            path = self._pieces.path_of(str(gone))
            return StoreError(
                f"{path} is missing: {self._name} keeps the reader's corrections in it; "
                f"{self._pieces.advice()}."
            )
        return self._catalog.missing(str(gone))

    def _rows(self, tables: Tables) -> list[dict[str, Any]]:
        """The catalog's article rows, each naming a piece file and nothing else."""
        rows = list(table_docs(tables, "articles"))
        check_piece_names(self._name, rows)
        return rows

    def _single_file_snapshot(self, tables: Tables, version: int) -> Snapshot:
        """A store of the first layout, whole in one file, as it is (or was) read."""
        if version < migrate.SINGLE_FILE_SCHEMA:
            tables = migrate.upgrade_single_file(copy.deepcopy(tables), version)

        def records(table: str, kind: type[Any]) -> tuple[Any, ...]:
            return build_records(self._name, table, kind, table_docs(tables, table))

        return Snapshot(
            articles=records("articles", Article),
            entities=records("entities", Entity),
            mentions=records("mentions", Mention),
            relations=records("relations", Relation),
            events=records("events", Event),
        )

    def article_hashes(self, extractor_version: str | None = None) -> ArticleHashes:
        """Each stored article's content hash: how ingest knows a file is unchanged.  An
        article another ``extractor_version`` read (if one is given) has STALE_HASH instead,
        which no file's hash equals: its file is read again, so that a newer extractor
        reaches what is stored.

        Read a bucket at a time, as articles are asked for: adding one file to a large
        store reads the one bucket its article would be in."""
        return ArticleHashes(lambda bucket: self._hashes_in(bucket, extractor_version))

    def _hashes_in(self, bucket: str | None, extractor_version: str | None) -> dict[str, str]:
        """The content hash of each article of ``bucket`` (None, or a store of an older
        layout, whose catalog is one file: of every article)."""
        if bucket is None or self._schema(self._catalog.root()) < BUCKETED_SCHEMAS[0]:
            docs: Iterable[Any] = table_docs(self._read_catalog(), "articles")
        else:
            docs = self._catalog.bucket_rows(bucket).values()
        return {
            str(d.get("id")): (
                str(d.get("content_hash", ""))
                if extractor_version in (None, d.get("extractor_version"))
                else STALE_HASH
            )
            for d in docs
        }

    def entities(self) -> tuple[Entity, ...]:
        """Every actor of the registry, its buckets read one at a time (ingest lends their
        ids to the actors it finds, and needs no article to name them)."""
        for _ in range(SNAPSHOT_TRIES):
            root, stamp = self._catalog.root_version()
            self._schema(root)
            try:
                return tuple(self._registry(root, stamp).every())
            except CatalogChanged:
                continue
        raise StoreError(
            f"{self._name} changed {SNAPSHOT_TRIES} times while it was being read; "
            "try again when the writer has finished."
        )

    @property
    def stamp(self) -> Stamp | None:
        """The root's stamp as last read or written here (None in memory)."""
        return self._catalog.stamp

    def changed_on_disk(self) -> bool:
        """Whether the catalog on disk is not the version last read or written here."""
        return self._catalog.changed_on_disk()


def meta_record(tables: Tables) -> dict[str, Any]:
    meta = tables.get("meta", {}).get("1")
    return meta if isinstance(meta, dict) else {}


def table_docs(tables: Tables, table: str) -> Iterable[Any]:
    return tables.get(table, {}).values()


#: What ``article_hashes`` gives an article an older extractor read: no file's sha256.
STALE_HASH = "read by another extractor"


class ArticleHashes(Mapping[str, str]):
    """Each stored article's content hash, read a bucket at a time as articles are asked
    for, and kept for the batch: ingest asks once a file.  ``hashes_in(bucket)`` gives a
    bucket's (``None``: every article's, as iterating needs)."""

    def __init__(self, hashes_in: Callable[[str | None], dict[str, str]]) -> None:
        self._hashes_in = hashes_in
        self._known: dict[str, str] = {}
        self._read: set[str | None] = set()
        """Buckets already read (None: all of them)."""

    def __getitem__(self, article_id: str) -> str:
        bucket = bucket_of(article_id)
        if bucket not in self._read and None not in self._read:
            self._known.update(self._hashes_in(bucket))
            self._read.add(bucket)
        return self._known[article_id]

    def _everything(self) -> dict[str, str]:
        if None not in self._read:
            self._known = self._hashes_in(None)
            self._read.add(None)
        return self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._everything())

    def __len__(self) -> int:
        return len(self._everything())
