"""Extraction in worker processes, giving the very records one process would give, filed
as the writer stores them (store/pieces.py, FiledArticle).

Extraction lends known entities' ids to the actors it finds, and the one-process ingest
knows, for file N, the store's entities and those files 1..N-1 created.  A worker knows the
store's entities (sent once) and whatever the writer has announced on the *known log* by the
time it starts a file; it notes every name it looked up and did not find.  The writer, which
settles files in order, re-extracts a file only when one of those names was created by an
earlier file the worker had not heard of: otherwise every look-up gave what it gives in one
process, so the records are the same, ids included.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import gc
import os
import pickle
import signal
import struct
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from personae.store.ingest.article_ids import ArticleIds
from personae.store.ingest.extract import KnownEntities
from personae.store.model import Entity
from personae.store.pieces import FiledArticle, filed

if TYPE_CHECKING:
    from personae.store.ingest.batch import FileResult

_FRAME = struct.Struct("<Q")


class NotedMisses(dict[str, Entity]):
    """Names by lower case, noting each one looked up in vain."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[str] = set()

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        if key not in self:
            self.misses.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Entity:
        if key not in self:
            self.misses.add(key)
        return super().__getitem__(key)


class KnownLog:
    """Entities the writer announces, in the order it settles files: appended by the writer,
    read by every worker from where it last stopped (length-prefixed pickles, whole frames)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: BinaryIO = path.open("ab")

    def announce(self, entities: tuple[Entity, ...]) -> None:
        if not entities:
            return
        data = pickle.dumps(entities, protocol=pickle.HIGHEST_PROTOCOL)
        self._handle.write(_FRAME.pack(len(data)) + data)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class LongLived:
    """Objects that live as long as an ingest, left out of garbage collection: the lexicons
    extraction loads on first use and the known entities.  The collector would walk them
    again and again (2% of an ingest's time) and never free one.  Frozen once the first
    article has been extracted (so re-reading unchanged files loads nothing), thawed at the
    end, so that a process that goes on (the explorer) collects as before.

    While frozen, the youngest generation is also collected less often (every YOUNG_OBJECTS
    allocations instead of 700): the writer holds a commit's worth of records, thousands of
    objects, and walked them at each of some 650 young collections per 1,000 files (a tenth
    of its time); the setting is restored with the thaw."""

    #: Allocations between two collections of the youngest generation while frozen.
    YOUNG_OBJECTS = 7_000

    def __init__(self) -> None:
        self.frozen = False
        self._thresholds: tuple[int, int, int] | None = None

    def freeze(self) -> None:
        if not self.frozen:
            gc.freeze()
            self._thresholds = gc.get_threshold()
            young, *older = self._thresholds
            gc.set_threshold(max(young, self.YOUNG_OBJECTS), *older)
            self.frozen = True

    def __enter__(self) -> LongLived:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.frozen:
            gc.unfreeze()
            if self._thresholds is not None:
                gc.set_threshold(*self._thresholds)
            self.frozen = False


class _Worker:
    """One worker's state: what it knows and how far into the log it has read."""

    def __init__(self, known: tuple[Entity, ...], log: Path) -> None:
        self.by_name = NotedMisses()
        self.known = KnownEntities()
        self.known.by_name = self.by_name
        for entity in known:
            self.known.add(entity)
        self.log = log.open("rb")
        self.buffer = b""
        self.ids = ArticleIds()
        """The batch's files' folders, each resolved once (see store/ingest/article_ids.py)."""

    def catch_up(self) -> None:
        self.buffer += self.log.read()
        while len(self.buffer) >= _FRAME.size:
            (size,) = _FRAME.unpack_from(self.buffer)
            end = _FRAME.size + size
            if len(self.buffer) < end:
                break  # the writer is still writing this frame
            for entity in pickle.loads(self.buffer[_FRAME.size : end]):
                self.known.add(entity)
            self.buffer = self.buffer[end:]


_state: _Worker | None = None
#: This worker's long-lived objects (see LongLived), frozen after its first extraction.
_long_lived = LongLived()
Settled = tuple["FileResult", FiledArticle | None, frozenset[str]]


def start_worker(known: tuple[Entity, ...], log: Path, watched: Connection) -> None:
    """Pool initializer: signals are the writer's to handle (a terminal's Ctrl+C or hang-up
    reaches the whole process group), and a worker whose writer died ends by itself: the
    writer holds the only other end of ``watched``, which the system closes with it."""
    global _state
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    _state = _Worker(known, log)

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            watched.recv()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def break_pool(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers, mid-file or idle (nothing of theirs is stored yet), and make
    sure the pool takes itself for broken.

    A worker killed while it sends a result leaves half a message in the result pipe, and
    the pool's manager thread, reading it, would wait for the rest for ever (and so would
    ``shutdown``, the files awaited and this process's exit): one stop signal in a few
    hundred hung so.  With this process's own writing end of that pipe closed too, the
    manager reads the pipe's end instead, takes the pool for broken and winds up.

    The pool starts a worker under its lock, so a worker another thread is starting is in
    its table once the lock is taken, and is killed with the rest."""
    with pool._shutdown_lock:
        for process in list((pool._processes or {}).values()):
            process.kill()
    writer = getattr(pool._result_queue, "_writer", None)  # the one end no worker holds
    if writer is not None:
        writer.close()


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool at once (see break_pool), starting no worker from then on.

    Workers ignore SIGTERM, which is all the pool itself sends them: one started after the
    others were killed (the workers still starting when a stop came) kept the pool waiting
    for it for ever, and the stopped ingest never exited (one stop in a hundred or two, on
    a loaded machine)."""
    with pool._shutdown_lock:
        pool._shutdown_thread = True  # a submit now refuses, and so starts no worker
    break_pool(pool)
    pool.shutdown(wait=True, cancel_futures=True)


class PoolWatch:
    """Breaks the pool when a worker died and the pool did not notice within GRACE seconds:
    one killed from outside (the out-of-memory killer) while it sent a result left the
    ingest waiting for ever (see break_pool).  Broken, the pool fails the files it held,
    and the writer reads them itself, as it does a lost worker's."""

    #: How long a dead worker may go unnoticed (the pool notices one in milliseconds).
    GRACE = 2.0
    #: How often the workers are looked at.
    EVERY = 0.5

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> PoolWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        self._thread.join()

    def _watch(self) -> None:
        dead_since: float | None = None
        while not self._stopped.wait(self.EVERY):
            if self._pool._broken:
                return  # the pool noticed: its futures fail, the files are read here
            processes = list((self._pool._processes or {}).values())
            if all(process.exitcode is None for process in processes):
                dead_since = None
            elif dead_since is None:
                dead_since = time.monotonic()
            elif time.monotonic() - dead_since >= self.GRACE:
                break_pool(self._pool)
                return


def ingest_in_worker(path: Path, previous: str | None, dry_run: bool) -> Settled:
    """One file read and extracted as the writer would, with the names missed on the way."""
    from personae.store.ingest.batch import ingest_one

    assert _state is not None, "start_worker runs first"
    _state.catch_up()
    _state.by_name.misses = set()
    hashes = {} if previous is None else {_state.ids.of(path): previous}
    result, records = ingest_one(path, _state.known, hashes, dry_run=dry_run, ids=_state.ids)
    if records is None:
        return result, None, frozenset(_state.by_name.misses)
    _long_lived.freeze()  # a worker's to its end
    return result, filed(records), frozenset(_state.by_name.misses)


Ingest = Callable[[Path, "str | None", bool], Settled]
"""One file read and extracted in a worker (``ingest_in_worker``): its path, the hash of
the version stored before (None: none), whether the run is a dry run."""


def in_turn(
    ingest: Ingest, files: Sequence[tuple[Path, str | None]], dry_run: bool
) -> list[Settled]:
    """Several files, one after the other, in one worker: each learns of the entities
    announced before it starts, as it would alone."""
    return [ingest(path, previous, dry_run) for path, previous in files]


class Task:
    """Files that travel to a worker together, and their outcomes once sent."""

    def __init__(self) -> None:
        self.files: list[tuple[Path, str | None]] = []
        self.future: Future[list[Settled]] | None = None


class InTask:
    """One file's outcome, from the task it travels in (sent when it is first asked for)."""

    def __init__(self, tasks: Tasks, task: Task, index: int) -> None:
        self._tasks, self._task, self._index = tasks, task, index

    def wait(self, timeout: float) -> bool:
        return bool(concurrent.futures.wait([self._future()], timeout).done)

    def result(self) -> Settled:
        return self._future().result()[self._index]

    def _future(self) -> Future[list[Settled]]:
        if self._task.future is None:
            self._tasks.send()
        assert self._task.future is not None
        return self._task.future


class Tasks:
    """Files handed to the workers ``size`` at a time: each message to a worker and back
    wakes the writer's threads and both processes, and a file takes a worker only a few
    milliseconds, so one message per file cost the workers and the writer as much as a
    tenth of the extraction.  A file asked for before its task is full is sent with it."""

    def __init__(
        self, send: Callable[[list[tuple[Path, str | None]]], Future[list[Settled]]], size: int
    ) -> None:
        self._send, self._size = send, size
        self._open: Task | None = None

    def submit(self, path: Path, previous: str | None) -> InTask:
        task = self._open
        if task is None:
            task = self._open = Task()
        task.files.append((path, previous))
        outcome = InTask(self, task, len(task.files) - 1)
        if len(task.files) >= self._size:
            self.send()
        return outcome

    def send(self) -> None:
        task, self._open = self._open, None
        if task is not None:
            task.future = self._send(task.files)


class Outcome(Protocol):
    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the outcome; whether it is there."""

    def result(self) -> Settled: ...


class ReadHere:
    """A file this process reads itself, in order, when its outcome is asked for; or, if
    the workers are up by then, hands to them (``sent``)."""

    def __init__(self, path: Path, read: Callable[[Path], Settled]) -> None:
        self.path, self._read = path, read
        self.sent: Outcome | None = None
        self.read = False

    def wait(self, timeout: float) -> bool:
        return self.sent is None or self.sent.wait(timeout)  # read here: there when asked

    def result(self) -> Settled:
        if self.sent is not None:
            return self.sent.result()
        self.read = True
        return self._read(self.path)


class WhileStarting:
    """Files read in this process while the workers start: starting them takes some 0.4 s
    (their server imports personae), in which a core would otherwise sit idle; and the
    files read here teach the workers their actors before they begin.  ``send`` hands a
    file to the workers once they are up, in order: those still waiting here first."""

    def __init__(self, read: Callable[[Path], Settled], send: Callable[[Path], Outcome]) -> None:
        self.ready = threading.Event()
        self._read, self._send = read, send
        self._here: list[ReadHere] = []

    def start(self, pool: ProcessPoolExecutor, jobs: int) -> None:
        """Start the workers in a thread: each runs a first, empty task."""

        def run() -> None:
            try:
                # a broken pool, or one shut (the batch stopped), or its server gone: the
                # files are then read here (BrokenProcessPool), or not at all
                with contextlib.suppress(
                    BrokenProcessPool, CancelledError, RuntimeError, EOFError, OSError
                ):
                    for started in [pool.submit(os.getpid) for _ in range(jobs)]:
                        started.result()
            finally:
                self.ready.set()

        threading.Thread(target=run, daemon=True).start()

    def submit(self, path: Path) -> Outcome:
        if not self.ready.is_set():
            here = ReadHere(path, self._read)
            self._here.append(here)
            return here
        for here in self._here:
            if not here.read:
                here.sent = self._send(here.path)
        self._here = []
        return self._send(path)
