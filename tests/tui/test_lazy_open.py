"""The explorer opens a store of many articles by its catalog and the one article it shows;
others are read when opened, a damaged one is named in one line, and a piece a writer
removed meanwhile sends the explorer to the newest version, never a crash or a mix."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_across_and_reload import second_article
from textual.pilot import Pilot

from personae.store import pieces, reader, summary
from personae.store.actors import actor_bucket_of
from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.pieces import pieces_folder
from personae.tui import app as app_module
from personae.tui.app import PersonaeApp
from personae.tui.cli import main
from personae.tui.screens.across import AcrossArticles, AcrossList
from personae.tui.screens.article_picker import ArticlePicker

ARTICLES = 40


def _copy(n: int, title: str | None = None) -> ArticleRecords:
    """Another article naming Iran, older than the bundled one."""
    records = second_article(f"copy-{n:03d}", title or f"Copy {n:03d}")
    return replace(records, article=replace(records.article, date="2020-01-01"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """The bundled article (the newest) and ARTICLES older ones naming Iran."""
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put(bundled_records())
    store.put_many(_copy(n) for n in range(ARTICLES))
    return path


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article of every piece read (to be parsed) from now on."""
    articles: list[str] = []
    original = pieces.Pieces._read  # whole or only relations and events: each reads it

    def read(self: pieces.Pieces, name: str, article_id: str) -> Any:
        articles.append(article_id)
        return original(self, name, article_id)

    monkeypatch.setattr(pieces.Pieces, "_read", read)
    return articles


def _piece_of(path: Path, article_id: str) -> Path:
    return pieces_folder(path) / Store.open(path).catalog().entry(article_id).piece


def _said(app: PersonaeApp, words: str) -> list[str]:
    return [str(n.message) for n in app._notifications if words in str(n.message)]


async def _pick(pilot: Pilot[None], title: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ArticlePicker)
    await pilot.press(*title, "enter")
    await pilot.pause()


async def test_the_explorer_starts_on_the_catalog_and_the_one_article_it_shows(
    store_path: Path, parsed: list[str]
) -> None:
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.explorer.document is not None
        assert parsed == ["iran-russia-alliance"]
        await pilot.press("a")  # the picker lists every article from the catalog
        await pilot.pause()
        title = f"Articles ({ARTICLES + 1}) · newest first"
        assert app.screen.query_one("#picker").border_title == title
        await pilot.press("ctrl+s", "ctrl+s")  # most actors first: counted by the catalog
        assert app.screen.query_one("#picker").border_title.endswith("most actors first")
        assert parsed == ["iran-russia-alliance"]
        await pilot.press(*"copy 007", "enter")
        await pilot.pause()
        assert app.explorer.document.article.id == "copy-007"
        assert parsed == ["iran-russia-alliance", "copy-007"]


async def test_a_damaged_article_says_so_in_one_line_and_the_rest_still_works(
    store_path: Path,
) -> None:
    damaged = _piece_of(store_path, "copy-005")
    damaged.write_bytes(b"\x00\x01 not a piece")
    _piece_of(store_path, "copy-006").unlink()
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _pick(pilot, "copy 005")
        [said] = _said(app, "Cannot open 'Copy 005'")
        assert str(damaged) in said and "restore" in said and "\n" not in said
        assert app.explorer.document is not None
        assert app.explorer.document.article.id == "iran-russia-alliance"  # still shown
        await _pick(pilot, "copy 006")
        [said] = _said(app, "Cannot open 'Copy 006'")
        assert "is missing" in said
        await _pick(pilot, "copy 007")
        assert app.explorer.document.article.id == "copy-007"
        assert app.is_running


async def test_a_damaged_newest_article_opens_the_store_on_the_next_one(store_path: Path) -> None:
    _piece_of(store_path, "iran-russia-alliance").write_bytes(b"[]")
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert len(_said(app, "Cannot open 'The Iran-Russia Alliance")) == 1
        assert app.explorer.document is not None
        assert app.explorer.document.article.id == app.corpus.articles[1].id


async def test_a_piece_removed_by_two_commits_reloads_and_opens_the_newest(
    store_path: Path,
) -> None:
    store = Store.open(store_path)
    app = PersonaeApp(Corpus.open(store), store=store)
    app.RELOAD_INTERVAL = 60  # no reload but the one the missing piece asks for
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = app.corpus
        writer = Store(store_path)
        writer.put(_copy(7, "Copy 007 revised"))
        writer.put(_copy(8, "Copy 008 revised"))  # copy-007's old piece goes
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"copy 007", "enter")  # chosen from the version read at start
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.corpus is not shown
        assert app.explorer.document is not None
        assert app.explorer.document.article.id == "copy-007"
        assert app.explorer.document.article.title == "Copy 007 revised"
        assert app.corpus.entry("copy-008").title == "Copy 008 revised"  # one version
        assert not _said(app, "Cannot open")


async def test_across_reads_each_piece_once_keeps_none_and_names_a_damaged_one(
    store_path: Path, parsed: list[str]
) -> None:
    _piece_of(store_path, "copy-010").write_bytes(b"{")
    store = Store.open(store_path)
    corpus = Corpus.open(store)
    app = PersonaeApp(corpus, select=["iran"], store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        cached = list(corpus._cache)
        await pilot.press("g")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        assert str(rows.border_subtitle).startswith(f"{ARTICLES + 1} articles ·")
        ids = [row.id for row in rows.options]
        assert sum(1 for i in ids if i and i.startswith("r:")) >= ARTICLES - 1
        unreadable = [
            str(row.prompt) for row in rows.options if "cannot be read" in str(row.prompt)
        ]
        assert len(unreadable) == 1
        assert sorted(parsed[1:]) == sorted(e.id for e in corpus.articles[1:])  # once each
        assert list(corpus._cache) == cached  # nothing kept, nothing evicted
        assert (
            app.explorer.document is not None
            and app.explorer.document.article.id == "iran-russia-alliance"
        )


@pytest.fixture
def bucket_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every bucket file of the catalog read from now on."""
    read: list[str] = []
    original = pieces.Pieces.read_bytes

    def spy(self: pieces.Pieces, name: str) -> bytes:
        if name.startswith("catalog-"):
            read.append(name)
        return original(self, name)

    monkeypatch.setattr(pieces.Pieces, "read_bytes", spy)
    return read


@pytest.fixture
def short_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """A root that keeps only the 5 newest articles, and a catalog read off the event loop
    however small: as a store of 100,000 articles is."""
    monkeypatch.setattr(summary, "SUMMARY_ROWS", 5)
    monkeypatch.setattr(summary, "SUMMARY_LEAST", 3)
    monkeypatch.setattr(app_module, "READ_AT_ONCE", 0)


@pytest.mark.usefixtures("short_summary")
async def test_the_first_frame_reads_no_bucket_and_g_and_the_picker_read_them_off_the_loop(
    tmp_path: Path, bucket_reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put(bundled_records())
    store.put_many(_copy(n) for n in range(ARTICLES))
    store = Store.open(path)
    bucket_reads.clear()
    actor_buckets: list[str] = []
    real = reader.read_bucket
    monkeypatch.setattr(reader, "read_bucket", lambda *a: actor_buckets.append(a[1]) or real(*a))
    app = PersonaeApp(Corpus.open(store), select=["iran"], store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.explorer.document is not None
        assert app.explorer.document.article.id == "iran-russia-alliance"
        assert bucket_reads == []
        shown = {e.id for e, _ in app.explorer.corpus.entities_in("iran-russia-alliance")}
        assert set(actor_buckets) <= {actor_bucket_of(a) for a in shown}  # its actors' only
        await pilot.press("a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert bucket_reads  # read when the picker needed every article
        assert (
            app.screen.query_one("#picker").border_title
            == f"Articles ({ARTICLES + 1}) · newest first"
        )
        await pilot.press("escape", "g")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        assert str(rows.border_subtitle).startswith(f"{ARTICLES + 1} articles")


@pytest.mark.parametrize("read_at_once", [True, False])
async def test_a_damaged_bucket_is_named_in_one_line_when_the_picker_needs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_at_once: bool
) -> None:
    if not read_at_once:
        monkeypatch.setattr(app_module, "READ_AT_ONCE", 0)
    monkeypatch.setattr(summary, "SUMMARY_ROWS", 5)
    monkeypatch.setattr(summary, "SUMMARY_LEAST", 3)
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put(bundled_records())
    store.put_many(_copy(n) for n in range(ARTICLES))
    catalog_file = next(
        f for f in pieces_folder(path).glob("catalog-*.json") if b"copy-020" in f.read_bytes()
    )
    catalog_file.write_bytes(b"{")
    store = Store.open(path)
    app = PersonaeApp(Corpus.open(store), store=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.explorer.document is not None  # the newest article, from the summary
        await pilot.press("a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [said] = _said(app, "Cannot read the store's catalog")
        assert str(catalog_file) in said and "restore" in said and "\n" not in said
        assert not isinstance(app.screen, ArticlePicker) and app.is_running


def test_list_gives_its_first_page_from_the_summary_and_names_a_damaged_bucket_for_all(
    tmp_path: Path, bucket_reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put(bundled_records())
    store.put_many(_copy(n) for n in range(ARTICLES))
    bucket_reads.clear()
    assert main(["--db", str(path), "list", "--limit", "5", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in listed][:2] == ["iran-russia-alliance", "copy-039"]
    assert len(listed) == 5 and bucket_reads == []
    catalog_file = next(pieces_folder(path).glob("catalog-*.json"))
    catalog_file.write_bytes(b"{")
    assert main(["--db", str(path), "list"]) == 1  # every article: the buckets are read
    err = capsys.readouterr().err
    assert str(catalog_file) in err and len(err.strip().splitlines()) == 1
