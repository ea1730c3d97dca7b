"""The writer lock failing or waiting: one true line, said once, and nothing changed.

The faults are real ones: personae acting as another user (nobody) on a store in a
folder it may not write, or whose lock file it may not open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import filelock
import pytest

from hardening_support import copy_store
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Span
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError
from personae.tui.cli import main

NOBODY = 65534


def _article(article_id: str) -> ArticleRecords:
    text = "Chile met Peru in Lima."
    span = Span(0, len(text))
    article = Article(id=article_id, title="Chile", text=text, passages=(span,), sentences=(span,))
    return ArticleRecords(article, (), (), (), ())


def test_the_waiting_line_is_said_once_and_short_waits_are_not_rounded_to_nothing(
    tmp_path: Path, valid_store: Path, valid_store_bytes: bytes
) -> None:
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    store = Store.open(path, lock_timeout=0.25)
    told: list[str] = []
    store.on_wait = told.append
    errors = []
    with filelock.FileLock(f"{path}.lock"):
        for n in range(3):  # three commits, each finding the lock taken
            with pytest.raises(StoreError) as refused:
                store.put(_article(f"a{n}"))
            errors.append(str(refused.value))
    assert told == [f"waiting for another personae process writing {path} (up to 0.25 s)"]
    assert all("waited 0.25 s." in e for e in errors), errors
    assert path.read_bytes() == valid_store_bytes


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's private one, so another user can reach it."""
    if os.geteuid() != 0:
        pytest.skip("acting as another user needs root")
    folder = Path(tempfile.mkdtemp(prefix="personae-lock-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


@contextlib.contextmanager
def _as_nobody() -> Iterator[None]:
    """This process acting as the user nobody (effective ids only: root can come back)."""
    groups = os.getgroups()
    os.setgroups([])
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.setgroups(groups)


def _ingest_as_nobody(store: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    article = store.parent / "a.txt"
    article.write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    article.chmod(0o644)
    # Ingest once as root elsewhere first: every module it needs is then imported, and
    # nobody may not read the interpreter's own library under /root.
    scratch = store.parent / "scratch"
    scratch.mkdir()
    assert main(["--db", str(scratch / "s.json"), "ingest", str(article)]) == 0
    shutil.rmtree(scratch)
    capsys.readouterr()
    with _as_nobody():
        code = main(["--db", str(store), "ingest", str(article)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("fault", ["folder-read-only", "lock-unreadable"])
def test_a_lock_that_cannot_be_taken_is_one_line_and_changes_nothing(
    shared_folder: Path,
    valid_store: Path,
    valid_store_bytes: bytes,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    store = shared_folder / "personae.json"
    copy_store(valid_store, store)
    store.chmod(0o666)  # the store itself could be written: only the lock stands in the way
    for part in pieces_folder(store).iterdir():  # and read: ingest reads the actors first
        part.chmod(0o644)
    if fault == "lock-unreadable":
        shared_folder.chmod(0o777)
        lock = shared_folder / "personae.json.lock"
        lock.write_bytes(b"")
        lock.chmod(0o000)
    code, err = _ingest_as_nobody(store, capsys)
    lines = err.strip().splitlines()
    assert code == 1
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"personae: cannot take the lock {store}.lock (Permission denied)")
    assert "nothing was changed" in lines[0]
    assert store.read_bytes() == valid_store_bytes
