"""Real mouse clicks choose what is drawn under the pointer, in every list and the article.

Each expectation is read from the screen at the clicked cell, border and scrolling
included, never worked out from the list's own idea of where its rows are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from screen_text import drawn_in
from textual.pilot import Pilot

from personae.store.corpus import Corpus
from personae.tui.app import PersonaeApp
from personae.tui.screens.across import AcrossArticles, AcrossList
from personae.tui.screens.article_picker import ArticlePicker, PickerList
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_layout import GUTTER
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.row_list import RowList
from personae.tui.widgets.timeline import Timeline

WIDE = (120, 40)
NARROW = (80, 24)
SIZES = pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])


def row_drawn_at(widget: RowList, y: int) -> str | None:
    """The id of the one row whose line reads exactly as what is drawn ``y`` cells below
    the widget's top edge; None for a heading, a rule, a blank or an ambiguous line."""
    drawn = drawn_in(widget, y).rstrip()
    if not drawn.strip() or set(drawn.strip()) == {"─"}:
        return None
    found = set()
    for index, row in enumerate(widget.options):
        for part, line in enumerate(row.lines):
            decoration = widget.decorate(index, part).plain if widget.decorate else ""
            if (decoration + line.plain).rstrip() == drawn:
                found.add(None if row.disabled else row.id)
    return found.pop() if len(found) == 1 else None


async def click_every_row(
    pilot: Pilot[None],
    widget: RowList,
    chosen: Callable[[], str | None],
    reset: Callable[[], None],
) -> int:
    """Click every content line of ``widget`` and check that the row chosen is the row
    drawn there; return how many clicks chose a row."""
    checked = 0
    for y in range(1, widget.region.height - 1):  # inside the top and bottom border
        reset()
        await pilot.pause()
        expected = row_drawn_at(widget, y)
        if expected is None:
            continue
        # from the first cell of a row to its last, a different one each line
        x = 1 + (y * 7) % widget.scrollable_content_region.width  # not on the scrollbar
        await pilot.click(widget, offset=(x, y))
        await pilot.pause()
        assert chosen() == expected, (y, drawn_in(widget, y))
        checked += 1
    return checked


@SIZES
@pytest.mark.parametrize("scrolled", [0, 5])
async def test_a_click_in_the_actor_list_selects_the_actor_drawn_there(
    corpus: Corpus, size: tuple[int, int], scrolled: int
) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        actors.scroll_to(y=scrolled, animate=False)
        await pilot.pause()
        assert round(actors.scroll_y) == scrolled

        def chosen() -> str | None:
            return app.explorer.selection.primary

        def reset() -> None:
            app.explorer.action_clear()
            actors.scroll_to(y=scrolled, animate=False)

        assert await click_every_row(pilot, actors, chosen, reset) >= 8


@SIZES
@pytest.mark.parametrize("scrolled", [0, 7])
async def test_a_click_in_the_relation_list_selects_the_relation_drawn_there(
    corpus: Corpus, size: tuple[int, int], scrolled: int
) -> None:
    app = PersonaeApp(corpus, select=["iran"])
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        relations = app.query_one(RelationList)
        relations.scroll_to(y=scrolled, animate=False)
        await pilot.pause()

        def chosen() -> str | None:
            return app.explorer.selection.relation

        def reset() -> None:
            app.explorer.select_actor("iran")
            relations.scroll_to(y=scrolled, animate=False)

        assert await click_every_row(pilot, relations, chosen, reset) >= 3


@SIZES
@pytest.mark.parametrize("scrolled", [0, 6])
async def test_a_click_in_the_timeline_selects_the_event_drawn_there(
    corpus: Corpus, size: tuple[int, int], scrolled: int
) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        timeline = app.query_one(Timeline)
        timeline.scroll_to(y=scrolled, animate=False)
        await pilot.pause()

        def chosen() -> str | None:
            return app.explorer.selection.event

        def reset() -> None:
            app.explorer.action_clear()
            timeline.scroll_to(y=scrolled, animate=False)

        assert await click_every_row(pilot, timeline, chosen, reset) >= 3


def _words(line: str) -> list[tuple[int, str]]:
    """(column, word) of each word of a drawn line, its punctuation and 's dropped."""
    return [(m.start(), re.sub(r"('s|[^\w-])+$", "", m.group())) for m in re.finditer(r"\S+", line)]


@SIZES
@pytest.mark.parametrize("scrolled", [0, 9])
async def test_a_click_on_a_mention_selects_the_actor_named_under_the_pointer(
    corpus: Corpus, size: tuple[int, int], scrolled: int
) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        top = view.content_region.y - view.region.y  # the border above the text
        checked = 0
        for y in range(top, view.region.height - 1):
            view.scroll_to(y=scrolled, animate=False)
            await pilot.pause()
            line = drawn_in(view, y)
            for column, word in _words(line[GUTTER:]):
                if corpus.resolve(word) is None:
                    continue
                app.explorer.action_clear()
                await pilot.pause()
                x = view.content_region.x - view.region.x + GUTTER + column + 1
                await pilot.click(ArticleView, offset=(x, y))
                await pilot.pause()
                assert view.scroll_y == scrolled
                assert app.explorer.selection.primary is not None, (word, line)
                # the word clicked is now drawn as the selected actor's mention
                style = app.screen.get_style_at(view.region.x + x, view.region.y + y)
                assert style.bold and style.underline, (word, line)
                checked += 1
                break  # one name a line keeps the test short
        assert checked >= 4


async def test_a_click_in_the_across_view_opens_the_row_drawn_there(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("g")
        across = app.screen.query_one(AcrossList)
        rows = [(y, row_drawn_at(across, y)) for y in range(1, across.region.height - 1)]
        y, row_id = next((y, r) for y, r in rows if r and r.startswith("r:"))
        await pilot.click(AcrossList, offset=(across.region.width // 3, y))
        await pilot.pause()
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.selection.relation == row_id.removeprefix("r:")


async def test_a_click_in_the_article_picker_opens_the_article_drawn_there() -> None:
    from test_explorer import _second_article_store

    corpus = Corpus(_second_article_store().snapshot())
    app = PersonaeApp(corpus, article_id="iran-russia-alliance")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("a")
        picker = app.screen.query_one(PickerList)
        assert isinstance(app.screen, ArticlePicker)
        y = next(
            y for y in range(picker.region.height) if "A second article" in drawn_in(picker, y)
        )
        await pilot.click(PickerList, offset=(10, y))
        await pilot.pause()
        assert (
            app.explorer.document is not None
            and app.explorer.document.article.title == "A second article"
        )
