"""The bundled article and its hand-curated annotation, turned into store records.

The annotation file names evidence by quoting it; the quote is widened to the sentence
that holds it, so the data stays readable and survives re-segmentation.  Mentions are
not typed in: they are found by matching each actor's curated names against the text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson

from personae.store.db import ArticleRecords
from personae.store.ingest.read import parse_plain
from personae.store.mentions import find_mentions
from personae.store.model import PRECISIONS, RELATION_TYPES, Article, Entity, Event, Relation, Span
from personae.store.text import passages_of, sentences_of

ASSETS = Path(__file__).resolve().parent.parent / "assets"
BUNDLED_ANNOTATION = ASSETS / "iran-russia-alliance.annotation.json"


class AnnotationError(ValueError):
    """The curated data does not fit its article: a bug in assets/, reported precisely."""


def bundled_records(annotation_path: Path = BUNDLED_ANNOTATION) -> ArticleRecords:
    data: dict[str, Any] = orjson.loads(annotation_path.read_bytes())
    meta = data["article"]
    raw_bytes = (annotation_path.parent / meta["file"]).read_bytes()
    raw = parse_plain(raw_bytes.decode("utf-8"))
    passages = passages_of(raw.text)
    sentences = sentences_of(raw.text, passages)
    article = Article(
        id=meta["id"],
        title=raw.title,
        text=raw.text,
        passages=passages,
        sentences=sentences,
        date=raw.date,
        dateline=raw.dateline,
        source=meta.get("source"),
        path=meta["file"],
        content_hash=hashlib.sha256(raw_bytes).hexdigest(),
        provenance="curated",
    )
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            kind=e["kind"],
            aliases=tuple(e.get("aliases", ())),
            provenance="curated",
        )
        for e in data["entities"]
    )
    known = {e.id for e in entities}
    relations = tuple(
        _relation(article, n, r, known) for n, r in enumerate(data["relations"], start=1)
    )
    events = tuple(_event(article, n, e, known) for n, e in enumerate(data["events"], start=1))
    mentions = tuple(find_mentions(article.text, article.id, entities, provenance="curated"))
    return ArticleRecords(article, entities, mentions, relations, events)


def evidence_sentence(article: Article, quote: str) -> Span:
    """The sentence holding ``quote``, which must occur exactly once in the article."""
    start = article.text.find(quote)
    if start < 0 or article.text.find(quote, start + 1) >= 0:
        problem = "not found" if start < 0 else "found more than once"
        raise AnnotationError(f"evidence quote {problem} in {article.id}: {quote!r}")
    for sentence in article.sentences:
        if sentence.start <= start and start + len(quote) <= sentence.end:
            return sentence
    raise AnnotationError(f"evidence quote spans two sentences in {article.id}: {quote!r}")


def _check_actors(ids: list[str], known: set[str], where: str) -> None:
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise AnnotationError(f"{where} names unknown actors {unknown}")


def _relation(article: Article, n: int, r: dict[str, Any], known: set[str]) -> Relation:
    rid = f"{article.id}:r{n}"
    _check_actors([r["source"], r["target"]], known, rid)
    if r["type"] not in RELATION_TYPES:
        raise AnnotationError(f"{rid} has unknown type {r['type']!r}")
    return Relation(
        id=rid,
        article=article.id,
        source=r["source"],
        target=r["target"],
        type=r["type"],
        evidence=evidence_sentence(article, r["evidence"]),
        summary=r.get("summary", ""),
        negated=bool(r.get("negated", False)),
        hedge=r.get("hedge"),
        attribution=r.get("attribution"),
        provenance="curated",
    )


def _event(article: Article, n: int, e: dict[str, Any], known: set[str]) -> Event:
    eid = f"{article.id}:e{n}"
    _check_actors(list(e.get("actors", ())), known, eid)
    if e["precision"] not in PRECISIONS:
        raise AnnotationError(f"{eid} has unknown precision {e['precision']!r}")
    return Event(
        id=eid,
        article=article.id,
        date=str(e["date"]),
        precision=e["precision"],
        stated=bool(e["stated"]),
        label=e["label"],
        evidence=evidence_sentence(article, e["evidence"]),
        actors=tuple(e.get("actors", ())),
        provenance="curated",
    )
