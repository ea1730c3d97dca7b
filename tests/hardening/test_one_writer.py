"""One writer at a time across processes: nothing lost, and a clear word when waiting fails."""

from __future__ import annotations

import hashlib
import subprocess
import time
from pathlib import Path

import filelock
import pytest

from hardening_support import (
    check_integrity,
    copy_store,
    make_folder,
    open_snapshot,
    run_cli,
    start_cli,
    store_files,
)


def _start(store: Path, folder: Path, **env: str) -> subprocess.Popen[str]:
    return start_cli("--db", str(store), "ingest", str(folder), stdout=subprocess.PIPE, **env)


@pytest.mark.parametrize("fresh", [True, False], ids=["fresh-store", "existing-store"])
def test_two_ingests_at_once_keep_every_article_of_both(
    tmp_path: Path, valid_store: Path, fresh: bool
) -> None:
    store = tmp_path / "personae.json"
    if not fresh:
        copy_store(valid_store, store)
    folders = [make_folder(tmp_path / f"f{n}", 80, seed=n) for n in (1, 2)]
    procs = [_start(store, f.folder) for f in folders]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    snapshot = open_snapshot(store)
    check_integrity(snapshot)
    hashes = {a.content_hash for a in snapshot.articles}
    for folder in folders:
        for path in folder.files():
            assert hashlib.sha256(path.read_bytes()).hexdigest() in hashes, path
    assert "iran-russia-alliance" in {a.id for a in snapshot.articles}
    assert len(snapshot.articles) == 161


def test_a_held_lock_makes_ingest_wait_then_fail_clearly(tmp_path: Path, valid_store: Path) -> None:
    """A writer waits as long as PERSONAE_LOCK_TIMEOUT says, then stops with one clear line.

    That each waits its own time is shown by order, not by a clock: one told to wait ten
    minutes is still waiting when one told to wait a second has given up (were the setting
    ignored, both would wait the same 30 s and the first to start would give up first).
    The one clock only checks that the short wait lasted its second, which a busy machine
    can lengthen but never shorten.
    """
    store = tmp_path / "personae.json"
    copy_store(valid_store, store)
    before = store_files(store)
    folder = make_folder(tmp_path / "f", 3, seed=3).folder
    with filelock.FileLock(f"{store}.lock"):
        patient = _start(store, folder, PERSONAE_LOCK_TIMEOUT="600")
        try:
            assert patient.stderr is not None
            first = patient.stderr.readline()  # blocks until it says it is waiting
            assert first.startswith("personae: waiting for another personae process"), first
            started = time.monotonic()
            done = run_cli("--db", str(store), "ingest", str(folder), PERSONAE_LOCK_TIMEOUT="1")
            waited = time.monotonic() - started
            assert patient.poll() is None, "the writer told to wait 600 s gave up first"
        finally:
            patient.kill()
            patient.communicate()
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == (
        f"personae: another personae process is writing {store}; waited 1 s. "
        "Try again when it has finished."
    ), done.stderr
    assert any("waiting for another personae process" in line for line in lines[:-1]), lines
    assert not any(line.startswith("stored ") for line in lines)
    # It did wait its second before giving up; a busy machine can only make this longer.
    assert waited >= 1
    assert store_files(store) == before


def test_an_ingest_waiting_for_the_lock_goes_on_when_it_is_released(
    tmp_path: Path, valid_store: Path
) -> None:
    store = tmp_path / "personae.json"
    copy_store(valid_store, store)
    articles = make_folder(tmp_path / "f", 5, seed=4)
    with filelock.FileLock(f"{store}.lock"):
        proc = _start(store, articles.folder, PERSONAE_LOCK_TIMEOUT="60")
        assert proc.stderr is not None
        first = proc.stderr.readline()  # blocks until the ingest says it is waiting
        assert first.startswith("personae: waiting for another personae process"), first
    # Released: the waiting ingest goes on and stores everything.
    _, rest = proc.communicate(timeout=60)
    assert proc.returncode == 0, rest
    stored = {a.content_hash for a in open_snapshot(store).articles}
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in articles.files()} <= stored


def test_a_bad_lock_timeout_setting_is_one_clear_line(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "s.json"), "list", PERSONAE_LOCK_TIMEOUT="soon")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "personae: PERSONAE_LOCK_TIMEOUT='soon' is not a number of seconds."
    )
