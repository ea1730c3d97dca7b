"""Adding readers' files to the store: many at a time, one bad file never stopping the rest.

Articles are committed in small groups, each one atomic replace under the writer lock,
so a kill loses at most the group in flight and never half an article.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from personae.store.db import ArticleRecords, Store
from personae.store.ingest.extract import Extraction, KnownEntities, extract
from personae.store.ingest.files import IngestError, iter_article_files, parse_file, read_bytes
from personae.store.model import Article
from personae.store.text import clean_text

Status = Literal["added", "unchanged", "replaced", "failed", "would add"]
COMMIT_EVERY = 50
COMMIT_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    status: Status
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def article_id_for(path: Path) -> str:
    """Stable per file, unique across folders: re-ingesting a file replaces its article."""
    resolved = str(path.resolve())
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "article"
    return f"{stem}-{hashlib.sha256(resolved.encode()).hexdigest()[:6]}"


def ingest_paths(
    store: Store | None,
    paths: Sequence[Path],
    *,
    on_progress: Callable[[int, int, Path], None] | None = None,
    on_stored: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Ingest every article file under ``paths``; ``store=None`` is a dry run.

    ``on_stored`` hears of each article once it is on disk, not before.
    """
    results: list[FileResult] = []
    files: list[Path] = []
    for path in paths:
        try:
            files.extend(iter_article_files([path]))
        except IngestError as exc:
            results.append(FileResult(path, "failed", reason=exc.reason))
    known = KnownEntities()
    hashes: dict[str, str] = {}
    if store is not None:
        known = KnownEntities(store.entities())
        hashes = store.article_hashes()
    pending: list[tuple[FileResult, ArticleRecords]] = []
    last_commit = time.monotonic()
    for n, path in enumerate(dict.fromkeys(files), start=1):
        if on_progress:
            on_progress(n, len(files), path)
        result, records = _ingest_one(path, known, hashes, dry_run=store is None)
        if records is None:
            results.append(result)
            continue
        for entity in records.entities:
            known.add(entity)
        pending.append((result, records))
        if len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
            results.extend(_commit(store, pending, on_stored))
            pending, last_commit = [], time.monotonic()
    results.extend(_commit(store, pending, on_stored))
    return results


def _ingest_one(
    path: Path, known: KnownEntities, hashes: dict[str, str], *, dry_run: bool
) -> tuple[FileResult, ArticleRecords | None]:
    article_id = article_id_for(path)
    try:
        data = read_bytes(path)  # size checked first: an over-limit file is never read
        digest = hashlib.sha256(data).hexdigest()
        previous = hashes.get(article_id)
        if previous == digest:
            return FileResult(path, "unchanged", article_id), None
        raw = parse_file(path, data)
        found = extract(raw, article_id, known=known)
    except IngestError as exc:
        return FileResult(path, "failed", article_id, reason=exc.reason), None
    except OSError as exc:
        return FileResult(
            path, "failed", article_id, reason=f"cannot be read: {exc.strerror}"
        ), None
    article = replace(_clean_fields(found.article), content_hash=digest, path=str(path.resolve()))
    status: Status = "would add" if dry_run else "replaced" if previous else "added"
    result = FileResult(path, status, article_id, article.title, counts=_counts(found))
    return result, _records(found, article)


def _clean_fields(article: Article) -> Article:
    """Title, dateline, source and url come from headers and file names too: one line each,
    no controls (front matter and meta tags are not cleaned with the text)."""

    def one_line(value: str | None) -> str | None:
        return " ".join(clean_text(value).split()) or None if value is not None else None

    return replace(
        article,
        title=one_line(article.title) or "",
        dateline=one_line(article.dateline),
        source=one_line(article.source),
        url=one_line(article.url),
    )


def _records(found: Extraction, article: Article) -> ArticleRecords:
    return ArticleRecords(
        article=article,
        entities=tuple(found.entities),
        mentions=tuple(found.mentions),
        relations=tuple(found.relations),
        events=tuple(found.events),
    )


def _counts(found: Extraction) -> dict[str, int]:
    return {
        "actors": len(found.entities),
        "mentions": len(found.mentions),
        "relations": len(found.relations),
        "events": len(found.events),
    }


def _commit(
    store: Store | None,
    pending: list[tuple[FileResult, ArticleRecords]],
    on_stored: Callable[[FileResult], None] | None,
) -> list[FileResult]:
    """Reported only once stored: a kill before this line loses the group, not the store."""
    if store is not None and pending:
        store.put_many(records for _, records in pending)
        for result, _ in pending:
            if on_stored:
                on_stored(result)
    return [result for result, _ in pending]
