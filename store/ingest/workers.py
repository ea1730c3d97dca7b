"""Extraction in worker processes, giving the very records one process would give.

Extraction lends known entities' ids to the actors it finds, and the one-process ingest
knows, for file N, the store's entities and those files 1..N-1 created.  A worker knows the
store's entities (sent once) and whatever the writer has announced on the *known log* by the
time it starts a file; it notes every name it looked up and did not find.  The writer, which
settles files in order, re-extracts a file only when one of those names was created by an
earlier file the worker had not heard of: otherwise every look-up gave what it gives in one
process, so the records are the same, ids included.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import struct
import threading
from dataclasses import fields
from multiprocessing.connection import Connection
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from personae.store.db import ArticleRecords
from personae.store.ingest.extract import KnownEntities
from personae.store.model import Article, Entity, Event, Mention, Relation, Span

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


class ShippedRecords(ArticleRecords):
    """An article's records as a worker sends them to the writer: as plain tuples of field
    values, spans as pairs, rebuilt into the very records on arrival.  Pickled as they are,
    each of an article's hundred records costs a call per field at each end; the writer,
    one process settling every file, unpickled slower than two workers extracted."""

    __slots__ = ()

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _unpack, _pack(self)


def _getter(kind: type) -> attrgetter[tuple[object, ...]]:
    return attrgetter(*(f.name for f in fields(kind)))


def _field_index(kind: type, name: str) -> int:
    return [f.name for f in fields(kind)].index(name)


_ARTICLE, _ENTITY, _MENTION = _getter(Article), _getter(Entity), _getter(Mention)
_RELATION, _EVENT = _getter(Relation), _getter(Event)
_PASSAGES, _SENTENCES = _field_index(Article, "passages"), _field_index(Article, "sentences")
_RELATION_EVIDENCE = _field_index(Relation, "evidence")
_EVENT_EVIDENCE = _field_index(Event, "evidence")


def _pack(records: ArticleRecords) -> tuple[object, ...]:
    article = list(_ARTICLE(records.article))
    article[_PASSAGES] = [(s.start, s.end) for s in records.article.passages]
    article[_SENTENCES] = [(s.start, s.end) for s in records.article.sentences]
    relations = [list(_RELATION(r)) for r in records.relations]
    for values, relation in zip(relations, records.relations, strict=True):
        values[_RELATION_EVIDENCE] = (relation.evidence.start, relation.evidence.end)
    events = [list(_EVENT(e)) for e in records.events]
    for values, event in zip(events, records.events, strict=True):
        values[_EVENT_EVIDENCE] = (event.evidence.start, event.evidence.end)
    return (
        article,
        [_ENTITY(e) for e in records.entities],
        [_MENTION(m) for m in records.mentions],
        relations,
        events,
    )


def _unpack(
    article: list[object],
    entities: list[tuple[object, ...]],
    mentions: list[tuple[object, ...]],
    relations: list[list[object]],
    events: list[list[object]],
) -> ArticleRecords:
    article[_PASSAGES] = tuple(Span(*pair) for pair in article[_PASSAGES])  # type: ignore[attr-defined]
    article[_SENTENCES] = tuple(Span(*pair) for pair in article[_SENTENCES])  # type: ignore[attr-defined]
    for values in relations:
        values[_RELATION_EVIDENCE] = Span(*values[_RELATION_EVIDENCE])  # type: ignore[misc]
    for values in events:
        values[_EVENT_EVIDENCE] = Span(*values[_EVENT_EVIDENCE])  # type: ignore[misc]
    return ArticleRecords(
        Article(*article),  # type: ignore[arg-type]
        tuple([Entity(*values) for values in entities]),  # type: ignore[arg-type]
        tuple([Mention(*values) for values in mentions]),  # type: ignore[arg-type]
        tuple([Relation(*values) for values in relations]),  # type: ignore[arg-type]
        tuple([Event(*values) for values in events]),  # type: ignore[arg-type]
    )


def shipped(records: ArticleRecords) -> ShippedRecords:
    """``records``, to be sent to the writer as plain values (see ShippedRecords)."""
    return ShippedRecords(
        records.article, records.entities, records.mentions, records.relations, records.events
    )


_state: _Worker | None = None
#: This worker's long-lived objects (see LongLived), frozen after its first extraction.
_long_lived = LongLived()
Settled = tuple["FileResult", ArticleRecords | None, frozenset[str]]


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


def ingest_in_worker(path: Path, previous: str | None, dry_run: bool) -> Settled:
    """One file read and extracted as the writer would, with the names missed on the way."""
    from personae.store.ingest.batch import article_id_for, ingest_one

    assert _state is not None, "start_worker runs first"
    _state.catch_up()
    _state.by_name.misses = set()
    hashes = {} if previous is None else {article_id_for(path): previous}
    result, records = ingest_one(path, _state.known, hashes, dry_run=dry_run)
    if records is None:
        return result, None, frozenset(_state.by_name.misses)
    _long_lived.freeze()  # a worker's to its end
    return result, shipped(records), frozenset(_state.by_name.misses)
