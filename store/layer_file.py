"""The reader's layer on disk: one small TinyDB file in the pieces folder, written whole
by each correction (a new name each commit), named by the root's ``reviewed`` table.
What the corrections are and how they apply is store/corrections.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import orjson

from personae.store.corrections import KINDS as CORRECTION_KINDS
from personae.store.corrections import Correction
from personae.store.folder import LAYER_NAME
from personae.store.storage import StoreError, Tables
from personae.store.tables import CatalogEditor


class LayerGone(Exception):
    """The layer file the root names is not there: a writer may have replaced it."""


def layer_file(root: Tables) -> str | None:
    """The name of the layer file the root names (None: an empty layer, as older stores)."""
    record = root.get("reviewed", {}).get("1")
    name = record.get("file") if isinstance(record, dict) else None
    if name is None:
        return None
    if not isinstance(name, str) or not LAYER_NAME.fullmatch(name):
        raise StoreError("the store's root names a malformed reader's layer; move it aside.")
    return name


def read_layer(
    root: Tables, read_bytes: Callable[[str], bytes], where: Callable[[str], str]
) -> tuple[Correction, ...]:
    """The corrections of the version ``root`` is; LayerGone if its file is not there."""
    name = layer_file(root)
    if name is None:
        return ()
    try:
        data = read_bytes(name)
    except FileNotFoundError:
        raise LayerGone(name) from None
    try:
        tables = orjson.loads(data)
        docs = [*tables["corrections"].values(), *tables.get("notes", {}).values()]
        return tuple(sorted((_correction(doc) for doc in docs), key=_made))
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(
            f"{where(name)} (the reader's corrections) is corrupt; restore it from a backup, "
            "or move it aside to start the corrections afresh."
        ) from exc


def _correction(doc: Any) -> Correction:
    fields = ("id", "kind", "target", "value", "before", "who", "when")
    correction = Correction(**{name: doc[name] for name in fields}, undone=doc.get("undone"))
    texts = (correction.id, correction.kind, correction.who, correction.when)
    target = correction.target
    if not (
        all(isinstance(t, str) for t in texts)
        and isinstance(target, dict)
        and all(isinstance(v, str) for v in target.values())
        and isinstance(correction.undone, str | None)
    ):
        raise ValueError("a correction of the wrong shape")
    return correction


def _made(correction: Correction) -> int:
    """The commit that made a correction or note (its id's number): the layer's order."""
    number = correction.id.lstrip("c")
    return int(number) if number.isdigit() else 0


def layer_tables(layer: Iterable[Correction]) -> Tables:
    """The layer file's TinyDB tables: the corrections, and the notes and bookmarks
    (store/notes.py) beside them (a store without ``notes`` has none)."""
    kept = list(layer)
    corrections = [c for c in kept if c.kind in CORRECTION_KINDS]
    notes = [c for c in kept if c.kind not in CORRECTION_KINDS]
    tables: Tables = {
        "corrections": {str(n): c.to_doc() for n, c in enumerate(corrections, start=1)}
    }
    if notes:
        tables["notes"] = {str(n): c.to_doc() for n, c in enumerate(notes, start=1)}
    return tables


def layer_name(commit: int) -> str:
    return f"reviewed-{commit}.json"


def write_layer(
    editor: CatalogEditor, layer: Iterable[Correction], commit: int
) -> dict[str, Tables]:
    """Point the root being edited at a new layer file; the file to write with the commit
    (the old one retired with it, deleted by the next commit as pieces are)."""
    old = layer_file(editor.tables)
    if old is not None:
        editor.dropped_pieces.append(old)
    name = layer_name(commit)
    editor.tables["reviewed"] = {"1": {"file": name}}
    return {name: layer_tables(layer)}
