"""The store as documented JSON: quotes with offsets, entity references by id.

The layout is described in docs/schema.md; it is a stable interface for readers'
scripts, so fields are added, never renamed.
"""

from __future__ import annotations

import contextlib
import functools
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from personae.store.catalog import ArticleEntry, Catalog, CatalogChanged
from personae.store.corrections import KINDS as CORRECTION_KINDS
from personae.store.corrections import Correction
from personae.store.model import SCHEMA_VERSION, Article, Entity, Event, Mention, Relation
from personae.store.pieces import Piece
from personae.store.reader import SNAPSHOT_TRIES, StoreReader
from personae.store.reviewed import Review, ReviewedArticle
from personae.store.storage import StoreError
from personae.store.text import UNPRINTABLE_UTF8

#: Reads one article's piece of the catalog's version (StoreReader.load).
Load = Callable[[str], Piece]
#: Writes an export of a catalog's version into a file: ``write_json``, ``write_csv``.
Writer = Callable[[Catalog, Load, BinaryIO], None]


def from_store(
    store: StoreReader, write: Writer, out: BinaryIO, catalog: Catalog | None = None
) -> None:
    """``write`` one version of ``store`` (``catalog``'s, else the newest) into ``out``.  A
    piece a writer removed meanwhile (it committed twice) starts it again, ``out`` rewound,
    from the newest version, as a snapshot does."""
    for _ in range(SNAPSHOT_TRIES):
        catalog = catalog or store.catalog()
        out.seek(0)
        out.truncate()
        try:
            write(catalog, functools.partial(store.load, catalog), out)
            return
        except CatalogChanged:
            catalog = None
    raise StoreError(
        f"{store.path} changed {SNAPSHOT_TRIES} times while it was exported; "
        "try again when the writer has finished."
    )


def reviewed_pieces(
    review: Review, load: Load, ids: Iterable[str]
) -> Iterator[tuple[Article, ReviewedArticle]]:
    """Each article of ``ids`` with its records as the reader corrected them, read one at a
    time."""
    for one in ids:
        piece = load(one)
        article = piece.article
        yield article, review.article(article, piece.mentions, piece.relations, piece.events)


def in_scope(catalog: Catalog, article_id: str | None) -> list[ArticleEntry]:
    """Every article of the catalog, or the one asked for (a StoreError if it has left the
    store since it was found)."""
    if article_id is None:
        return list(catalog.whole().articles)
    if article_id not in catalog:
        raise StoreError(f"{article_id} left the store while it was exported; export again.")
    return [catalog.entry(article_id)]


def write_json(catalog: Catalog, load: Load, out: BinaryIO, article_id: str | None = None) -> None:
    """Everything in ``catalog``'s version of the store, or one article and the entities it
    involves, as JSON into ``out``, the records as the reader corrected them.

    One article's records are in memory at a time (``load`` reads its piece), so a large
    archive exports in the memory its catalog takes: the mentions, relations and events
    wait in temporary files until the articles and entities before them are written.
    """
    review = Review(catalog.corrections, catalog.entities)
    ids = sorted(a.id for a in in_scope(catalog, article_id))
    involved: set[str] = set()
    orphaned: dict[str, bool] = {}
    format_ = _nested({"name": "personae", "schema": SCHEMA_VERSION}, b"\n  ")
    out.write(b'{\n  "format": ' + format_ + b',\n  "articles": [')
    articles = _List(out)
    with contextlib.ExitStack() as stack:
        later = {name: _List(stack.enter_context(tempfile.TemporaryFile())) for name in _LATER}
        for article, reviewed in reviewed_pieces(review, load, ids):
            text = article.text
            orphaned.update(reviewed.orphaned)
            articles.add(_article(article))
            for mention in sorted(reviewed.mentions, key=lambda m: m.start):
                later["mentions"].add(_mention(mention))
                involved.add(mention.entity)
            for relation in reviewed.relations:
                later["relations"].add(_relation(relation, text))
                involved.update((relation.source, relation.target))
            for event in reviewed.events:
                later["events"].add(_event(event, text))
                involved.update(event.actors)
        articles.end()
        entities = review.entities
        if article_id is not None:  # and what the actors it involves belong to
            involved.update(entities[x].affiliation or x for x in list(involved) if x in entities)
        chosen = sorted(x for x in entities if article_id is None or x in involved)
        _List(out, "entities").extend(_entity(entities[x]) for x in chosen)
        for name, section in later.items():
            section.copy_to(out, name)
    orphaned.update(review.orphaned_elsewhere(ids))

    def listed(c: Correction) -> dict[str, Any]:
        return {**c.to_doc(), "orphaned": orphaned.get(c.id, False)}

    layer = review.corrections
    _List(out, "corrections").extend(
        listed(c)
        for c in layer
        if c.kind in CORRECTION_KINDS and (article_id is None or c.article in (None, article_id))
    )
    _List(out, "notes").extend(
        listed(c)
        for c in layer
        if c.kind not in CORRECTION_KINDS and article_id in (None, c.article)
    )
    out.write(b"\n}\n")


#: The lists written after the entities, kept in temporary files until then.
_LATER = ("mentions", "relations", "events")


def _nested(value: object, indent: bytes) -> bytes:
    """``value`` as indented JSON, each of its lines after the first at ``indent``."""
    return terminal_safe_json(value, option=orjson.OPT_INDENT_2).replace(b"\n", indent)


class _List:
    """One of the document's lists, written an item at a time into ``sink``, as orjson
    indents a whole document: the same bytes, never the whole document in memory."""

    ITEM = b"\n    "

    def __init__(self, sink: BinaryIO, name: str | None = None) -> None:
        """``name``: the list opens now, in the document ``sink`` is."""
        self.sink, self.count = sink, 0
        if name is not None:
            sink.write(b',\n  "' + name.encode() + b'": [')

    def add(self, value: object) -> None:
        self.sink.write(b"," * bool(self.count) + self.ITEM + _nested(value, self.ITEM))
        self.count += 1

    def extend(self, values: Iterable[object]) -> None:
        for value in values:
            self.add(value)
        self.end()

    def end(self) -> None:
        self.sink.write(b"\n  ]" if self.count else b"]")

    def copy_to(self, out: BinaryIO, name: str) -> None:
        """The list, kept in a temporary file, written into the document ``out``."""
        whole = _List(out, name)
        self.sink.seek(0)
        shutil.copyfileobj(self.sink, out)
        whole.count = self.count
        whole.end()


def terminal_safe_json(value: object, *, option: int = 0) -> bytes:
    """``value`` as JSON with every character that could act on a terminal escaped, found in
    the UTF-8 bytes: a large export is never decoded into a string (up to four bytes a
    character) and encoded again.

    orjson escapes only C0 controls; DEL, C1 controls and the bidi and zero-width marks a
    crafted store may hold are escaped here too (``\\u202e``): the same JSON to a parser."""
    return UNPRINTABLE_UTF8.sub(_escape, orjson.dumps(value, option=option))


def _escape(found: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(found.group().decode("utf-8"))


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "date": a.date,
        "dateline": a.dateline,
        "source": a.source,
        "url": a.url,
        "provenance": a.provenance,
        "text": a.text,
        "passages": [[p.start, p.end] for p in a.passages],
        "sentences": [[s.start, s.end] for s in a.sentences],
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "affiliation": e.affiliation,
        "provenance": e.provenance,
    }


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "entity": m.entity,
        "article": m.article,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "provenance": m.provenance,
    }


def _evidence(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "quote": text[start:end]}


def _relation(r: Relation, text: str) -> dict[str, Any]:
    return {
        "id": r.id,
        "article": r.article,
        "source": r.source,
        "target": r.target,
        "type": r.type,
        "polarity": r.polarity,
        "summary": r.summary,
        "negated": r.negated,
        "hedge": r.hedge,
        "attribution": r.attribution,
        "confidence": r.confidence,
        "evidence": _evidence(text, r.evidence.start, r.evidence.end),
        "provenance": r.provenance,
    }


def _event(e: Event, text: str) -> dict[str, Any]:
    return {
        "id": e.id,
        "article": e.article,
        "date": e.date,
        "precision": e.precision,
        "stated": e.stated,
        "label": e.label,
        "actors": list(e.actors),
        "evidence": _evidence(text, e.evidence.start, e.evidence.end),
        "provenance": e.provenance,
    }
