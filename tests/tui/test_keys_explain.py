"""Every key either does its work from wherever it is shown, or says why it cannot.

And Esc, which drops up to four pins at once, can be taken back with u.
"""

from __future__ import annotations

from screen_text import drawn_row, screen_lines

from personae.store.corpus import Corpus
from personae.tui.app import PersonaeApp
from personae.tui.screens.help import HelpScreen
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.timeline import Timeline

WIDE = (120, 40)
NARROW = (80, 24)


def said(app: PersonaeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_f_filters_the_timeline_from_any_pane(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["georgia"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.focused is app.query_one(ActorList)
        await pilot.press("f")
        assert any("Timeline: only the pinned" in m for m in said(app))  # it is not shown
        await pilot.press("3")
        timeline = app.query_one(Timeline)
        article = corpus.articles[0].id
        georgia = [e.id for e in corpus.events_of("georgia", article)]
        assert [o.id for o in timeline.options] == georgia
        await pilot.press("4", "f")  # from the article too
        assert len(timeline.options) == len(corpus.events_in(article))


async def test_keys_that_cannot_run_say_why(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        for key, words in (
            ("n", "Select an actor first"),
            ("N", "Select an actor first"),
            ("g", "Select an actor first"),
            ("a", "one article"),
            ("f", "Pin an actor first"),
            ("u", "Nothing to undo"),
        ):
            app._notifications.clear()
            await pilot.press(key)
            assert any(words in m for m in said(app)), key
        assert app.explorer.selection.is_empty and app.screen is app.screen_stack[0]


async def test_enter_chooses_a_row_as_soon_as_2_or_3_shows_the_list(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2", "enter")
        relations = app.query_one(RelationList)
        assert app.explorer.selection.relation == relations.options[0].id
        await pilot.press("3", "enter")
        assert app.explorer.selection.event == app.query_one(Timeline).options[0].id


async def test_enter_works_in_a_list_reached_with_tab(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        while app.focused is not app.query_one(RelationList):
            await pilot.press("tab")
        await pilot.press("enter")
        assert app.explorer.selection.relation is not None


async def test_n_and_capital_n_go_through_search_matches(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["russia"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", *"Khomeini", "enter")
        view = app.query_one(ArticleView)
        total = view.match_position[1] if view.match_position else 0
        assert total >= 2
        await pilot.press("escape")  # the bar closes, the search stays on
        assert app.focused is view
        await pilot.press("n")
        assert view.match_position == (2, total)
        await pilot.press("N", "N")
        assert view.match_position == (total, total)
        assert "(n/N)" in str(view.border_subtitle).split("/Khomeini")[1]


async def test_u_brings_back_what_escape_cleared(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia", "israel"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2", "enter")
        chosen = app.explorer.selection
        assert chosen.relation is not None
        await pilot.press("escape")
        assert app.explorer.selection.is_empty
        assert any("Cleared: u brings back Iran, Russia, Israel" in m for m in said(app))
        assert "u Undo" in drawn_row(app, NARROW[1] - 1)
        await pilot.press("u")
        assert app.explorer.selection == chosen
        view = app.query_one(ArticleView)
        assert any(line[1:2] == "▶" for line in screen_lines(view))  # its evidence again
        await pilot.press("u")  # once only: nothing was cleared since
        assert app.explorer.selection == chosen
        assert any("Nothing to undo" in m for m in said(app))


async def test_a_new_selection_after_escape_is_not_undone(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("escape")
        actors = app.query_one(ActorList)
        actors.highlighted = actors.get_option_index("israel")
        await pilot.press("enter", "u")
        assert app.explorer.selection.pinned == ("israel",)


async def test_the_footer_keeps_quit_in_sight_at_80_columns(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        footer = drawn_row(app, NARROW[1] - 1)
        assert "f Filter" in footer and "q Quit" in footer
        await pilot.press("escape")
        await pilot.pause()
        footer = drawn_row(app, NARROW[1] - 1)
        assert "u Undo" in footer and "q Quit" in footer


async def test_help_lists_undo_filter_and_previous_match(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(screen_lines(app.screen.query_one("#help-keys")))
        words = " ".join(text.split())  # the table wraps its lines
        assert "u undo the last correction, or bring back what the last Esc cleared" in words
        assert "(from any pane)" in words.split(" f ")[1]
        assert "N previous" in words
