"""Extraction on a Dask cluster (``personae ingest --dask ADDRESS``), the writer's side:
for archives larger than one machine extracts in reasonable time.

This process reads every file (the cluster's machines need not see them), skips those
unchanged, and alone writes the store, in the order of the files, exactly as with local
worker processes: the same records, ids included (see workers.py).  What runs on the
workers is in dask_worker.py; Dask itself is imported only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Generator, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from personae.store.ingest.batch import (
    AHEAD_PER_JOB,
    FileResult,
    article_id_for,
    failure,
    settle_in_order,
)
from personae.store.ingest.extract import EXTRACTOR_VERSION, KnownEntities
from personae.store.ingest.files import kind_of, read_bytes
from personae.store.ingest.workers import Settled
from personae.store.interrupts import StopsNoted
from personae.store.model import Entity

if TYPE_CHECKING:
    from personae.store.pieces import FiledArticle

#: Seconds to wait for the scheduler before saying it cannot be reached.
CONNECT_SECONDS = 10.0


class ClusterError(Exception):
    """The cluster cannot do the work: one line for the reader, what and what to do."""


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "--dask needs Dask's distributed package: pip install 'personae[dask]'."
        ) from None
    try:
        _check_address(address)  # a client made for a malformed one hangs on its way out
    except ValueError as exc:
        raise ClusterError(
            f"--dask {address!r} is not a Dask scheduler's address ({exc}); "
            "give it as tcp://HOST:PORT, as `dask scheduler` prints it."
        ) from None
    try:
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach a Dask scheduler at {address} ({' '.join(str(exc).split())}); "
            "start one (`dask scheduler`, then `dask worker ADDRESS` on each machine) "
            "or check the address."
        ) from None


def _check_address(address: str) -> None:
    """ValueError, in Dask's words, for an address a scheduler cannot have."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    scheme, location = parse_address(address)
    get_backend(scheme)
    if scheme != "inproc":
        parse_host_port(location)


def on_cluster(
    address: str,
    paths: Iterable[Path],
    stored: tuple[Entity, ...],
    known: KnownEntities,
    hashes: Mapping[str, str],
    *,
    dry_run: bool,
) -> Generator[tuple[FileResult, FiledArticle | None], None, None]:
    """Each file's outcome in order, extracted by the cluster's workers; a stop signal is
    acted on only where this process waits for one, or once the client is closed."""
    from concurrent.futures import Future

    client = _connect(address)  # first: it says so if Dask is not installed
    from distributed import KilledWorker

    from personae.store.ingest.dask_worker import StoredEntities, extract_on_worker, hear

    with StopsNoted() as stops, contextlib.closing(client):
        client.register_plugin(StoredEntities(stored), name="personae-stored-entities")
        threads = max(sum(client.nthreads().values()), 1)

        def submit(path: Path) -> OnCluster:
            article_id = article_id_for(path)
            previous = hashes.get(article_id)
            settled: Future[Settled] = Future()
            try:
                kind_of(path)  # as ingest_one: refused before read, read once, size first
                data = read_bytes(path)
                resolved = str(path.resolve())
            except Exception as exc:  # the batch boundary: its one-line reason
                settled.set_result((failure(path, article_id, exc), None, frozenset()))
                return OnCluster(settled)
            if previous == hashlib.sha256(data).hexdigest():  # never sent anywhere
                settled.set_result((FileResult(path, "unchanged", article_id), None, frozenset()))
                return OnCluster(settled)
            sent = client.submit(
                extract_on_worker,
                path,
                article_id,
                resolved,
                data,
                previous,
                dry_run,
                EXTRACTOR_VERSION,
                pure=False,
            )
            return OnCluster(sent)

        def announce(entities: tuple[Entity, ...]) -> None:
            if entities:
                client.run(hear, entities, wait=False)

        yield from settle_in_order(
            paths,
            known,
            hashes,
            submit=submit,
            announce=announce,
            ahead=threads * AHEAD_PER_JOB,
            lost=(KilledWorker, OSError, TimeoutError),
            dry_run=dry_run,
            act=stops.act,
        )


class OnCluster:
    """A file's outcome as the cluster gives it (a Dask future), or as this process settled
    it (a concurrent.futures one): polled, since the two kinds wait differently."""

    #: How often a file not yet extracted is looked at.
    POLL = 0.01

    def __init__(self, future: Any) -> None:
        self._future = future

    def wait(self, timeout: float) -> bool:
        if not self._future.done():
            time.sleep(min(timeout, self.POLL))
        return bool(self._future.done())

    def result(self) -> Settled:
        return cast(Settled, self._future.result())
