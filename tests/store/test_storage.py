"""The storage layer: one parse, atomic replaces, rollback, and clear refusals."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import orjson
import pytest

from personae.store.folder import _temporary
from personae.store.storage import (
    AtomicJSONStorage,
    StoreError,
    atomic_write,
    remove_files,
    write_new_files,
)


def test_write_replaces_the_file_whole_and_leaves_no_temporaries(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    storage = AtomicJSONStorage(path)
    storage.write({"articles": {"1": {"id": "a"}}})
    storage.write({"articles": {"1": {"id": "b"}}})
    assert orjson.loads(path.read_bytes()) == {"articles": {"1": {"id": "b"}}}
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_reads_parse_once_until_another_process_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"t": {"1": {"x": 1}}}')
    storage = AtomicJSONStorage(path)
    first = storage.read()
    assert storage.read() is first  # served from memory, not re-parsed
    atomic_write(path, b'{"t": {"1": {"x": 2}}}')
    assert storage.changed_on_disk()
    assert storage.read() == {"t": {"1": {"x": 2}}}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b'{"t": {"1": ', "corrupt"),
        (b"\x00\x01\x02binary", "binary"),
        (b"[1, 2, 3]", "not a personae store"),
        (b'{"t": [1]}', "not a personae store"),
    ],
)
def test_unreadable_stores_are_refused_with_a_reason(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=words) as caught:
        AtomicJSONStorage(path).read()
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content


def test_a_read_only_store_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"t": {}}')
    path.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        AtomicJSONStorage(path).write({"t": {"1": {}}})
    assert path.read_bytes() == b'{"t": {}}'


def test_a_failed_write_keeps_the_old_file_and_forgets_the_unsaved_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {}}})

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StoreError, match=r"disk .* is full"):
        storage.write({"t": {"1": {}, "2": {}}})
    monkeypatch.undo()
    assert orjson.loads(path.read_bytes()) == {"t": {"1": {}}}
    assert storage.read() == {"t": {"1": {}}}
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


# -- many new files at once (a commit's pieces and buckets) ---------------------------------


def test_new_files_are_written_whole_private_and_leave_no_temporaries(tmp_path: Path) -> None:
    files = {"0123456789abcdef-3.json": b'{"a":1}', "catalog-3f0-3.json": b"x" * 100_000}
    write_new_files(tmp_path, files)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(files)
    for name, data in files.items():
        assert (tmp_path / name).read_bytes() == data
        # as tempfile.mkstemp made them: for the user alone
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600 & ~_umask()


def test_a_new_files_temporary_is_one_the_sweep_of_a_killed_writer_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real_replace = os.replace

    def noting(src: str, dst: str) -> None:
        made.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", noting)
    write_new_files(tmp_path, {"0123456789abcdef-3.json": b"{}", "actors-3.json": b"{}"})
    assert made and all(_temporary(name) for name in made)


def test_a_temporary_name_left_by_a_killed_writer_is_neither_used_nor_removed(
    tmp_path: Path,
) -> None:
    # a writer killed with this process's id (after a restart, ids come round again)
    left = tmp_path / f".0123456789abcdef-3.json.{os.getpid()}.tmp"
    left.write_bytes(b"half")
    write_new_files(tmp_path, {"0123456789abcdef-3.json": b"whole"})
    assert (tmp_path / "0123456789abcdef-3.json").read_bytes() == b"whole"
    assert left.read_bytes() == b"half"  # the sweep's to remove, under the lock
    assert len(list(tmp_path.iterdir())) == 2


def test_new_files_that_cannot_be_made_leave_nothing_and_say_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refusing(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT and "catalog-" in str(path):  # the second file of two
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(StoreError, match=r"cannot be written.*nothing was changed") as caught:
        write_new_files(tmp_path, {"0123456789abcdef-3.json": b"{}", "catalog-3f0-3.json": b"{}"})
    assert str(tmp_path / "catalog-3f0-3.json") in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_file_that_cannot_be_flushed_is_named_and_nothing_is_left_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"{n:016x}-3.json" for n in range(20)]  # several groups of flushes
    real_fsync, flushed = os.fsync, []

    def full_at_the_tenth(fd: int) -> None:
        flushed.append(fd)
        if len(flushed) == 10:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_at_the_tenth)
    opened = len(os.listdir("/proc/self/fd"))
    with pytest.raises(StoreError, match="is full; nothing was changed") as caught:
        write_new_files(tmp_path, dict.fromkeys(names, b"{}"))
    assert any(str(tmp_path / name) in str(caught.value) for name in names)  # the one that failed
    assert list(tmp_path.iterdir()) == []
    assert len(os.listdir("/proc/self/fd")) == opened  # every descriptor closed


def test_removing_files_deletes_every_one_named_and_no_other(tmp_path: Path) -> None:
    named = [tmp_path / f"{n:016x}-3.json" for n in range(21)]  # several groups of deletions
    kept = tmp_path / "catalog-3f0-4.json"
    for path in [*named, kept]:
        path.write_bytes(b"{}")
    remove_files(iter([*named, tmp_path / "already-gone.json"]))  # any iterable; gone: left
    assert list(tmp_path.iterdir()) == [kept]
