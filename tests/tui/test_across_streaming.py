"""An actor named in many articles: the across-articles view opens on its first rows and
fills in the rest between keys, so the reader moves through it while it grows, its
scrollbar drawn as a whole redraw would draw it."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from test_across_and_reload import second_article

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.tui.app import PersonaeApp
from personae.tui.screens import across
from personae.tui.screens.across import AcrossArticles, AcrossList

ARTICLES = 90  # three rows each (heading, relation, event): more than the first part


def _many_articles() -> Corpus:
    store = Store()
    store.put(bundled_records())
    store.put_many(second_article(f"copy-{n:03d}", f"Copy {n:03d}") for n in range(ARTICLES))
    return Corpus(store.snapshot())


async def test_the_rows_keep_coming_while_the_cursor_moves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(across, "FIRST_ROWS", 30)
    monkeypatch.setattr(across, "PART_SECONDS", 0.0)  # one row a part: the longest stream

    machine = SimpleNamespace(slow=True)

    async def a_slow_machine(_: float) -> None:
        await asyncio.sleep(0.05 if machine.slow else 0)

    monkeypatch.setattr(
        across, "asyncio", SimpleNamespace(sleep=a_slow_machine, Event=asyncio.Event)
    )
    corpus = _many_articles()
    app = PersonaeApp(corpus, select=["Iran"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        await pilot.press("down", "down")
        assert len(rows.options) < 3 * ARTICLES  # the keys were read while rows kept coming
        assert "listing" in str(rows.border_subtitle)
        machine.slow = False
        await app.workers.wait_for_complete()
        await pilot.pause()
        ids = [row.id for row in rows.options]
        headings = [i for i in ids if i.startswith("a:")]
        assert len(headings) == ARTICLES + 1  # every copy and the bundled article, once each
        assert rows.highlighted == 2  # the rows that arrived later did not move the cursor
        assert str(rows.border_subtitle).startswith(f"{ARTICLES + 1} articles ·")
        last_relation = f"r:copy-{ARTICLES - 1:03d}:r1"
        assert last_relation in ids
        await pilot.press("end", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.document.article.id == corpus.articles[-1].id  # the oldest, listed last


@pytest.mark.parametrize("keys", [(), ("pagedown", "pagedown")], ids=["at the top", "scrolled"])
async def test_the_scrollbar_drawn_while_rows_keep_coming_is_the_one_a_redraw_draws(
    monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]
) -> None:
    monkeypatch.setattr(across, "FIRST_ROWS", 30)
    monkeypatch.setattr(across, "PART_SECONDS", 0.0)
    monkeypatch.setattr(across, "SHOW_SECONDS", 0.0)  # every row added alone
    machine = SimpleNamespace(slow=True)

    async def a_slow_machine(_: float) -> None:
        await asyncio.sleep(0.05 if machine.slow else 0)

    monkeypatch.setattr(
        across, "asyncio", SimpleNamespace(sleep=a_slow_machine, Event=asyncio.Event)
    )
    app = PersonaeApp(_many_articles(), select=["Iran"])
    async with app.run_test(size=(80, 16)) as pilot:  # the thumb at its least size
        await pilot.pause()
        await pilot.press("g", *keys)
        rows = app.screen.query_one(AcrossList)
        assert "listing" in str(rows.border_subtitle)
        machine.slow = False
        await app.workers.wait_for_complete()
        await pilot.pause()
        drawn = app.export_screenshot()
        rows.vertical_scrollbar.refresh()
        await pilot.pause()
        assert app.export_screenshot() == drawn
