"""The relations as a CSV table: one row per relation, as event-data users load it.

The columns follow the event datasets analysts already read into pandas or R (a date, a
source and target actor with their kinds, a PLOVER type and its polarity), then what
personae adds: negation, hedging, attribution, the extractor's confidence, the layer, and
the article and evidence sentence each row stands on. docs/schema.md documents each one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import BinaryIO

from personae.store.catalog import Catalog
from personae.store.export import Load
from personae.store.export_scope import EVERYTHING, ExportView, Scope, article_views, plain
from personae.store.model import Relation, polarity

COLUMNS = (
    "date",
    "date_from",
    "source",
    "source_kind",
    "target",
    "target_kind",
    "type",
    "polarity",
    "negated",
    "hedge",
    "attributed_to",
    "confidence",
    "layer",
    "article_id",
    "title",
    "article_source",
    "url",
    "evidence",
    "start",
    "end",
    "summary",
    "relation_id",
    "source_id",
    "target_id",
)

#: A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A text cell no spreadsheet runs: a leading apostrophe before a formula's first sign."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_csv(catalog: Catalog, load: Load, out: BinaryIO, scope: Scope = EVERYTHING) -> None:
    """The table of the catalog's version, header first (also when no relation is kept), as
    UTF-8 with CRLF lines.  Written an article at a time, in the table's order (by date,
    those without one last, then by id), each one's rows made from it alone: a large
    archive exports in the memory its catalog takes."""
    views, _ = article_views(catalog, load, scope, in_order=True)
    out.write(_lines([COLUMNS]))
    for view in views:
        out.write(_lines(_row(view, r) for r in view.relations))


def _lines(rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _row(view: ExportView, relation: Relation) -> list[str]:
    article = view.articles[relation.article]
    date, date_from = view.date_of(relation)
    text = [
        date,
        date_from,
        view.name(relation.source),
        view.kind(relation.source),
        view.name(relation.target),
        view.kind(relation.target),
        plain(relation.type),
        polarity(relation.type),
        _flag(relation.negated),
        plain(relation.hedge),
        view.speaker(relation),
        _number(relation.confidence),
        plain(relation.provenance),
        plain(relation.article),
        plain(article.title),
        plain(article.source),
        plain(article.url),
        view.evidence(relation),
        str(relation.evidence.start),
        str(relation.evidence.end),
        plain(relation.summary),
        plain(relation.id),
        plain(relation.source),
        plain(relation.target),
    ]
    return [inert(cell) for cell in text]


def _flag(value: bool) -> str:
    """``true`` / ``false``: both pandas and R read these as booleans."""
    return "true" if value else "false"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3g}"
