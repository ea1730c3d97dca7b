"""SIGTERM and SIGHUP (an SSH disconnect) leave the reader's terminal as Ctrl+C would.

The real `personae` runs in a pseudo-terminal; once it has drawn, it is sent the signal and
what it writes afterwards is read back: the explorer leaves the alternate screen, turns mouse
reporting off and shows the cursor; an ingest shows the cursor its progress bar hid and
keeps the articles it had committed.  Both exit with 128 + the signal's number.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest

from hardening_support import PtyApp, check_integrity, group_ends, make_folder, open_snapshot
from personae.store.db import Store

STOP_SIGNALS = [signal.SIGTERM, signal.SIGHUP]
SHOW_CURSOR = b"\x1b[?25h"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signals") / "personae.json"
    Store.open_or_create(path).close()
    return path


@pytest.mark.parametrize("signum", STOP_SIGNALS, ids=lambda s: s.name)
def test_the_explorer_restores_the_terminal_when_stopped(
    store_path: Path, signum: signal.Signals
) -> None:
    app = PtyApp(["--db", str(store_path)])
    try:
        assert app.read_until("Actors", 20), bytes(app.out[-2000:])
        app.read_for(0.3)  # the rest of the first frame
        assert b"\x1b[?1049h" in app.out and b"\x1b[?1000h" in app.out
        drawn = len(app.out)
        app.proc.send_signal(signum)
        app.read_for(10)  # until it exits and its terminal closes
    finally:
        code = app.close()
    after = bytes(app.out[drawn:])
    assert code == 128 + signum, after[-2000:]
    for restore in (b"\x1b[?1049l", SHOW_CURSOR, b"\x1b[?1000l", b"\x1b[?1006l"):
        assert restore in after, (restore, after[-2000:])
    assert b"Traceback" not in app.out


PROGRESS = re.compile(rb"(\d+)/400")


@pytest.mark.parametrize("jobs", ["1", "2"], ids=lambda j: f"jobs{j}")
@pytest.mark.parametrize("signum", STOP_SIGNALS, ids=lambda s: s.name)
def test_a_stopped_ingest_shows_the_cursor_and_keeps_what_it_committed(
    tmp_path: Path, signum: signal.Signals, jobs: str
) -> None:
    folder = make_folder(tmp_path / "articles", 400, seed=signum)
    db = tmp_path / "personae.json"
    app = PtyApp(["--db", str(db), "ingest", "--jobs", jobs, str(folder.folder)])
    try:
        # Past the first commit (every 50 files), well before the last file.
        for _ in range(400):
            if not app.read_until("/400", 20):
                break
            done = [int(n) for n in PROGRESS.findall(bytes(app.out[-400:]))]
            if done and done[-1] >= 120:
                break
        assert b"\x1b[?25l" in app.out, bytes(app.out[-2000:])  # the progress bar hid it
        shown = [int(n) for n in PROGRESS.findall(bytes(app.out))]
        assert shown and 120 <= shown[-1] < 400, bytes(app.out[-2000:])
        # the bar says how fast it goes and how long is left ("0:00:03")
        bar = re.sub(rb"\x1b\[[0-9;]*m", b"", bytes(app.out))
        assert re.search(rb"/400 [\d,]+ articles/s \d+:\d\d:\d\d ", bar), bar[-400:]
        stopped_at = len(app.out)
        app.proc.send_signal(signum)
        app.read_for(30)  # it returns when the ingest exits; a loaded machine may be slow
    finally:
        code = app.close()
    after = bytes(app.out[stopped_at:])
    assert code == 128 + signum, after[-2000:]
    assert group_ends(app.proc.pid), "a worker outlived the ingest"
    assert SHOW_CURSOR in after, after[-2000:]
    assert b"Traceback" not in app.out
    assert re.search(rb"interrupted: \d+ added and kept in the store", after), after[-2000:]
    snapshot = open_snapshot(db)  # the store opens, whole
    check_integrity(snapshot)
    ingested = [a for a in snapshot.articles if a.path and Path(a.path).parent == folder.folder]
    assert 50 <= len(ingested) < 400


@pytest.mark.parametrize("sighup", [True, False], ids=["sighup", "no-signal"])
@pytest.mark.parametrize("command", ["explorer", "ingest", "ingest --jobs 2"])
def test_a_closed_ssh_session_ends_personae_with_the_store_whole(
    tmp_path: Path, store_path: Path, command: str, sighup: bool
) -> None:
    """The terminal is gone before SIGHUP comes: every write to it fails.  Or no SIGHUP
    comes at all (personae ran under `make`, or in a session of its own): the explorer
    must still notice, not spin on its input's end for ever."""
    if command == "explorer":
        db, args, drawn = store_path, [], "Actors"
    else:
        db, drawn = tmp_path / "personae.json", "/1000"
        folder = make_folder(tmp_path / "articles", 1000, seed=7).folder
        args = [*command.split(), str(folder)]
    app = PtyApp(["--db", str(db), *args])
    try:
        assert app.read_until(drawn, 20), bytes(app.out[-2000:])
    finally:
        os.close(app.master)  # the session's terminal closes...
    try:
        if sighup:
            app.proc.send_signal(signal.SIGHUP)  # ...and its processes hear of it
        code = app.proc.wait(timeout=20)
    finally:
        if app.proc.poll() is None:
            os.killpg(app.proc.pid, signal.SIGKILL)
            app.proc.wait()
    assert code == 128 + signal.SIGHUP
    assert group_ends(app.proc.pid), "a worker outlived personae"
    check_integrity(open_snapshot(db))
