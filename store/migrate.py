"""Bringing a store written by an older personae up to the current schema.

A migration works on the raw tables (TinyDB's ``{table: {doc_id: record}}``) so it can read
what the current model no longer describes.  The file as it was is kept beside the store
first, so a reader can always go back.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from personae.store.storage import Tables

#: ``MIGRATIONS[n]`` turns schema ``n`` into schema ``n + 1``.  None is needed yet: schema 1
#: is the first one released.
MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def migrate(path: Path | None, tables: Tables, version: int, target: int) -> Tables:
    """Apply each step from ``version`` to ``target``, copying the file aside first."""
    missing = [n for n in range(version, target) if n not in MIGRATIONS]
    if missing:
        raise LookupError(f"no way to migrate schema {missing[0]} to {missing[0] + 1}")
    if path is not None:
        shutil.copy2(path, backup_path(path, version))
    for step in range(version, target):
        tables = MIGRATIONS[step](tables)
    tables["meta"] = {"1": {"schema": target}}
    return tables
