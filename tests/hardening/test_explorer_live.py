"""The explorer open while other processes write its store, are killed, or break the file.

A real `personae` runs in a pseudo-terminal while ingests into the same store run, one of
them killed mid-way; then the file is replaced with garbage.  The explorer must survive
all of it (no traceback, still running until ctrl+q, exit 0), never write the store
itself, and the store must open afterwards.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from hardening_support import (
    ROOT,
    PtyApp,
    check_integrity,
    cli_env,
    make_folder,
    open_snapshot,
    personae,
    run_cli,
)
from personae.store.storage import atomic_write


def test_the_explorer_survives_writers_kills_and_a_broken_store(tmp_path: Path) -> None:
    db = tmp_path / "personae.json"
    first = make_folder(tmp_path / "first", 20, seed=7)
    second = make_folder(tmp_path / "second", 40, seed=8)
    assert run_cli("--db", str(db), "ingest", str(first.folder)).returncode == 0
    app = PtyApp(["--db", str(db)])
    try:
        assert app.read_until("Actors", 5), bytes(app.out[-2000:])
        # A second ingest, killed as it starts committing, then one that runs to the end.
        killed = subprocess.Popen(
            personae("--db", str(db), "ingest", str(second.folder)),
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
            env=cli_env(),
        )
        time.sleep(0.25)
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        app.read_for(0.5)
        assert run_cli("--db", str(db), "ingest", str(second.folder)).returncode == 0
        assert app.read_until("reloaded", 5)  # the explorer polls the store every 2 s
        snapshot = open_snapshot(db)
        check_integrity(snapshot)
        assert len(snapshot.articles) == 61
        # Someone breaks the file: the explorer says so and keeps what it shows.
        atomic_write(db, b'{"meta": {"1": {"schema": 1}}, "articles": {"1": 7}}')
        broken = db.read_bytes()
        assert app.read_until("could not be read", 5)
        assert app.running()
        app.send(b"\t\r", 0.5)  # still answers keys
        app.send(b"\x11", 0.5)
    finally:
        code = app.close()
    shown = bytes(app.out).decode("utf-8", "replace")
    assert code == 0, shown[-2000:]
    assert "Traceback" not in shown
    assert db.read_bytes() == broken  # the explorer never writes over what it cannot read
