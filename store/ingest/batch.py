"""Adding readers' files to the store: many at a time, one bad file never stopping the rest.

Articles are committed in small groups, each one atomic replace under the writer lock,
so a kill loses at most the group in flight and never half an article; Ctrl+C commits the
files already read, then stops.  Whatever goes wrong while reading, parsing or extracting
one file (any Exception) becomes that file's reason; only KeyboardInterrupt and SystemExit
stop the batch, and what was committed stays.
Worker processes may read and extract; this process alone writes, in the order of the files.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Literal, Protocol, TypeVar, overload

from personae.store.db import ArticleRecords, Store
from personae.store.ingest.article_ids import ArticleIds, id_for_resolved, resolved_path
from personae.store.ingest.article_ids import article_id_for as article_id_for
from personae.store.ingest.extract import EXTRACTOR_VERSION, Extraction, KnownEntities, extract
from personae.store.ingest.files import (
    ArticleFiles,
    IngestError,
    kind_of,
    parse_file,
    read_bytes,
)
from personae.store.ingest.workers import (
    KnownLog,
    LongLived,
    Outcome,
    PoolWatch,
    Settled,
    Tasks,
    WhileStarting,
    in_turn,
    ingest_in_worker,
    start_worker,
    stop_workers,
)
from personae.store.interrupts import StopsNoted
from personae.store.model import Article, Entity
from personae.store.pieces import FiledArticle, filed
from personae.store.text import clean_text

Status = Literal["added", "unchanged", "replaced", "failed", "would add", "skipped", "left out"]
"""Besides what became of a file read: "skipped", in a folder and of a kind personae does
not read (``reason`` says which: ".pdf"); "left out", hidden or the folder's paperwork."""
#: A group of files is committed when it is this large, or this many seconds old.  Larger
#: groups were tried: at 100,000 articles, groups of up to 2,000 touched most of the
#: catalog's buckets at once and held them parsed (580 MB), and cost the writer more CPU
#: per file than groups of 50, not less.
COMMIT_EVERY = 50
COMMIT_SECONDS = 2.0
#: Fewer files than this are read in the writer's own process: starting workers costs more.
PARALLEL_FROM = 16
#: Files handed to the workers ahead of the writer, per worker: enough to keep each busy
#: while the writer commits (a commit of 50 files takes as long as extracting some ten;
#: with 4 the workers waited at every commit), few enough that memory stays flat however
#: many files a folder holds.
AHEAD_PER_JOB = 16
#: Files per message to a worker (see workers.Tasks).
FILES_PER_TASK = 4
#: Whether this process reads the first files while the workers start (workers.WhileStarting).
READ_WHILE_STARTING = True
#: How long a stop signal may wait, at most, while the writer waits for a file's outcome.
STOP_WITHIN = 0.1


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    status: Status
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than exist)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


class ResultSink(Protocol):
    """Where each file's outcome goes: a list, or a summary that keeps counts only."""

    def append(self, result: FileResult, /) -> None: ...


Sink = TypeVar("Sink", bound=ResultSink)
Progress = Callable[[int, int, Path | None], None]
"""Files settled so far, files in all, the last one settled (None before the first)."""


@overload
def ingest_paths(
    store: Store | None,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    dask: str | None = None,
    on_progress: Progress | None = None,
    on_stored: Callable[[FileResult], None] | None = None,
    results: None = None,
) -> list[FileResult]: ...


@overload
def ingest_paths(
    store: Store | None,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    dask: str | None = None,
    on_progress: Progress | None = None,
    on_stored: Callable[[FileResult], None] | None = None,
    results: Sink,
) -> Sink: ...


def ingest_paths(
    store: Store | None,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    dask: str | None = None,
    on_progress: Progress | None = None,
    on_stored: Callable[[FileResult], None] | None = None,
    results: ResultSink | None = None,
) -> ResultSink:
    """Ingest every article file under ``paths``; ``store=None`` is a dry run.

    ``jobs`` processes read and extract files (one: all in this process), or with ``dask``
    (a scheduler's address) the workers of a Dask cluster extract them; this process alone
    writes, in the order of the files, so the store ends the same whichever does.
    ``on_stored`` hears of each article once it is on disk, not before.  ``results``, if
    given, is filled as files are settled (stored, unchanged or failed), so that a caller
    stopped by Ctrl+C or a store error can still say what was kept.
    """
    sink: ResultSink = [] if results is None else results
    files = ArticleFiles(paths)
    total = files.survey(
        lambda path, status, why: sink.append(FileResult(path, status, reason=why))
    )
    if on_progress:
        on_progress(0, total, None)
    stored: tuple[Entity, ...] = ()
    hashes: Mapping[str, str] = {}
    if store is not None:
        stored = store.entities()
        hashes = store.article_hashes(EXTRACTOR_VERSION)  # an older one's are read again
    known = KnownEntities(stored)
    dry_run = store is None
    if dask is not None:
        from personae.store.ingest.cluster import on_cluster

        settled = on_cluster(dask, files, stored, known, hashes, dry_run=dry_run)
    elif jobs > 1 and total >= PARALLEL_FROM:
        settled = _in_workers(files, stored, known, hashes, jobs=jobs, dry_run=dry_run)
    else:
        settled = (filed_one(path, known, hashes, dry_run=dry_run) for path in files)
    pending: list[tuple[FileResult, FiledArticle]] = []
    last_commit = time.monotonic()
    try:
        with LongLived() as long_lived, closing(settled):  # stopped early, workers stop too
            for n, (result, records) in enumerate(settled, start=1):
                if on_progress:
                    on_progress(n, max(total, n), result.path)
                if records is None:
                    sink.append(result)
                    continue
                long_lived.freeze()
                for entity in records.entities:
                    known.add(entity)
                pending.append((result, records))
                if len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
                    _commit(store, pending, on_stored, sink)
                    last_commit = time.monotonic()
    except KeyboardInterrupt:  # Ctrl+C or a stop signal: the files already read are kept
        _commit(store, pending, on_stored, sink)
        raise
    _commit(store, pending, on_stored, sink)
    return sink


def _in_workers(
    paths: Iterable[Path],
    stored: tuple[Entity, ...],
    known: KnownEntities,
    hashes: Mapping[str, str],
    *,
    jobs: int,
    dry_run: bool,
) -> Generator[tuple[FileResult, FiledArticle | None], None, None]:
    """Each file's outcome in order, read and extracted by ``jobs`` worker processes.

    The caller adds each file's entities to ``known`` before asking for the next one.
    Where workers cannot run (no semaphores, as in a container without /dev/shm) or one is
    killed, the files left are read in this process.
    """
    with StopsNoted() as stops, tempfile.TemporaryDirectory(prefix="personae-ingest-") as scratch:
        log = KnownLog(Path(scratch) / "known")
        context = multiprocessing.get_context("forkserver")
        # the server ends quietly if we die; extraction's code and tables load once in it,
        # not once per worker
        context.set_forkserver_preload(
            [
                "personae.store.ingest.quiet_server",
                __name__,
                "personae.store.ingest.lexicons_loaded",
            ]
        )
        watched, held = context.Pipe(duplex=False)  # workers watch the end this one holds
        try:
            pool = ProcessPoolExecutor(
                jobs,
                mp_context=context,
                initializer=start_worker,
                initargs=(stored, log.path, watched),
            )
        except OSError:
            for path in paths:
                yield filed_one(path, known, hashes, dry_run=dry_run)
            return

        def send(files: list[tuple[Path, str | None]]) -> Future[list[Settled]]:
            try:
                return pool.submit(in_turn, ingest_in_worker, files, dry_run)
            except BrokenProcessPool as broken:  # settled in order, read here
                future: Future[list[Settled]] = Future()
                future.set_exception(broken)
                return future

        tasks = Tasks(send, FILES_PER_TASK)
        ids = ArticleIds()

        def there(path: Path) -> Outcome:
            return tasks.submit(path, hashes.get(ids.of(path)))

        def here(path: Path) -> Settled:
            return (*filed_one(path, known, hashes, dry_run=dry_run), frozenset())

        starting = WhileStarting(here, there)
        if READ_WHILE_STARTING:
            starting.start(pool, jobs)
        else:
            starting.ready.set()

        try:
            with PoolWatch(pool):  # a worker killed as it sent a result: the pool breaks
                yield from settle_in_order(
                    paths,
                    known,
                    hashes,
                    submit=starting.submit,
                    announce=log.announce,
                    ahead=jobs * AHEAD_PER_JOB,
                    lost=(BrokenProcessPool,),
                    dry_run=dry_run,
                    act=stops.act,
                )
        finally:
            stop_workers(pool)
            held.close()
            log.close()


def settle_in_order(
    paths: Iterable[Path],
    known: KnownEntities,
    hashes: Mapping[str, str],
    *,
    submit: Callable[[Path], Outcome],
    announce: Callable[[tuple[Entity, ...]], None],
    ahead: int,
    lost: tuple[type[Exception], ...],
    dry_run: bool,
    act: Callable[[], None],
) -> Generator[tuple[FileResult, FiledArticle | None], None, None]:
    """Each file's outcome in order, extracted elsewhere (worker processes, a cluster).

    Stop signals are only noted meanwhile (see store/interrupts.py): ``act`` acts on one
    at least every STOP_WITHIN seconds, wherever this waits.

    At most ``ahead`` files are in flight: however large the folder, only a few articles
    are in memory.  A file extracted without an entity an earlier file of the batch created
    is extracted again here; ``announce`` tells the extractors of the entities each settled
    file teaches, so that this stays rare.  A file whose extractor was lost (killed, out of
    memory: an exception of ``lost``) is read here instead.
    """
    waiting = iter(paths)
    in_flight: deque[tuple[Path, Outcome]] = deque()

    def hand_out() -> None:
        for path in islice(waiting, ahead - len(in_flight)):
            in_flight.append((path, submit(path)))

    hand_out()
    while in_flight:
        path, outcome = in_flight.popleft()
        while not outcome.wait(STOP_WITHIN):
            act()
        act()
        try:
            result, records, missed = outcome.result()
        except lost:
            result, records = filed_one(path, known, hashes, dry_run=dry_run)
        else:
            if records is not None and any(name in known.by_name for name in missed):
                # an earlier file of this batch, not yet heard of, named an actor it met
                result, records = filed_one(path, known, hashes, dry_run=dry_run)
        if records is not None:  # before the next files are handed out
            announce(tuple(e for e in records.entities if _news(e, known)))
        hand_out()
        yield result, records


def _news(entity: Entity, known: KnownEntities) -> bool:
    """Whether adding ``entity`` teaches ``known`` a name: if not, workers need not hear of it
    (the first entity with a name keeps it)."""
    return any(name.lower() not in known.by_name for name in entity.names)


def ingest_one(
    path: Path,
    known: KnownEntities,
    hashes: Mapping[str, str],
    *,
    dry_run: bool,
    ids: ArticleIds | None = None,
) -> tuple[FileResult, ArticleRecords | None]:
    """One file read, extracted and turned into records, or its reason for failing.  The
    path is resolved once, for the article's id and the path it records (each resolution
    asks the file system about every folder on the way; ``ids``, those of a batch, asks
    once a folder)."""
    resolved = resolved_path(path) if ids is None else ids.resolved(path)
    article_id = id_for_resolved(path, resolved or str(path.absolute()))
    try:
        kind_of(path)  # a .pdf named on the command line is refused before it is read
        data = read_bytes(path)  # size checked first: an over-limit file is never read
        if resolved is None:
            resolved = str(path.resolve())  # raises again: the file's reason
    except Exception as exc:  # the batch boundary: whatever one file raises is its reason
        return failure(path, article_id, exc), None
    previous = hashes.get(article_id)
    return ingest_data(path, article_id, resolved, data, known, previous, dry_run=dry_run)


def filed_one(
    path: Path, known: KnownEntities, hashes: Mapping[str, str], *, dry_run: bool
) -> tuple[FileResult, FiledArticle | None]:
    """``ingest_one``, its records filed as a commit stores them (store/pieces.py)."""
    result, records = ingest_one(path, known, hashes, dry_run=dry_run)
    return result, None if records is None else filed(records)


def ingest_data(
    path: Path,
    article_id: str,
    resolved: str,
    data: bytes,
    known: KnownEntities,
    previous: str | None,
    *,
    dry_run: bool,
) -> tuple[FileResult, ArticleRecords | None]:
    """A file's bytes, already read, extracted and turned into records: anywhere, since
    nothing here touches the file system (``resolved`` is the path the article records)."""
    try:
        digest = hashlib.sha256(data).hexdigest()
        if previous == digest:
            return FileResult(path, "unchanged", article_id), None
        raw = parse_file(path, data)
        found = extract(raw, article_id, known=known)
        article = replace(_clean_fields(found.article), content_hash=digest, path=resolved)
        records = _records(found, article)
    except Exception as exc:  # the batch boundary: whatever one file raises is its reason
        return failure(path, article_id, exc), None
    status: Status = "would add" if dry_run else "replaced" if previous else "added"
    result = FileResult(path, status, article_id, article.title, counts=_counts(found))
    return result, records


def failure(path: Path, article_id: str, exc: Exception) -> FileResult:
    """What a file that raised ``exc`` gets told: its one-line reason."""
    if isinstance(exc, IngestError):
        reason = exc.reason
    elif isinstance(exc, OSError):
        reason = f"cannot be read: {exc.strerror or exc}"
    elif isinstance(exc, MemoryError):
        reason = "needs more memory than is free"
    else:
        reason = _unexpected(exc)
    return FileResult(path, "failed", article_id, reason=reason)


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
    pending: list[tuple[FileResult, FiledArticle]],
    on_stored: Callable[[FileResult], None] | None,
    results: ResultSink,
) -> None:
    """Reported only once stored: a kill before this line loses the group, not the store.
    ``pending`` is left empty.

    Added to ``results`` the moment they are on disk, before anyone hears of them, so that
    a Ctrl+C while they are being announced still counts them as kept (and is not stored
    twice); one during the commit waits until they are counted."""
    group = list(pending)
    with StopsNoted():  # a stop meanwhile waits until the group is stored and counted
        if store is not None and group:
            store.put_many(records for _, records in group)
        for result, _ in group:
            results.append(result)
        pending.clear()
    if store is not None and on_stored:
        for result, _ in group:
            on_stored(result)
