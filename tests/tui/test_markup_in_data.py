"""Names, titles, searches and paths are data: shown as written in every message.

An actor named "Acme [/x] Corp" or a store under a folder named "[/x]" crashed the
explorer with a MarkupError the moment a notification carried the name.
"""

from __future__ import annotations

import time
from pathlib import Path

from screen_text import whole_screen
from textual.pilot import Pilot

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Span
from personae.tui.app import PersonaeApp
from personae.tui.screens.across import AcrossArticles
from personae.tui.widgets.actor_list import ActorList

ACME = "Acme [/x] Corp"
NAMES = ("Iran", ACME, "Russia [b]", "Syria [@click=app.quit]x[/]", "Hamas")
TEXT = " and ".join(NAMES) + " met.\n\nThen " + ACME + " left."


def marked_up_corpus() -> Corpus:
    """One article whose actors are named in would-be markup."""
    first = TEXT.index("\n\n")
    passages = (Span(0, first), Span(first + 2, len(TEXT)))
    article = Article(
        id="marked",
        title="[/x] A title [b]",
        text=TEXT,
        passages=passages,
        sentences=passages,
        date="2024-01-01",
    )
    entities = [Entity(id=f"e{n}", name=name, kind="organisation") for n, name in enumerate(NAMES)]
    mentions = tuple(find_mentions(TEXT, article.id, entities, provenance="extracted"))
    store = Store()
    store.put(ArticleRecords(article, tuple(entities), mentions, (), ()))
    return Corpus(store.snapshot())


async def _shows(pilot: Pilot[None], text: str, seconds: float = 8.0) -> bool:
    """Whether ``text`` comes to be drawn on the screen (a reload takes a moment)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await pilot.pause(0.05)
        if text in whole_screen(pilot.app):
            return True
    return False


async def test_a_fifth_pin_names_the_unpinned_actor_literally() -> None:
    app = PersonaeApp(marked_up_corpus(), select=["e0", "e1", "e2", "e3"])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        actors.highlighted = actors.get_option_index("e4")
        await pilot.press("p")
        assert app.explorer.selection.pinned == ("e0", "e2", "e3", "e4")
        assert await _shows(pilot, f"Unpinned {ACME}")


async def test_names_and_searches_in_messages_show_literally() -> None:
    app = PersonaeApp(marked_up_corpus(), article_id="[/y]", select=["[/x]", ACME])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        assert await _shows(pilot, "No article '[/y]'")
        assert await _shows(pilot, "No actor named '[/x]'")
        await pilot.press("slash", *"[/x]]", "enter")
        assert await _shows(pilot, "No match for '[/x]]'")
        assert app.is_running


async def test_the_across_view_and_palette_show_a_marked_up_name_literally() -> None:
    app = PersonaeApp(marked_up_corpus(), select=[ACME])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        assert await _shows(pilot, f"{ACME} across articles")
        await pilot.press("escape", "ctrl+p", *"Acme")
        assert await _shows(pilot, "Go to actor: Acme [/x] Corp")
        await pilot.press("enter")
        await pilot.pause()
        assert app.explorer.selection.primary == "e1"


async def test_a_store_path_holding_markup_shows_literally(tmp_path: Path) -> None:
    folder = tmp_path / "store [" / "x] here"  # the path reads ".../store [/x] here/..."
    folder.mkdir(parents=True)
    path = folder / "personae.json"
    store = Store.open_or_create(path)
    app = PersonaeApp(Corpus(store.snapshot()), store=store)
    app.RELOAD_INTERVAL = 0.2
    async with app.run_test(size=(200, 40), notifications=True) as pilot:
        await pilot.pause()
        path.write_text("{ not json")
        assert await _shows(pilot, "could not be read")
        assert await _shows(pilot, "[/x]")
