"""`personae ingest --dask ADDRESS`: a Dask cluster extracts, this process writes, and the
store ends exactly as a one-process ingest leaves it. Run against an in-process cluster."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_cli import run
from test_parallel import FILES, _folders, ingest_both_folders

import personae.store.ingest.cluster as cluster
import personae.store.ingest.dask_worker as dask_worker
from personae.store.db import Store
from personae.store.ingest.batch import ingest_paths
from personae.tui.cli import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Two workers of two threads each: files run in parallel and out of order."""
    with distributed.LocalCluster(
        processes=False, n_workers=2, threads_per_worker=2, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def test_a_cluster_stores_what_one_process_stores_ids_included(
    tmp_path: Path, scheduler: str
) -> None:
    outcomes, snapshots = zip(
        ingest_both_folders(tmp_path, "one"),
        ingest_both_folders(tmp_path, "dask", dask=scheduler),
        strict=True,
    )
    assert outcomes[0] == outcomes[1]
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[1].articles) == FILES // 2 + FILES + 2 + 1
    assert {o[1] for o in outcomes[1]} == {"added", "failed"}  # the two broken files too


#: Files the cluster's workers were given (in-process workers: the same list).
SENT: list[Path] = []
_extract = dask_worker.extract_on_worker


def _counting(path: Path, *args: Any) -> Any:
    SENT.append(path)
    return _extract(path, *args)


def test_unchanged_files_are_never_sent_to_the_cluster(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second = _folders(tmp_path / "articles")
    store = Store.open_or_create(tmp_path / "s.json")
    ingest_paths(store, [second], dask=scheduler)
    SENT.clear()
    monkeypatch.setattr(dask_worker, "extract_on_worker", _counting)
    (second / "article-0003.md").write_text("Changed\n\nBrazil met Chile in Lima.\n")
    again = ingest_paths(store, [second], dask=scheduler)
    assert {r.status for r in again} == {"unchanged", "replaced", "failed"}
    unchanged = {r.path for r in again if r.status == "unchanged"}
    assert len(unchanged) == FILES + 2 - 1 and unchanged.isdisjoint(SENT)
    assert second / "article-0003.md" in SENT  # the changed one, and those that failed


def test_workers_with_another_extractor_stop_the_ingest_in_one_line(
    tmp_path: Path,
    scheduler: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cluster, "EXTRACTOR_VERSION", "0")  # this personae, older than theirs
    news = tmp_path / "news.txt"
    news.write_text("Talks\n\nIran met Russia in Moscow.\n")
    db = tmp_path / "s.json"
    assert main(["--db", str(db), "ingest", "--dask", scheduler, str(news)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "install the same personae on every worker" in err[0]
    assert [a.id for a in Store.open(db).snapshot().articles] == ["iran-russia-alliance"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--dask", "tcp://127.0.0.1:9"], "cannot reach a Dask scheduler at tcp://127.0.0.1:9"),
        (["--dask", "tcp://127.0.0.1:9", "--jobs", "2"], "--jobs and --dask do not go together"),
    ],
)
def test_cluster_mistakes_are_one_line(
    tmp_path: Path,
    args: list[str],
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 0.5)
    news = tmp_path / "news.txt"
    news.write_text("Talks\n\nIran met Russia in Moscow.\n")
    assert main(["--db", str(tmp_path / "s.json"), "ingest", *args, str(news)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0], err


@pytest.mark.parametrize("address", ["localhost", "http://localhost:8786", "tcp://"])
def test_a_malformed_address_is_one_line_at_once(tmp_path: Path, address: str) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Talks\n\nIran met Russia in Moscow.\n")
    done = run("--db", str(tmp_path / "s.json"), "ingest", "--dask", address, str(news))
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()  # nothing after it: no client left to hang
    assert line.startswith(f"personae: --dask {address!r} is not a Dask scheduler's address (")
    assert line.endswith("give it as tcp://HOST:PORT, as `dask scheduler` prints it.")


def test_without_the_dask_extra_the_reader_is_told_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    news = tmp_path / "news.txt"
    news.write_text("Talks\n\nIran met Russia in Moscow.\n")
    db = str(tmp_path / "s.json")
    assert main(["--db", db, "ingest", "--dask", "tcp://127.0.0.1:9", str(news)]) == 1
    assert "pip install 'personae[dask]'" in capsys.readouterr().err
