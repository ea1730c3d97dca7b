"""What runs on each Dask worker of ``personae ingest --dask``: extraction of one file's
bytes, with the entities the worker has heard of, from a worker plugin (the store's
entities, also for workers that join later) and from what the writer announces as files
settle.

Every worker needs personae installed at the writer's extractor version (checked on each
file): ``pip install 'personae[dask]'`` on every machine.
"""

from __future__ import annotations

import threading
from pathlib import Path

from distributed import WorkerPlugin

from personae.store.ingest.batch import ingest_data
from personae.store.ingest.cluster import ClusterError
from personae.store.ingest.extract import EXTRACTOR_VERSION, KnownEntities
from personae.store.ingest.workers import NotedMisses, Settled
from personae.store.model import Entity
from personae.store.pieces import filed

_lock = threading.Lock()  # a worker may run tasks in several threads: one extraction at a time
_names = NotedMisses()
_known = KnownEntities()
_known.by_name = _names


def learn(entities: tuple[Entity, ...]) -> None:
    """Run on every worker by the writer as files settle: entities to lend ids from.

    Not under the lock: a file being extracted meanwhile either finds a name or notes it
    missed, and the writer re-extracts a file that missed a name an earlier file created."""
    for entity in entities:
        _known.add(entity)


async def hear(entities: tuple[Entity, ...]) -> None:
    """``learn`` as the writer sends it, without waiting for an answer (Dask runs only a
    coroutine that way): on the worker's event loop, between its tasks' look-ups."""
    learn(entities)


class StoredEntities(WorkerPlugin):
    """The store's entities, for every worker, those that join later too; what a worker
    learnt in an earlier ingest (another store, perhaps) is forgotten."""

    def __init__(self, stored: tuple[Entity, ...]) -> None:
        self.stored = stored

    def setup(self, worker: object) -> None:
        with _lock:
            _names.clear()
            learn(self.stored)


def extract_on_worker(
    path: Path,
    article_id: str,
    resolved: str,
    data: bytes,
    previous: str | None,
    dry_run: bool,
    version: str,
) -> Settled:
    """One file's bytes extracted as the writer would, with the names missed on the way."""
    if version != EXTRACTOR_VERSION:
        raise ClusterError(
            f"a Dask worker runs personae's extractor version {EXTRACTOR_VERSION}, this "
            f"personae version {version}; install the same personae on every worker."
        )
    with _lock:
        _names.misses = set()
        result, records = ingest_data(
            path, article_id, resolved, data, _known, previous, dry_run=dry_run
        )
        return result, None if records is None else filed(records), frozenset(_names.misses)
