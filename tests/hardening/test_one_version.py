"""A reader sees one version of the store, whole, however often a writer replaces it.

Every table of a generated version carries its number (in a title, a name, a quote's
text, a summary, a label), so a snapshot that mixes two versions (two catalogs, or a
catalog and another version's pieces) shows two numbers.  And a reader that has not read
the newest version knows it has not, until it does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from personae.store import pieces
from personae.store.annotation import bundled_records
from personae.store.catalog import Catalog, CatalogChanged
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Snapshot, Store
from personae.tui.app import PersonaeApp

MARKED = {
    "articles": "title",
    "entities": "name",
    "mentions": "text",
    "relations": "summary",
    "events": "label",
}
COPIES = 4


@pytest.fixture(scope="module")
def base() -> Snapshot:
    """The bundled article's records, to copy and mark."""
    memory = Store()
    memory.put(bundled_records())
    return memory.snapshot()


def _version(base: Snapshot, n: int) -> list[ArticleRecords]:
    """Version ``n``: copies of the bundled article, every record marked "v<n>"; the actors
    are curated, so each version renames them."""
    mark = f"v{n}"
    [article] = base.articles
    versions = []
    for i in range(COPIES):
        aid = f"copy{i}"
        versions.append(
            ArticleRecords(
                replace(article, id=aid, title=mark),
                tuple(replace(e, name=mark) for e in base.entities) if i == 0 else (),
                tuple(replace(m, article=aid, text=mark) for m in base.mentions),
                tuple(
                    replace(r, article=aid, id=f"{aid}{r.id}", summary=mark) for r in base.relations
                ),
                tuple(replace(e, article=aid, id=f"{aid}{e.id}", label=mark) for e in base.events),
            )
        )
    return versions


def _write(path: Path, base: Snapshot, n: int) -> None:
    """Commit version ``n`` as a writer does: new pieces, then the catalog."""
    Store(path).put_many(_version(base, n))


def _versions(snapshot: Snapshot) -> set[str]:
    return {
        getattr(record, field)
        for table, field in MARKED.items()
        for record in getattr(snapshot, table)
    }


def _corpus_versions(corpus: Corpus) -> set[str]:
    """The marks of everything the explorer's corpus shows, each article read as it reads
    one; nothing while the version it is of has since lost its pieces."""
    marks = {a.title for a in corpus.articles}
    try:
        marks |= {e.name for e in corpus.entities}  # the registry: read when first listed
        for entry in corpus.articles:
            marks.add(corpus.article(entry.id).title)
            marks |= {m.text for m in corpus.mentions_in(entry.id)}
            marks |= {r.summary for r in corpus.relations_in(entry.id)}
            marks |= {e.label for e in corpus.events_in(entry.id)}
    except CatalogChanged:
        return set()
    return marks


@pytest.fixture
def store_path(tmp_path: Path, base: Snapshot) -> Path:
    path = tmp_path / "personae.json"
    _write(path, base, 1)
    return path


def _replace_while_reading(
    monkeypatch: pytest.MonkeyPatch, path: Path, base: Snapshot, *versions: int
) -> Callable[[], bool]:
    """Commit ``versions`` once, as the next snapshot has read every piece and actor of the
    catalog it read (only a reader asks to keep what it parsed)."""
    original = pieces.Pieces.keep_only
    done = threading.Event()

    def keep_only(self: pieces.Pieces, names: Collection[str]) -> None:
        if not done.is_set():
            done.set()
            for n in versions:
                _write(path, base, n)
        original(self, names)

    monkeypatch.setattr(pieces.Pieces, "keep_only", keep_only)
    return done.is_set


def test_a_store_replaced_in_mid_snapshot_gives_the_old_version_then_the_new(
    store_path: Path, base: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    _replace_while_reading(monkeypatch, store_path, base, 2)
    assert _versions(store.snapshot()) == {"v1"}
    assert store.changed_on_disk()  # what was read is not what is there now
    assert _versions(store.snapshot()) == {"v2"}
    assert not store.changed_on_disk()


def test_pieces_removed_in_mid_snapshot_send_the_reader_to_the_newest_version(
    store_path: Path, base: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two commits while a reader reads pieces: the first version's pieces are gone, so the
    reader starts again from the newest catalog, and gets that one whole."""
    store = Store.open(store_path)
    original = pieces.Pieces._parse
    parsed: list[str] = []

    def parse(self: pieces.Pieces, name: str, row: dict[str, Any]) -> pieces.Piece:
        parsed.append(name)
        if len(parsed) == 1:
            _write(store_path, base, 2)
            _write(store_path, base, 3)
        return original(self, name, row)

    monkeypatch.setattr(pieces.Pieces, "_parse", parse)
    assert _versions(store.snapshot()) == {"v3"}
    assert not store.changed_on_disk()
    assert len(parsed) > COPIES  # it did start again


def test_snapshots_during_many_replaces_are_each_one_version_and_catch_up(
    store_path: Path, base: Snapshot
) -> None:
    store = Store.open(store_path)
    stop = threading.Event()

    def write_all() -> None:
        for n in range(2, 40):
            _write(store_path, base, n)
        stop.set()

    writer = threading.Thread(target=write_all)
    writer.start()
    seen = []
    while not stop.is_set():
        seen.append(_versions(store.snapshot()))
    writer.join()
    mixed = [s for s in seen if len(s) != 1]
    assert mixed == [], f"{len(mixed)} of {len(seen)} snapshots mixed versions"
    if seen[-1] != {"v39"}:
        assert store.changed_on_disk()
    assert _versions(store.snapshot()) == {"v39"}
    assert not store.changed_on_disk()


async def test_the_explorer_reload_ends_on_the_newest_version(
    store_path: Path, base: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two commits just after a reload read the catalog: the pieces of the version it read
    are gone when it opens the article, so it reads the newest catalog and shows that."""
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    app.RELOAD_INTERVAL = 0.1
    original = Store.catalog
    replaced = threading.Event()

    def catalog(self: Store) -> Catalog:
        read = original(self)
        if not replaced.is_set() and _versions(Snapshot((), read.entities, (), (), ())) == {"v2"}:
            replaced.set()
            _write(store_path, base, 3)
            _write(store_path, base, 4)
        return read

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(Store, "catalog", catalog)
        _write(store_path, base, 2)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _corpus_versions(app.corpus) != {"v4"}:
            await pilot.pause(0.1)
        assert replaced.is_set()
        assert _corpus_versions(app.corpus) == {"v4"}
        assert not store.changed_on_disk()


async def test_a_slow_reload_is_not_overtaken_and_the_explorer_ends_on_the_newest(
    store_path: Path, base: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload still reading when the file changes again must not be overtaken by a second
    one: the first would then land last and show an older version for good."""
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    app.RELOAD_INTERVAL = 0.1
    original = Store.catalog
    release = threading.Event()
    reads: list[Catalog] = []

    def slow_first_catalog(self: Store) -> Catalog:
        catalog = original(self)
        reads.append(catalog)
        if len(reads) == 1:
            release.wait(10)
        return catalog

    monkeypatch.setattr(Store, "catalog", slow_first_catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        _write(store_path, base, 2)
        while not reads:
            await pilot.pause(0.05)
        _write(store_path, base, 3)
        await pilot.pause(0.5)  # several checks while the first reload is still reading
        release.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _corpus_versions(app.corpus) != {"v3"}:
            await pilot.pause(0.1)
        await pilot.pause(0.5)  # and it stays there
        assert _corpus_versions(app.corpus) == {"v3"}
