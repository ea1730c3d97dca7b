"""The storage layer: one parse, atomic replaces, rollback, and clear refusals."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from personae.store.storage import AtomicJSONStorage, StoreError, atomic_write


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
