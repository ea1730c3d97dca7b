"""Pilot tests: every interaction of the explorer, checked on what the reader would see."""

from __future__ import annotations

import gc

from screen_text import screen_lines, styled_words
from snap_app import bundled_corpus
from textual.widgets import Tabs

from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.model import Relation
from personae.tui.app import PersonaeApp
from personae.tui.screens.article_picker import ArticlePicker, PickerList
from personae.tui.screens.help import HelpScreen
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_layout import BOTH_MARK, EVIDENCE_MARK, MATCH_MARK, PASSAGE_MARK
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.search_bar import SearchBar
from personae.tui.widgets.timeline import Timeline

WIDE = (120, 40)
NARROW = (80, 24)


def article_id(corpus: Corpus) -> str:
    return corpus.articles[0].id


def iran_and_russia(corpus: Corpus) -> list[Relation]:
    """The relations between Iran and Russia in the bundled article."""
    relations = corpus.relations_of("iran", article_id(corpus))
    return [r for r in relations if {r.source, r.target} == {"iran", "russia"}]


async def test_first_screen_shows_header_and_grouped_actors(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        header = str(app.query_one("#header").render())
        assert "The Iran-Russia Alliance: Challenges and Implications" in header
        assert "Los Angeles" in header and "28 October 2023" in header
        actors = app.query_one(ActorList)
        prompts = [str(o.prompt) for o in actors.options if o.disabled]
        assert prompts[:2] == ["States", "Governments & offices"]
        assert "People" in prompts
        lines = screen_lines(app.query_one(ArticleView))
        assert any("Los Angeles, October 28, 2023" in line for line in lines)
        assert app.focused is actors


async def test_selecting_an_actor_highlights_every_mention_with_aliases(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        actors.focus()
        actors.highlighted = actors.get_option_index("iran")
        await pilot.press("enter")
        assert app.explorer.selection.pinned == ("iran",)
        view = app.query_one(ArticleView)
        view.scroll_to(y=10, animate=False)
        await pilot.pause()
        words = styled_words(view)
        highlighted = {text for text, style in words if style.bold and style.underline}
        assert {"Iran", "Tehran"} <= highlighted  # the alias too
        assert "Russia" not in highlighted
        # passages naming Iran carry a gutter mark
        assert all(line.startswith(PASSAGE_MARK) for line in screen_lines(view) if line.strip())
        assert "Iran: 10 passages" in str(view.border_subtitle)


async def test_pinning_a_second_actor_lists_only_relations_between(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        assert len([o for o in relations.options if o.id]) == len(
            corpus.relations_of("iran", article_id(corpus))
        )
        actors = app.query_one(ActorList)
        actors.focus()
        actors.highlighted = actors.get_option_index("russia")
        await pilot.press("p")
        assert app.explorer.selection.pinned == ("iran", "russia")
        shown = [o.id for o in relations.options if o.id]
        between = iran_and_russia(corpus)
        assert sorted(shown) == sorted(r.id for r in between)
        assert "Iran ↔ Russia" in str(relations.border_subtitle)
        view = app.query_one(ArticleView)
        styles = {text: style for text, style in styled_words(view)}
        assert styles["Russia"].reverse  # the second pin's non-colour style
        assert any(line.startswith(BOTH_MARK) for line in screen_lines(view))
        # p again unpins
        await pilot.press("p")
        assert app.explorer.selection.pinned == ("iran",)


async def test_selecting_another_actor_replaces_the_selected_one_and_keeps_pins(
    corpus: Corpus,
) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        actors.focus()
        for name in ("iran", "russia"):
            actors.highlighted = actors.get_option_index(name)
            await pilot.press("enter")
        # going down the list shows one at a time
        assert app.explorer.selection.pinned == ("russia",)
        actors.highlighted = actors.get_option_index("hamas")
        await pilot.press("p")
        actors.highlighted = actors.get_option_index("israel")
        await pilot.press("enter")
        assert app.explorer.selection.pinned == ("israel", "hamas")  # what was pinned stays pinned
        assert "Israel ↔ Hamas" in str(app.query_one(RelationList).border_subtitle)


async def test_a_fifth_pin_says_which_actor_made_room(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia", "israel", "hamas"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        actors.highlighted = actors.get_option_index("syria")
        await pilot.press("p")
        assert app.explorer.selection.pinned == ("iran", "israel", "hamas", "syria")
        assert any("Unpinned Russia" in str(n.message) for n in app._notifications)


async def test_n_and_shift_n_jump_between_passages_naming_the_primary(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["ukraine"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        naming = corpus.passages_naming("ukraine", article_id(corpus))
        assert len(naming) >= 3
        await pilot.press("n")
        assert view.passage_position == (1, len(naming))
        assert f"1/{len(naming)}" in str(view.border_subtitle)
        article = corpus.article(corpus.articles[0].id)
        first = article.text[article.passages[naming[0]].start :][:20]
        assert any(
            line.startswith(PASSAGE_MARK) and first in line for line in screen_lines(view)[:2]
        )
        await pilot.press("n")
        assert view.passage_position == (2, len(naming))
        await pilot.press("N")
        assert view.passage_position == (1, len(naming))
        await pilot.press("N")  # wraps round to the last
        assert view.passage_position == (len(naming), len(naming))


async def test_next_passage_is_greyed_out_without_a_selection(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.explorer.check_action("jump_passage", (1,)) is None
        await pilot.press("n")
        assert app.query_one(ArticleView).passage_position is None


async def test_relation_enter_scrolls_to_its_evidence(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relation = next(r for r in iran_and_russia(corpus) if "drones" in r.summary)
        relations = app.query_one(RelationList)
        relations.focus()
        relations.highlighted = relations.get_option_index(relation.id)
        await pilot.press("enter")
        assert app.explorer.selection.relation == relation.id
        view = app.query_one(ArticleView)
        lines = screen_lines(view)
        marked = " ".join(line[3:].strip() for line in lines if line[1:2] == EVIDENCE_MARK)
        assert "Iran now supplies Russia with crucial weaponry" in marked
        assert view.scroll_y > 0


async def test_event_enter_scrolls_to_its_evidence(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        event = next(e for e in corpus.events_in(article_id(corpus)) if e.date == "2014")
        timeline = app.query_one(Timeline)
        timeline.focus()
        timeline.highlighted = timeline.get_option_index(event.id)
        await pilot.press("enter")
        assert app.explorer.selection.event == event.id
        lines = screen_lines(app.query_one(ArticleView))
        marked = " ".join(line[3:].strip() for line in lines if line[1:2] == EVIDENCE_MARK)
        assert "Ukraine in 2014" in marked


async def test_timeline_shows_precision_and_inferred_dates_and_filters(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["georgia"])
    async with app.run_test(size=(120, 60)) as pilot:  # tall enough to show every event
        await pilot.pause()
        timeline = app.query_one(Timeline)
        rows = " | ".join(screen_lines(timeline))
        assert " 2008 " in rows  # stated: no mark
        assert "~Dec 1991" in rows  # inferred, month precision
        assert "~1990s" in rows
        assert "inferred" in str(timeline.border_subtitle)
        timeline.focus()
        await pilot.press("f")
        assert [o.id for o in timeline.options] == [
            e.id for e in corpus.events_of("georgia", article_id(corpus))
        ]
        await pilot.press("f")
        assert len(timeline.options) == len(corpus.events_in(article_id(corpus)))


async def test_escape_clears_the_selection(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran", "russia"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert any(line.startswith(BOTH_MARK) for line in screen_lines(view))
        await pilot.press("escape")
        assert app.explorer.selection.is_empty
        assert not any(line[:1].strip() for line in screen_lines(view))
        assert not [w for w, style in styled_words(view) if style.underline or style.reverse]
        assert len([o for o in app.query_one(RelationList).options if o.id]) == len(
            corpus.relations_in(article_id(corpus))
        )


async def test_search_highlights_jumps_and_closes(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not app.query(SearchBar)  # made the first time it is opened
        await pilot.press("slash")
        search = app.query_one(SearchBar)
        assert search.display and app.focused is search
        await pilot.press(*"drones", "enter")
        view = app.query_one(ArticleView)
        assert view.match_position == (1, 1)
        lines = screen_lines(view)
        assert any(line[1:2] == MATCH_MARK and "drones" in line for line in lines)
        assert any(text == "drones" and style.reverse for text, style in styled_words(view))
        await pilot.press("escape")
        assert not search.display and app.focused is view
        await pilot.press("escape")  # clears the highlighting too
        assert view.search == "" and view.match_position is None


async def test_search_without_match_says_so(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"zebra", "enter")
        assert any("No match" in str(n.message) for n in app._notifications)


async def test_help_lists_every_key(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(screen_lines(app.screen.query_one("#help-keys")))
        for key in ("Tab", "Enter", "p  Space", "n  N", "/", "Esc", "?", "a", "q  Ctrl+Q"):
            assert any(line.startswith(key) for line in text.splitlines()), key
        assert "NOT" in "\n".join(screen_lines(app.screen.query_one("#help-marks")))
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def _second_article_store() -> Store:
    from personae.store.annotation import bundled_records
    from personae.store.db import ArticleRecords
    from personae.store.model import Article, Span

    text = "Tehran and Moscow signed a deal."
    other = Article(
        id="other",
        title="A second article",
        text=text,
        passages=(Span(0, len(text)),),
        sentences=(Span(0, len(text)),),
        date="2024-01-02",
    )
    store = Store()
    store.put(bundled_records())
    store.put(ArticleRecords(other, (), (), (), ()))
    return store


async def test_article_picker_opens_another_article() -> None:
    corpus = Corpus(_second_article_store().snapshot())
    app = PersonaeApp(corpus, article_id="iran-russia-alliance", select=["iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("a")
        assert isinstance(app.screen, ArticlePicker)
        picker = app.screen.query_one(PickerList)
        assert [o.id for o in picker.options] == ["other", "iran-russia-alliance"]
        picker.highlighted = 0
        await pilot.press("enter")
        assert not isinstance(app.screen, ArticlePicker)
        assert app.explorer.document is not None and app.explorer.document.article.id == "other"
        assert app.explorer.selection.is_empty
        assert "A second article" in str(app.query_one("#header").render())


async def test_another_article_replaces_every_line_of_the_last() -> None:
    corpus = Corpus(_second_article_store().snapshot())
    app = PersonaeApp(corpus, article_id="iran-russia-alliance")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("a")
        app.screen.query_one(PickerList).highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        shown = [line.strip() for line in screen_lines(app.query_one(ArticleView))]
        assert shown[0] == "Tehran and Moscow signed a deal."  # the new text, not the old
        assert not any(shown[1:])


async def test_article_picker_is_greyed_out_with_one_article(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert not app.check_action("pick_article", ())


async def test_narrow_layout_uses_tabs_for_the_side_panes(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tabs = app.query_one(Tabs)
        assert tabs.display and app.screen.has_class("-narrow")
        assert app.query_one(ActorList).display
        assert not app.query_one(RelationList).display
        await pilot.press("2")
        assert app.query_one(RelationList).display and not app.query_one(ActorList).display
        assert app.focused is app.query_one(RelationList)
        await pilot.press("3")
        assert app.query_one(Timeline).display and tabs.active == "tab-timeline"
        await pilot.press("4")
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("1")
        assert app.query_one(ActorList).display
        # Tab goes between the article and the pane shown, never onto the tab labels
        visited = set()
        for _ in range(4):
            await pilot.press("tab")
            visited.add(app.focused)
        assert visited == {app.query_one(ArticleView), app.query_one(ActorList)}
        assert app.query_one("#tab-actors").region.height == 1  # its label still shows


async def test_tabs_appear_when_the_terminal_narrows(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not app.query(Tabs)  # the wide layout never shows them: not made at start
        await pilot.press("3")  # the pane chosen while wide is the one shown once narrow
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        tabs = app.query_one(Tabs)
        assert tabs.display and tabs.active == "tab-timeline"
        assert app.query_one(Timeline).display and not app.query_one(ActorList).display
        await pilot.press("1")
        assert app.query_one(ActorList).display and tabs.active == "tab-actors"


async def test_wide_layout_shows_every_pane(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not any(tabs.display for tabs in app.query(Tabs))
        for pane in (ActorList, ArticleView, RelationList, Timeline):
            assert app.query_one(pane).display
        actors, article = app.query_one(ActorList).region, app.query_one(ArticleView).region
        relations, timeline = app.query_one(RelationList).region, app.query_one(Timeline).region
        assert actors.x < article.x < relations.x
        assert relations.x == timeline.x and relations.y < timeline.y
        # the article is the main thing: the widest pane
        assert article.width > relations.width > actors.width


async def test_very_wide_layout_gives_the_room_to_the_article(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView).region
        sides = app.query_one(ActorList).region.width + app.query_one(RelationList).region.width
        assert article.width > sides


async def test_select_at_start_resolves_names_in_any_case(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["TEHRAN", "moscow", "nobody"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.explorer.selection.pinned == ("iran", "russia")
        assert any("nobody" in str(n.message) for n in app._notifications)


async def test_clicking_a_mention_selects_its_actor(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        lines = screen_lines(view)
        y, line = next((y, line) for y, line in enumerate(lines) if "Israel" in line)
        # the click's offset counts from the pane's corner: its border comes first
        await pilot.click(ArticleView, offset=(line.index("Israel") + 3, y + 1))
        assert app.explorer.selection.primary == "israel"


async def test_palette_goes_to_an_actor(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"Wagner")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.explorer.selection.primary == "wagner-group"


async def test_reload_keeps_the_article_selection_and_place(corpus: Corpus) -> None:
    app = PersonaeApp(corpus, select=["iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.scroll_to(y=12, animate=False)
        await pilot.pause()
        app.reload(bundled_corpus())
        await pilot.pause()
        assert app.explorer.selection.pinned == ("iran",)
        assert view.scroll_y == 12


async def test_the_collector_waits_for_a_selection_frame_then_runs_again(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert gc.isenabled()  # the start-up pause is over
        app.explorer.select_actor("iran")
        assert not gc.isenabled()  # held while the panes redraw for the selection
        await pilot.pause()
        assert gc.isenabled()  # and never left off: garbage cycles are still collected


async def test_typing_in_the_article_picker_narrows_it() -> None:
    corpus = Corpus(_second_article_store().snapshot())
    app = PersonaeApp(corpus, article_id="iran-russia-alliance")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("a")
        picker = app.screen.query_one(PickerList)
        box = app.screen.query_one("#picker")
        assert str(box.border_title) == "Articles (2) · newest first"
        await pilot.press(*"SECOND")  # any case, any word of the title
        assert [row.id for row in picker.options] == ["other"]
        assert str(box.border_title) == "Articles (1 of 2) · newest first"
        await pilot.press("space", *"x")  # every word must be found
        assert [row.prompt.plain for row in picker.options] == [
            "No article matches: Backspace widens the search."
        ]
        await pilot.press(*["backspace"] * len("SECOND x"), *"2023")
        assert [row.id for row in picker.options] == ["iran-russia-alliance"]  # by its date
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        assert [row.id for row in picker.options] == ["other", "iran-russia-alliance"]
        await pilot.press("down", "up", "enter")  # arrows move the list while typing
        assert not isinstance(app.screen, ArticlePicker)
        assert app.explorer.document is not None and app.explorer.document.article.id == "other"


def test_the_corpus_finds_a_relation_and_an_event_by_id(corpus: Corpus) -> None:
    shown = article_id(corpus)
    relation, event = corpus.relations_in(shown)[-1], corpus.events_in(shown)[-1]
    assert corpus.relation(relation.id, shown) == relation
    assert corpus.event(event.id, shown) == event
    assert corpus.relation(event.id, shown) is None and corpus.event("nothing", shown) is None
