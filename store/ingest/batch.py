"""Adding readers' files to the store: many at a time, one bad file never stopping the rest.

Articles are committed in small groups, each one atomic replace under the writer lock,
so a kill loses at most the group in flight and never half an article.  Whatever goes wrong
while reading, parsing or extracting one file (any Exception) becomes that file's reason;
only KeyboardInterrupt and SystemExit stop the batch, and what was committed stays.
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
from personae.store.ingest.files import IngestError, find_articles, kind_of, parse_file, read_bytes
from personae.store.model import Article
from personae.store.text import clean_text

Status = Literal["added", "unchanged", "replaced", "failed", "would add", "skipped", "left out"]
"""Besides what became of a file read: "skipped", in a folder and of a kind personae does
not read (``reason`` says which: ".pdf"); "left out", hidden or the folder's paperwork."""
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
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):  # a symlink loop: the file then fails as unreadable
        resolved = str(path.absolute())
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "article"
    return f"{stem}-{hashlib.sha256(resolved.encode()).hexdigest()[:6]}"


def ingest_paths(
    store: Store | None,
    paths: Sequence[Path],
    *,
    on_progress: Callable[[int, int, Path], None] | None = None,
    on_stored: Callable[[FileResult], None] | None = None,
    results: list[FileResult] | None = None,
) -> list[FileResult]:
    """Ingest every article file under ``paths``; ``store=None`` is a dry run.

    ``on_stored`` hears of each article once it is on disk, not before.  ``results``, if
    given, is filled as files are settled (stored, unchanged or failed), so that a caller
    stopped by Ctrl+C or a store error can still say what was kept.
    """
    results = [] if results is None else results
    files: list[Path] = []
    for path in paths:
        try:
            found = find_articles(path)
        except IngestError as exc:
            results.append(FileResult(path, "failed", reason=exc.reason))
            continue
        files.extend(found.articles)
        results.extend(FileResult(p, "skipped", reason=kind) for p, kind in found.skipped)
        results.extend(FileResult(p, "left out", reason=why) for p, why in found.left_out)
        if not found.articles:
            results.append(
                FileResult(
                    path, "failed", reason="is a folder with no .txt, .md or .html articles in it"
                )
            )
    known = KnownEntities()
    hashes: dict[str, str] = {}
    if store is not None:
        known = KnownEntities(store.entities())
        hashes = store.article_hashes()
    pending: list[tuple[FileResult, ArticleRecords]] = []
    last_commit = time.monotonic()
    unique = list(dict.fromkeys(files))
    for n, path in enumerate(unique, start=1):
        if on_progress:
            on_progress(n, len(unique), path)
        result, records = _ingest_one(path, known, hashes, dry_run=store is None)
        if records is None:
            results.append(result)
            continue
        for entity in records.entities:
            known.add(entity)
        pending.append((result, records))
        if len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
            _commit(store, pending, on_stored, results)
            pending, last_commit = [], time.monotonic()
    _commit(store, pending, on_stored, results)
    return results


def _ingest_one(
    path: Path, known: KnownEntities, hashes: dict[str, str], *, dry_run: bool
) -> tuple[FileResult, ArticleRecords | None]:
    article_id = article_id_for(path)
    try:
        kind_of(path)  # a .pdf named on the command line is refused before it is read
        data = read_bytes(path)  # size checked first: an over-limit file is never read
        digest = hashlib.sha256(data).hexdigest()
        previous = hashes.get(article_id)
        if previous == digest:
            return FileResult(path, "unchanged", article_id), None
        raw = parse_file(path, data)
        found = extract(raw, article_id, known=known)
        article = replace(
            _clean_fields(found.article), content_hash=digest, path=str(path.resolve())
        )
        records = _records(found, article)
    except IngestError as exc:
        return FileResult(path, "failed", article_id, reason=exc.reason), None
    except OSError as exc:
        return FileResult(
            path, "failed", article_id, reason=f"cannot be read: {exc.strerror or exc}"
        ), None
    except MemoryError:
        return FileResult(path, "failed", article_id, reason="needs more memory than is free"), None
    except Exception as exc:  # the batch boundary: whatever one file raises is its reason
        return FileResult(path, "failed", article_id, reason=_unexpected(exc)), None
    status: Status = "would add" if dry_run else "replaced" if previous else "added"
    result = FileResult(path, status, article_id, article.title, counts=_counts(found))
    return result, records


def _unexpected(exc: Exception) -> str:
    """A failure nobody foresaw, in one line: its kind and the start of its message."""
    message = " ".join(str(exc).split())
    if len(message) > 160:
        message = message[:160] + "…"
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return f"could not be read ({detail}); please report this with the file"


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
    results: list[FileResult],
) -> None:
    """Reported only once stored: a kill before this line loses the group, not the store.

    Added to ``results`` the moment they are on disk, before anyone hears of them, so that
    a Ctrl+C while they are being announced still counts them as kept."""
    if store is not None and pending:
        store.put_many(records for _, records in pending)
    results.extend(result for result, _ in pending)
    if store is not None and on_stored:
        for result, _ in pending:
            on_stored(result)
