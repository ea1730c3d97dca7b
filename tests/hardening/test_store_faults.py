"""The disk says no: a read-only store, an unwritable folder, a full disk, a stale temporary.

Each write that fails ends in a StoreError that says what happened and what to do; the
previous store is byte for byte intact and still opens, and nothing is left beside it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
import pytest

from hardening_support import copy_store, store_files
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError, atomic_write


def _article(article_id: str) -> ArticleRecords:
    text = "Chile met Peru in Lima."
    article = Article(
        id=article_id, title="Chile and Peru", text=text,
        passages=(Span(0, len(text)),), sentences=(Span(0, len(text)),),
    )  # fmt: skip
    entities = (Entity(id="chile", name="Chile", kind="state"),)
    mentions = (Mention(entity="chile", article=article_id, start=0, end=5, text="Chile"),)
    return ArticleRecords(article, entities, mentions, (), ())


@pytest.fixture
def store_path(tmp_path: Path, valid_store: Path) -> Path:
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    return path


def _beside(path: Path) -> list[str]:
    """Files in the store's folder other than the store, its lock file and its pieces."""
    own = {path.name, f"{path.name}.lock", pieces_folder(path).name}
    return sorted(p.name for p in path.parent.iterdir() if p.name not in own)


def _assert_intact(path: Path, before: dict[str, bytes]) -> None:
    assert store_files(path) == before  # the catalog and every piece, and no new piece
    assert _beside(path) == []
    assert [a.id for a in Store.open(path).snapshot().articles] == ["iran-russia-alliance"]


def _enospc(*_: Any, **__: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FillsUp:
    """A file object on a disk that fills up halfway through the write."""

    def __init__(self, fd: int, real: Any) -> None:
        self._file = real(fd, "wb")

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        self._file.write(data[: len(data) // 2])
        self._file.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._file.flush()

    def fileno(self) -> int:
        return int(self._file.fileno())


def test_a_disk_that_fills_up_mid_write_leaves_the_old_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = store_files(store_path)
    store = Store.open(store_path)
    real, real_write = os.fdopen, os.write

    def fills_up(fd: int, data: bytes) -> int:  # a new piece or bucket, written from its bytes
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as m:
        m.setattr(os, "fdopen", lambda fd, *a, **k: _FillsUp(fd, real))
        m.setattr(os, "write", fills_up)
        with pytest.raises(StoreError, match="full") as caught:
            store.put(_article("a1"))
    assert str(store_path) in str(caught.value) and "Free some space" in str(caught.value)
    _assert_intact(store_path, before)
    # The same Store recovers once space is back: nothing half-written stayed in memory.
    assert "a1" not in {a.id for a in store.snapshot().articles}
    store.put(_article("a1"))
    assert "a1" in {a.id for a in Store.open(store_path).snapshot().articles}


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_full_disk_at_fsync_or_rename_leaves_the_old_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    before = store_files(store_path)
    store = Store.open(store_path)
    with monkeypatch.context() as m:
        m.setattr(os, call, _enospc)
        with pytest.raises(StoreError, match=r"disk holding .* is full"):
            store.put(_article("a1"))
    _assert_intact(store_path, before)


def test_a_read_only_store_is_refused_untouched(store_path: Path) -> None:
    before = store_files(store_path)
    store_path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only; nothing was changed") as caught:
            Store.open(store_path).put(_article("a1"))
        assert str(store_path) in str(caught.value)
        _assert_intact(store_path, before)
    finally:
        store_path.chmod(0o644)


@pytest.mark.parametrize(
    ("target", "code"),
    [("mkstemp", errno.EACCES), ("mkstemp", errno.EROFS), ("replace", errno.EACCES),
     ("replace", errno.EROFS), ("replace", errno.EPERM)],
)  # fmt: skip
def test_a_folder_that_cannot_be_written_leaves_the_old_store(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    # Tests run as root, for whom chmod does not stop writes: simulate the refusal instead.
    before = store_files(store_path)
    store = Store.open(store_path)

    def refuse(*_: Any, **__: Any) -> Any:
        raise PermissionError(code, os.strerror(code))

    with monkeypatch.context() as m:
        m.setattr(tempfile if target == "mkstemp" else os, target, refuse)
        with pytest.raises(StoreError, match="cannot be written") as caught:
            store.put(_article("a1"))
    assert str(store_path) in str(caught.value) and "nothing was changed" in str(caught.value)
    _assert_intact(store_path, before)


def test_a_kill_between_temporary_and_rename_leaves_an_orphan_the_next_write_removes(
    store_path: Path,
) -> None:
    # What SIGKILL after mkstemp and before os.replace leaves: a hidden, half-written temporary.
    orphan = store_path.parent / f".{store_path.name}.k1ll3d.tmp"
    orphan.write_bytes(store_path.read_bytes()[:100])
    half_piece = pieces_folder(store_path) / ".0123456789abcdef-9.json.k1ll3d.tmp"
    half_piece.write_bytes(b"half a piece")
    other = store_path.parent / ".notes.json.abc.tmp"  # someone else's: never touched
    other.write_bytes(b"x")
    # Readers ignore it...
    assert Store.open(store_path).snapshot().articles
    # ...and the next write, under the writer lock, deletes it.
    Store.open(store_path).put(_article("a1"))
    assert not orphan.exists() and not half_piece.exists() and other.exists()
    assert "a1" in {a.id for a in Store.open(store_path).snapshot().articles}


def test_an_interrupted_write_raises_and_rolls_back_in_memory(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KeyboardInterrupt mid-write: the temporary is removed and the old file stays."""
    before = store_files(store_path)
    store = Store.open(store_path)

    def interrupted(*_: Any, **__: Any) -> Any:
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", interrupted)
        with pytest.raises(KeyboardInterrupt):
            store.put(_article("a1"))
    _assert_intact(store_path, before)
    assert "a1" not in {a.id for a in store.snapshot().articles}


def test_export_to_a_full_disk_or_unwritable_place_is_one_clear_error(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    out = store_path.parent / "out.json"
    out.write_bytes(b"previous export")
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", _enospc)
        code = main(["--db", str(store_path), "export", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "is full" in err
    assert out.read_bytes() == b"previous export"
    assert _beside(store_path) == ["out.json"]


def test_atomic_write_never_exposes_a_partial_file(tmp_path: Path) -> None:
    """Readers polling while a writer replaces the file see whole versions only."""
    path = tmp_path / "s.json"
    versions = [orjson.dumps({"t": {"1": {"n": n, "pad": "x" * 50_000}}}) for n in range(30)]
    atomic_write(path, versions[0])
    seen = set()
    for data in versions[1:]:
        atomic_write(path, data)
        seen.add(orjson.loads(path.read_bytes())["t"]["1"]["n"])
    assert seen == set(range(1, 30))


@pytest.mark.parametrize("fault", ["read-only", "full-disk", "unwritable-folder"])
def test_ingest_through_the_cli_says_so_in_one_line_and_keeps_the_store(
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    from personae.tui.cli import main

    articles = store_path.parent.parent / f"{store_path.parent.name}-articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    before = store_files(store_path)
    if fault == "read-only":
        store_path.chmod(0o444)
    elif fault == "full-disk":
        monkeypatch.setattr(os, "fsync", _enospc)
    else:

        def refuse(*_: Any, **__: Any) -> Any:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        code = main(["--db", str(store_path), "ingest", str(articles)])
    finally:
        store_path.chmod(0o644)
        monkeypatch.undo()
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and str(store_path) in lines[0], captured.err
    assert "nothing was changed" in lines[0]
    _assert_intact(store_path, before)
