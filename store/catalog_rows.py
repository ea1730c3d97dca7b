"""Checks of the catalog's rows before a reader builds them or a commit carries them on:
a bucket's tables in TinyDB's shape, each article row naming a piece file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from personae.store.folder import PIECE_NAME
from personae.store.model import Article
from personae.store.records import build_records
from personae.store.storage import StoreError, Tables


def is_table(docs: object) -> bool:
    """TinyDB's shape, ``{"<integer id>": {record}}``, checked a table at a time: a store's
    first read checks every record of its catalog."""
    if not isinstance(docs, dict):
        return False
    keys = "".join(docs)
    return (
        (keys.isdigit() or not docs)
        and keys.isascii()
        and "" not in docs
        and set(map(type, docs.values())) <= {dict}
    )


def check_piece_names(where: str, rows: Iterable[Any], advice: str = "move it aside") -> None:
    """Refuse article rows that do not each name a piece file."""
    for row in rows:
        piece = row.get("piece") if isinstance(row, dict) else None
        if not isinstance(piece, str) or not PIECE_NAME.fullmatch(piece):
            what = "lacks piece" if piece is None else "names no piece file"
            raise StoreError(
                f"{where} holds a malformed record (a record in articles {what}); {advice}."
            )


def check_rows(where: str, tables: Tables, advice: str = "move it aside") -> None:
    """Refuse catalog rows a commit would carry on though no reader could build them."""
    rows = list(tables.get("articles", {}).values())
    check_piece_names(where, rows, advice)
    body = {"text": "", "passages": [], "sentences": []}
    build_records(where, "articles", Article, ({**row, **body} for row in rows), advice)
