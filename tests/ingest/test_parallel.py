"""Ingest with several worker processes stores exactly what one process stores.

Extraction lends an actor the id of an entity met before, in the store or in an earlier
file of the same batch; with workers reading ahead of the writer, a file may be extracted
before the file that introduced its actor is settled.  The store must not tell the
difference: same articles, same entities, same ids, same relations and events.
"""

from __future__ import annotations

import os
import pickle
import signal
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import personae.store.ingest.batch as batch
import personae.tui.commands as commands
from personae.store.db import Snapshot, Store
from personae.store.ingest.batch import FileResult, ingest_one, ingest_paths
from personae.store.ingest.extract import KnownEntities
from personae.store.ingest.workers import ingest_in_worker
from personae.store.model import Relation
from personae.store.pieces import filed
from personae.tui.cli import main
from tests.tools.bench_ingest import write_batch

#: Enough files for the workers to run ahead of the writer, with actors shared between files.
FILES = 40

# Two files of one new actor under two forms: the second is extracted by a worker before the
# first is settled, so only the writer's check can give it the first file's entity.
NORTHWIND = (
    "Northwind signs\n\n"
    "Northwind Energy Ltd signed a supply agreement with Contoso on Monday. "
    "Northwind, as the company is known, said the deal would run for ten years.\n"
)
NORTHWIND_AGAIN = (
    "Northwind criticised\n\n"
    "Regulators in Brazil criticised Northwind over the terms of the Contoso deal.\n"
)


@pytest.fixture(autouse=True)
def _workers_from_the_first_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """These batches are small enough for this process to read them all while the workers
    start: the workers get every file here, as in a large batch."""
    monkeypatch.setattr(batch, "READ_WHILE_STARTING", False)


def _folders(root: Path) -> tuple[Path, Path]:
    first, second = root / "first", root / "second"
    for folder in (first, second):
        folder.mkdir(parents=True)
    write_batch(first, FILES // 2)
    write_batch(second, FILES)
    (second / "article-0000-a.txt").write_text(NORTHWIND, encoding="utf-8")
    (second / "article-0000-b.txt").write_text(NORTHWIND_AGAIN, encoding="utf-8")
    (second / "article-0000-c.html").write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    (second / "article-0000-d.md").write_text("   \n", encoding="utf-8")
    return first, second


def _batch_folder(root: Path, count: int) -> Path:
    folder = root / "articles"
    folder.mkdir()
    write_batch(folder, count)
    return folder


def _outcome(results: list[FileResult]) -> list[tuple[object, ...]]:
    return [(r.path, r.status, r.article_id, r.title, r.reason, r.counts) for r in results]


def ingest_both_folders(
    root: Path, name: str, **how: Any
) -> tuple[list[tuple[object, ...]], Snapshot]:
    """A new store given the first folder, then the second (whose outcome is returned),
    ingested ``how`` asks (jobs, a cluster)."""
    first, second = root / "articles" / "first", root / "articles" / "second"
    if not first.exists():
        _folders(root / "articles")
    store = Store.open_or_create(root / f"{name}.json")
    ingest_paths(store, [first], **how)  # the store then knows some actors already
    return _outcome(ingest_paths(store, [second], **how)), store.snapshot()


def test_two_jobs_store_what_one_job_stores_ids_included(tmp_path: Path) -> None:
    outcomes, snapshots = zip(
        *(ingest_both_folders(tmp_path, f"jobs{jobs}", jobs=jobs) for jobs in (1, 2)),
        strict=True,
    )
    assert outcomes[0] == outcomes[1]
    assert snapshots[0] == snapshots[1]
    one = snapshots[0]
    assert len(one.articles) == FILES // 2 + FILES + 2 + 1  # both folders, and the bundled
    # Contoso, new to the store, is one entity in both files.
    by_title = {a.title: a.id for a in one.articles}
    first_file = {m.entity for m in one.mentions if m.article == by_title["Northwind signs"]}
    again = {m.entity for m in one.mentions if m.article == by_title["Northwind criticised"]}
    assert "contoso" in first_file & again
    statuses = {o[1] for o in outcomes[1]}
    assert statuses == {"added", "failed"}


def test_files_read_here_while_the_workers_start_are_stored_as_one_job_stores_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However many files this process reads before the workers are up, the store ends
    the same, ids included."""
    monkeypatch.setattr(batch, "READ_WHILE_STARTING", True)
    outcomes, snapshots = zip(
        *(ingest_both_folders(tmp_path, f"jobs{jobs}", jobs=jobs) for jobs in (1, 2)),
        strict=True,
    )
    assert outcomes[0] == outcomes[1]
    assert snapshots[0] == snapshots[1]


def test_a_dry_run_with_two_jobs_reads_what_one_job_reads(tmp_path: Path) -> None:
    _, second = _folders(tmp_path / "articles")
    one = _outcome(ingest_paths(None, [second], jobs=1))
    two = _outcome(ingest_paths(None, [second], jobs=2))
    assert one == two
    assert {o[1] for o in two} == {"would add", "failed"}
    assert not (tmp_path / "personae.json").exists()


def test_a_second_ingest_with_two_jobs_finds_every_file_unchanged(tmp_path: Path) -> None:
    _, second = _folders(tmp_path / "articles")
    store = Store.open_or_create(tmp_path / "personae.json")
    ingest_paths(store, [second], jobs=2)
    again = ingest_paths(store, [second], jobs=2)
    assert {r.status for r in again} == {"unchanged", "failed"}


def test_only_a_few_files_per_worker_are_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of any size: files are handed out as the writer settles them, never all,
    a few to each message."""
    folder = _batch_folder(tmp_path, 60)
    handed_out: list[Path] = []
    tasks: list[int] = []

    class Counting(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            handed_out.extend(path for path, _ in args[1])
            tasks.append(len(args[1]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", Counting)
    ahead: list[int] = []
    results = ingest_paths(
        None, [folder], jobs=2, on_progress=lambda n, _, __: ahead.append(len(handed_out) - n)
    )
    assert len(results) == 60 and sorted(handed_out) == sorted(r.path for r in results)
    assert max(ahead) <= 2 * batch.AHEAD_PER_JOB
    assert max(tasks) == batch.FILES_PER_TASK and len(tasks) < 60


def _killed_at_the_fifth(path: Path, previous: str | None, dry_run: bool) -> Any:
    """A worker the system kills (as the out-of-memory killer would) on one file."""
    if path.name == "article-0005.md":
        os.kill(os.getpid(), signal.SIGKILL)
    return ingest_in_worker(path, previous, dry_run)


def test_a_worker_killed_mid_batch_loses_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _batch_folder(tmp_path, 30)
    one = _outcome(ingest_paths(Store.open_or_create(tmp_path / "one.json"), [folder]))
    monkeypatch.setattr(batch, "ingest_in_worker", _killed_at_the_fifth)
    store = Store.open_or_create(tmp_path / "two.json")
    assert _outcome(ingest_paths(store, [folder], jobs=2)) == one
    assert len(store.snapshot().articles) == 30 + 1


def test_where_workers_cannot_start_one_process_reads_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A container without /dev/shm has no semaphores for a pool: ingest still works."""
    folder = _batch_folder(tmp_path, 20)

    def no_semaphores(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_semaphores)
    results = ingest_paths(Store.open_or_create(tmp_path / "s.json"), [folder], jobs=2)
    assert [r.status for r in results] == ["added"] * 20


def test_ingest_runs_one_job_per_usable_core_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []

    def ingest_paths(store: object, paths: object, *, jobs: int, **kwargs: object) -> list[Any]:
        asked.append(jobs)
        return []

    monkeypatch.setattr(commands, "ingest_paths", ingest_paths)
    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    db = str(tmp_path / "personae.json")
    assert main(["--db", db, "ingest", str(tmp_path)]) == 0
    assert main(["--db", db, "ingest", "--jobs", "1", str(tmp_path)]) == 0
    assert asked == [3, 1]


@pytest.mark.parametrize("given", ["0", "-2", "two", "1.5"])
def test_jobs_must_be_a_whole_number_of_processes(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "s.json"), "ingest", "--jobs", given, str(tmp_path)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"personae ingest: argument --jobs: needs a whole number of processes, 1 or more, "
        f"not {given!r} (see personae ingest --help)"
    ]


@pytest.mark.parametrize(
    ("ending", "told"), [("raise EOFError", False), ("raise ConnectionResetError", False),
                         ("raise ValueError('a real fault')", True)]
)  # fmt: skip
def test_the_worker_server_ends_quietly_when_the_writer_is_gone(ending: str, told: bool) -> None:
    """A writer killed while its fork server takes a new worker's descriptors leaves that
    server with an EOFError: no traceback of it may reach the reader's terminal."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", f"import personae.store.ingest.quiet_server\n{ending}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert ("Traceback" in done.stderr) is told, done.stderr


def test_what_a_worker_sends_is_stored_as_the_records_it_extracted(tmp_path: Path) -> None:
    """Articles cross to the writer filed (actors as plain values, the piece encoded), and
    the store they make is the one their records make: every field of every record, spans
    and tuples included, and of the very record types."""
    folder = _batch_folder(tmp_path, 12)
    (folder / "article-0000-a.txt").write_text(NORTHWIND, encoding="utf-8")
    (folder / "article-0000-b.txt").write_text("Café Ünïcode\n\nİstanbul — Zoë met Ümit.\n")
    known = KnownEntities()
    as_extracted, as_sent = Store(tmp_path / "extracted.json"), Store(tmp_path / "sent.json")
    for path in sorted(folder.iterdir()):
        _, records = ingest_one(path, known, {}, dry_run=False)
        assert records is not None
        as_extracted.put(records)
        as_sent.put_many([pickle.loads(pickle.dumps(filed(records), pickle.HIGHEST_PROTOCOL))])
    stored = Store.open(tmp_path / "sent.json").snapshot()
    assert stored == Store.open(tmp_path / "extracted.json").snapshot()
    assert all(type(r) is Relation for r in stored.relations)
    assert len(stored.relations) + len(stored.events) > 100  # with their evidence spans


def test_files_waiting_here_when_the_workers_are_up_go_to_them_first_in_order() -> None:
    from personae.store.ingest.workers import WhileStarting

    read: list[str] = []
    sent: list[str] = []

    class Sent:
        def __init__(self, path: Path) -> None:
            sent.append(path.name)
            self.path = path

        def result(self) -> Any:
            return ("there", self.path.name)

    def here(path: Path) -> Any:
        read.append(path.name)
        return ("here", path.name)

    starting = WhileStarting(here, Sent)
    outcomes = [starting.submit(Path(name)) for name in ("a", "b", "c")]
    assert outcomes[0].result() == ("here", "a")
    starting.ready.set()
    outcomes.append(starting.submit(Path("d")))
    assert sent == ["b", "c", "d"]
    assert [o.result() for o in outcomes[1:]] == [("there", n) for n in "bcd"]
    assert read == ["a"]
