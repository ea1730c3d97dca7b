"""The store as documented JSON: quotes with offsets, entity references by id.

The layout is described in docs/schema.md; it is a stable interface for readers'
scripts, so fields are added, never renamed.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from personae.store.corrections import KINDS as CORRECTION_KINDS
from personae.store.db import Snapshot
from personae.store.model import SCHEMA_VERSION, Article, Entity, Event, Mention, Relation
from personae.store.text import UNPRINTABLE_UTF8


def export_document(
    snapshot: Snapshot, article_id: str | None = None, orphaned: dict[str, bool] | None = None
) -> dict[str, Any]:
    """Everything in ``snapshot``, or one article and the entities it involves; with the
    reader's corrections (all of them, or those of the article and of actors), each saying
    whether its target is gone (``orphaned``)."""
    articles = [a for a in snapshot.articles if article_id in (None, a.id)]
    keep = {a.id for a in articles}
    mentions = [m for m in snapshot.mentions if m.article in keep]
    relations = [r for r in snapshot.relations if r.article in keep]
    events = [e for e in snapshot.events if e.article in keep]
    involved = {m.entity for m in mentions}
    involved.update(x for r in relations for x in (r.source, r.target))
    involved.update(x for e in events for x in e.actors)
    affiliations = {e.id: e.affiliation for e in snapshot.entities if e.affiliation}
    involved.update(affiliations[x] for x in list(involved) if x in affiliations)
    entities = [e for e in snapshot.entities if article_id is None or e.id in involved]
    texts = {a.id: a.text for a in articles}
    return {
        "format": {"name": "personae", "schema": SCHEMA_VERSION},
        "articles": [_article(a) for a in sorted(articles, key=lambda a: a.id)],
        "entities": [_entity(e) for e in sorted(entities, key=lambda e: e.id)],
        "mentions": [_mention(m) for m in sorted(mentions, key=lambda m: (m.article, m.start))],
        "relations": [_relation(r, texts[r.article]) for r in relations],
        "events": [_event(e, texts[e.article]) for e in events],
        "corrections": [
            {**c.to_doc(), "orphaned": (orphaned or {}).get(c.id, False)}
            for c in snapshot.corrections
            if c.kind in CORRECTION_KINDS
            and (article_id is None or c.article in (None, article_id))
        ],
        "notes": [
            {**c.to_doc(), "orphaned": (orphaned or {}).get(c.id, False)}
            for c in snapshot.corrections
            if c.kind not in CORRECTION_KINDS and article_id in (None, c.article)
        ],
    }


def export_json(
    snapshot: Snapshot, article_id: str | None = None, orphaned: dict[str, bool] | None = None
) -> bytes:
    """The document as JSON in which nothing can act on a terminal it is printed to.

    orjson escapes only C0 controls; DEL, C1 controls and the bidi and zero-width marks a
    crafted store may hold are escaped here too (``\\u202e``): the same JSON to a parser.
    """
    return terminal_safe_json(
        export_document(snapshot, article_id, orphaned),
        option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE,
    )


def terminal_safe_json(value: object, *, option: int = 0) -> bytes:
    """``value`` as JSON with every character that could act on a terminal escaped, found in
    the UTF-8 bytes: a large export is never decoded into a string (up to four bytes a
    character) and encoded again."""
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
