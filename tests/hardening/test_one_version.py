"""A reader sees one version of the store, whole, however often a writer replaces it.

Every table of a generated version carries its number (in a title, a name, a quote's
text, a summary, a label), so a snapshot that mixes two versions shows two numbers.  And
a reader that has not read the newest version knows it has not, until it does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store.corpus import Corpus
from personae.store.db import Snapshot, Store
from personae.store.model import Entity
from personae.store.storage import atomic_write
from personae.tui.app import PersonaeApp

MARKED = {
    "articles": "title",
    "entities": "name",
    "mentions": "text",
    "relations": "summary",
    "events": "label",
}


def _version(base: bytes, n: int) -> bytes:
    tables: dict[str, dict[str, dict[str, Any]]] = orjson.loads(base)
    for table, field in MARKED.items():
        for record in tables[table].values():
            record[field] = f"v{n}"
    return orjson.dumps(tables)


def _versions(snapshot: Snapshot) -> set[str]:
    return {
        getattr(record, field)
        for table, field in MARKED.items()
        for record in getattr(snapshot, table)
    }


@pytest.fixture
def store_path(tmp_path: Path, valid_store_bytes: bytes) -> Path:
    path = tmp_path / "personae.json"
    atomic_write(path, _version(valid_store_bytes, 1))
    return path


def _replace_while_reading(
    monkeypatch: pytest.MonkeyPatch, path: Path, data: bytes
) -> Callable[[], bool]:
    """Replace the file once, as the next snapshot has read the first table of it."""
    original: Any = Entity.from_doc.__func__  # type: ignore[attr-defined]
    done = threading.Event()

    def from_doc(cls: type[Entity], doc: dict[str, Any]) -> Entity:
        if not done.is_set():
            done.set()
            atomic_write(path, data)
        return original(cls, doc)  # type: ignore[no-any-return]

    monkeypatch.setattr(Entity, "from_doc", classmethod(from_doc))
    return done.is_set


def test_a_file_replaced_in_mid_snapshot_gives_the_old_version_then_the_new(
    store_path: Path, valid_store_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    _replace_while_reading(monkeypatch, store_path, _version(valid_store_bytes, 2))
    assert _versions(store.snapshot()) == {"v1"}
    assert store.changed_on_disk()  # what was read is not what is there now
    assert _versions(store.snapshot()) == {"v2"}
    assert not store.changed_on_disk()


def test_snapshots_during_many_replaces_are_each_one_version_and_catch_up(
    store_path: Path, valid_store_bytes: bytes
) -> None:
    versions = [_version(valid_store_bytes, n) for n in range(2, 80)]
    store = Store.open(store_path)
    stop = threading.Event()

    def write_all() -> None:
        for data in versions:
            atomic_write(store_path, data)
        stop.set()

    writer = threading.Thread(target=write_all)
    writer.start()
    seen = []
    while not stop.is_set():
        seen.append(_versions(store.snapshot()))
    writer.join()
    mixed = [s for s in seen if len(s) != 1]
    assert mixed == [], f"{len(mixed)} of {len(seen)} snapshots mixed versions"
    if seen[-1] != {"v79"}:
        assert store.changed_on_disk()
    assert _versions(store.snapshot()) == {"v79"}
    assert not store.changed_on_disk()


async def test_the_explorer_reload_ends_on_the_newest_version(
    store_path: Path, valid_store_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    app = PersonaeApp(Corpus(store.snapshot()), store=store)
    app.RELOAD_INTERVAL = 0.1
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        replaced = _replace_while_reading(monkeypatch, store_path, _version(valid_store_bytes, 3))
        atomic_write(store_path, _version(valid_store_bytes, 2))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _versions(app.corpus.snapshot) != {"v3"}:
            await pilot.pause(0.1)
        assert replaced()
        assert _versions(app.corpus.snapshot) == {"v3"}
        assert not store.changed_on_disk()


async def test_a_slow_reload_is_not_overtaken_and_the_explorer_ends_on_the_newest(
    store_path: Path, valid_store_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload still reading when the file changes again must not be overtaken by a second
    one: the first would then land last and show an older version for good."""
    store = Store.open(store_path)
    app = PersonaeApp(Corpus(store.snapshot()), store=store)
    app.RELOAD_INTERVAL = 0.1
    original = Store.snapshot
    release = threading.Event()
    reads: list[Snapshot] = []

    def slow_first_snapshot(self: Store) -> Snapshot:
        snapshot = original(self)
        reads.append(snapshot)
        if len(reads) == 1:
            release.wait(10)
        return snapshot

    monkeypatch.setattr(Store, "snapshot", slow_first_snapshot)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        atomic_write(store_path, _version(valid_store_bytes, 2))
        while not reads:
            await pilot.pause(0.05)
        atomic_write(store_path, _version(valid_store_bytes, 3))
        await pilot.pause(0.5)  # several checks while the first reload is still reading
        release.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _versions(app.corpus.snapshot) != {"v3"}:
            await pilot.pause(0.1)
        await pilot.pause(0.5)  # and it stays there
        assert _versions(app.corpus.snapshot) == {"v3"}
