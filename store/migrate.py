"""Bringing a store written by an older personae up to the current layout.

Schema 1 kept the whole store in one TinyDB file; schema 2 a catalog and one piece per
article; schema 3 splits that catalog into a small root and buckets; schema 4 moves the
actor registry out of the root into buckets of its own; schema 5 has each actor that one
article names say which, so that the registry drops it with that article (docs/schema.md).
Readers read an older store as it is; the first write keeps the file as it was beside the
store (``PATH.schemaN.bak``), then splits it.  Single-file
migrations below schema 1 work on the raw tables, so they can read what the current model
no longer describes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Collection
from pathlib import Path

from personae.store.pieces import filed, piece_name
from personae.store.records import ArticleRecords, Snapshot
from personae.store.storage import Tables, fsync_folder
from personae.store.tables import NAMED_BY, CatalogEditor

#: The last schema that kept the whole store in one file.
SINGLE_FILE_SCHEMA = 1
#: ``MIGRATIONS[n]`` turns single-file schema ``n`` into ``n + 1``.  None is needed yet:
#: schema 1 is the first one released.
MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def check_way_forward(version: int) -> None:
    """Raise LookupError, before anything is read or written, if ``version`` cannot be read."""
    missing = [n for n in range(version, SINGLE_FILE_SCHEMA) if n not in MIGRATIONS]
    if missing:
        raise LookupError(f"no way to migrate schema {missing[0]} to {missing[0] + 1}")


def upgrade_single_file(tables: Tables, version: int) -> Tables:
    """A single-file store's tables, brought up to schema 1 in memory."""
    check_way_forward(version)
    for step in range(version, SINGLE_FILE_SCHEMA):
        tables = MIGRATIONS[step](tables)
    return tables


def keep_backup(path: Path, version: int) -> None:
    """Copy the store aside as it is, whole or not at all (a copy, then a rename)."""
    target = backup_path(path, version)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, path.open("rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(path, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)


def split(snapshot: Snapshot, commit: int, target: int) -> tuple[Tables, dict[str, Tables | bytes]]:
    """A single-file store's records as a schema-``target`` catalog and its pieces.

    Every record of an article goes to that article's piece; records of no stored article
    (which no reader could show) are left behind.
    """
    by_article: dict[str, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for table in ("mentions", "relations", "events"):
        for record in getattr(snapshot, table):
            by_article[record.article][table].append(record)
    catalog: Tables = {"meta": {"1": {"schema": target, "commit": commit, "retired": []}}}
    editor = CatalogEditor(catalog)
    pieces: dict[str, Tables | bytes] = {}
    for article in snapshot.articles:
        held = by_article[article.id]
        records = ArticleRecords(
            article,
            (),
            tuple(held["mentions"]),  # type: ignore[arg-type]
            tuple(held["relations"]),  # type: ignore[arg-type]
            tuple(held["events"]),  # type: ignore[arg-type]
        )
        name = piece_name(article.id, commit)
        article_filed = filed(records)
        editor.put_article(article_filed, name)
        pieces[name] = article_filed.piece
    for entity in snapshot.entities:
        editor.insert("entities", entity.to_doc())
    with_naming(catalog, ())
    return catalog, pieces


def into_buckets(catalog: Tables, commit: int, target: int, kept: Collection[str]) -> CatalogEditor:
    """A catalog of schema 2 to 4 (checked, its tables whole) as the edit that writes it as
    schema ``target``: every catalog and actor bucket new, the actors named as schema 5
    names them (``with_naming``; ``kept``: the actors the reader's corrections name).  The
    actors' counts of articles that schema 3 kept in the root go (docs/schema.md)."""
    catalog["meta"] = {"1": {"schema": target, "commit": commit}}
    for table in ("counts", "buckets", "actors", "summary"):
        catalog.pop(table, None)
    with_naming(catalog, kept)
    editor = CatalogEditor(catalog)
    editor.touched = editor.touched_actors = None
    return editor


def with_naming(catalog: Tables, kept: Collection[str]) -> None:
    """Each actor of the whole ``catalog`` that one article names, and no actor belongs
    to, made to say which (``named_by``); those no article names, that are not curated, no
    kept actor belongs to and ``kept`` does not hold, dropped: what readers of schema 4
    left out, and schema 5's commits drop."""
    naming: dict[str, list[str]] = defaultdict(list)
    for doc in catalog.get("index", {}).values():
        for actor in doc.get("actors", {}):
            if len(naming[actor]) < 2:
                naming[actor].append(doc.get("article"))
    entities = catalog.get("entities", {})
    named = {
        key
        for key, doc in entities.items()
        if doc.get("id") in naming or doc.get("provenance") == "curated"
    }
    owners = {entities[key].get("affiliation") for key in named} - {None}
    for key, doc in list(entities.items()):
        entity_id = doc.get("id")
        if key not in named and entity_id not in owners and entity_id not in kept:
            del entities[key]
            continue
        doc.pop(NAMED_BY, None)
        articles = naming.get(entity_id, [])
        if len(articles) == 1 and entity_id not in owners and doc.get("provenance") != "curated":
            doc[NAMED_BY] = articles[0]
