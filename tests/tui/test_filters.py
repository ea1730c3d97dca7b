"""Finding things in a long list: \\ filters the focused list as the reader types, F keeps
the relations of some types, polarities and layers, Ctrl+S orders the article picker.

Each test presses the keys a reader would and reads what the lists then show: their rows,
their titles, the filter line's count."""

from __future__ import annotations

from dataclasses import replace

from screen_text import screen_lines, whole_screen
from snap_app import bundled_corpus, make_app
from test_across_streaming import _many_articles
from test_explorer import _second_article_store
from textual import events
from textual.widgets import Input, SelectionList

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Span
from personae.tui.app import PersonaeApp
from personae.tui.screens import across
from personae.tui.screens.across import AcrossArticles, AcrossList
from personae.tui.screens.article_picker import ArticlePicker, PickerList
from personae.tui.screens.relation_filters import RelationFilters
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.filter_line import FilterLine
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.row_list import RowList
from personae.tui.widgets.timeline import Timeline

NARROW = (80, 24)
WIDE = (120, 40)


def _shown(rows: RowList) -> list[str]:
    """The rows a list shows, as their text reads (headings and notes included)."""
    return [" ".join(row.prompt.plain.split()) for row in rows.options]


def _ids(rows: RowList) -> list[str]:
    return [row.id for row in rows.options if row.id is not None and not row.disabled]


def _title(rows: RowList) -> str:
    return rows._border_title.plain if rows._border_title is not None else ""


def _count(app: PersonaeApp) -> str:
    return str(app.screen.query_one("#filter-count").render())


# -- the filter line ----------------------------------------------------------------------


async def test_backslash_filters_the_actor_list_as_the_reader_types() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"RUS")  # any case
        await pilot.pause()
        assert _shown(actors) == ["States", "Russia 29"]  # its kind's heading kept with it
        assert _count(app) == "1 of 28"
        assert _title(actors) == '1 Actors · "RUS" 1 of 28'
        assert "Filter actors:" in whole_screen(app)
        await pilot.press("space", *"x")  # every word typed must be shown
        assert _ids(actors) == []
        assert _shown(actors) == ['Nothing shows "RUS x".']
        assert _count(app) == "0 of 28"


async def test_enter_keeps_the_filter_and_esc_clears_it() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"ia", "enter")
        await pilot.pause()
        line = app.screen.query_one(FilterLine)
        assert not line.display and app.focused is actors
        kept = _ids(actors)
        assert kept[:3] == ["russia", "syria", "georgia"] and "iran" not in kept
        assert _title(actors).endswith(f'"ia" {len(kept)} of 28')  # why rows are missing
        await pilot.press("enter")  # the list's keys work on the kept rows
        assert app.explorer.selection.primary == kept[0]
        await pilot.press("backslash")
        assert app.screen.query_one("#filter-input", Input).value == "ia"  # to edit it
        await pilot.press("escape")
        await pilot.pause()
        assert not line.display and app.focused is actors
        assert len(_ids(actors)) == 28
        assert _title(actors) == "1 Actors"


async def test_a_kind_is_listed_with_its_actors_that_match_not_for_its_name() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"states")
        assert _shown(actors) == [
            "States",
            "United States 8",
            "People",
            "26th United States secretary of defense 1",
        ]


async def test_the_arrows_move_the_list_while_the_filter_line_is_open() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"states", "down")
        assert _ids(actors) == ["united-states", "us-secretary-of-defense"]
        assert actors.highlighted_id == "us-secretary-of-defense"
        await pilot.press("enter", "enter")  # the filter kept, then the row chosen
        assert app.explorer.selection.primary == "us-secretary-of-defense"


async def test_the_timeline_filters_and_keeps_its_pin_swatches() -> None:
    app = make_app(select=["Russia"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        timeline = app.query_one(Timeline)
        await pilot.press("3", "backslash", *"ukraine")
        await pilot.pause()
        assert _ids(timeline) == ["iran-russia-alliance:e8", "iran-russia-alliance:e12"]
        assert "Filter events:" in whole_screen(app)
        lines = screen_lines(timeline)
        # both involve Russia: the pin's glyph is drawn on the rows the filter kept
        assert lines[0].startswith("●") and "Russia's actions in" in lines[0]
        assert any(line.startswith("●") and "full-scale" in line for line in lines[1:])


async def test_each_list_keeps_its_own_filter() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("backslash", *"iran", "enter", "2", "backslash", *"drones", "enter")
        await pilot.pause()
        actors, relations = app.query_one(ActorList), app.query_one(RelationList)
        assert _ids(actors) == ["iran"]
        assert _ids(relations) and all("drones" in t.casefold() for t in _shown(relations)[1:])
        assert _title(relations).startswith('2 Relations · "drones"')


async def test_a_filter_takes_names_as_written_never_as_markup() -> None:
    names = ("Acme [b]Corp[/b]", "Evil\x1b]0;pwned\x07 Ltd", "Plain Co", "[@click=app.quit]x")
    text = " and ".join(names) + " met."
    article = Article(
        id="hostile",
        title="[/x] hostile",
        text=text,
        passages=(Span(0, len(text)),),
        sentences=(Span(0, len(text)),),
        date="2024-01-01",
    )
    entities = [Entity(id=f"e{n}", name=name, kind="company") for n, name in enumerate(names)]
    mentions = tuple(find_mentions(text, article.id, entities, provenance="extracted"))
    store = Store()
    store.put(ArticleRecords(article, tuple(entities), mentions, (), ()))
    app = PersonaeApp(Corpus(store.snapshot()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"[b]")
        assert _ids(actors) == ["e0"]
        assert _title(actors) == '1 Actors · "[b]" 1 of 4'
        await pilot.press("enter", "backslash", *["backspace"] * 3, *"[/")
        assert _ids(actors) == ["e0"]  # "[/b]" in its name; no markup error
        await pilot.press(*["backspace"] * 2, *"[@click")
        assert _ids(actors) == ["e3"]
        await pilot.press(*["backspace"] * 7, *"pwned")
        assert _ids(actors) == ["e1"]
        screen = whole_screen(app)
        assert "\x1b" not in screen and "\x07" not in screen
        assert "␛]0;pwned␇" in screen  # the controls shown as pictures, never sent
        field = app.screen.query_one("#filter-input", Input)
        field.post_message(events.Paste(" \x1bLtd\x07"))  # a paste holding controls
        await pilot.pause()
        assert field.value == "pwned Ltd"  # taken out, so never echoed to the terminal
        assert _ids(actors) == ["e1"]
        screen = whole_screen(app)
        assert "\x1b" not in screen and "\x07" not in screen
        assert app.is_running


async def test_the_view_across_articles_keeps_streaming_while_filtered(
    monkeypatch: object,
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(across, "FIRST_ROWS", 30)
    monkeypatch.setattr(across, "PART_SECONDS", 0.0)
    app = PersonaeApp(_many_articles(), select=["Iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        await pilot.press("backslash", *"copy 08")  # eleven copies: 080 to 089, and 008
        assert "Filter rows:" in whole_screen(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        headings = [i for i in _ids(rows) if i.startswith("a:")]
        expected = {f"a:copy-{n:03d}" for n in (8, *range(80, 90))}
        assert set(headings) == expected and headings[0] == "a:copy-089"
        assert len(_ids(rows)) == 33  # each with its relation and its event
        assert _count(app) == f"33 of {3 * 90 + len(_ids_of_bundled(app))}"
        await pilot.press("enter")  # kept: the list has the keys again
        await pilot.press("down", "enter")
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.document is not None
        assert app.explorer.document.article.id == "copy-089"


def _ids_of_bundled(app: PersonaeApp) -> list[str]:
    """The across rows of the bundled article (its heading, Iran's relations, events)."""
    rows = app.screen.query_one(AcrossList)
    return [key for key, article in rows.articles.items() if article == "iran-russia-alliance"]


# -- the relations pane's filter ----------------------------------------------------------


def _layered_corpus() -> Corpus:
    """The bundled article with a third of its relations corrected by a reader."""
    records = bundled_records()
    relations = tuple(
        replace(r, provenance="reviewed") if n % 3 == 0 else r
        for n, r in enumerate(records.relations)
    )
    store = Store()
    store.put(replace(records, relations=relations))
    return Corpus(store.snapshot())


async def _tick(pilot: object, facet: str, value: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    found = pilot.app.screen.query_one(f"#facet-{facet}", SelectionList)
    found.focus()
    found.highlighted = next(
        n for n in range(found.option_count) if found.get_option_at_index(n).value == value
    )
    await pilot.press("space")
    await pilot.pause()


async def test_f_keeps_the_relations_of_the_chosen_types_and_says_so() -> None:
    corpus = bundled_corpus()
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2", "F")
        assert isinstance(app.screen, RelationFilters)
        await _tick(pilot, "types", "AGREE")
        await _tick(pilot, "types", "SANCTION")
        await pilot.press("escape")
        relations = app.query_one(RelationList)
        listed = [corpus.relation(i, "iran-russia-alliance") for i in _ids(relations)]
        assert sorted(r.type for r in listed if r is not None) == ["AGREE", "SANCTION", "SANCTION"]
        assert _shown(relations)[0] == "AGREE, SANCTION: 3 of 61 shown (F changes)"
        assert _title(relations) == "2 Relations · 3 of 61 · AGREE, SANCTION"


async def test_f_keeps_conflict_only_and_x_keeps_all_again() -> None:
    corpus = bundled_corpus()
    app = PersonaeApp(corpus, select=["Iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2")
        relations = app.query_one(RelationList)
        everything = len(_ids(relations))
        await pilot.press("F")
        await _tick(pilot, "polarities", "conflict")
        listed = [corpus.relation(i, "iran-russia-alliance") for i in _ids(relations)]
        assert listed and all(r is not None and r.polarity == "conflict" for r in listed)
        assert _shown(relations)[0] == f"conflict: {len(listed)} of {everything} shown (F changes)"
        await pilot.press("x")
        assert "■" not in whole_screen(app)
        await pilot.press("escape")
        assert len(_ids(relations)) == everything
        assert _title(relations) == "2 Relations"


async def test_f_lists_every_layer_the_store_holds_and_keeps_one() -> None:
    corpus = _layered_corpus()
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("F")  # from the actors pane: the relations pane comes into view
        assert app.query_one(RelationList).display
        layers = app.screen.query_one("#facet-layers", SelectionList)
        offered = [layers.get_option_at_index(n).value for n in range(layers.option_count)]
        assert offered == ["curated", "reviewed"]  # the values present, the most first
        assert "reviewed 21" in whole_screen(app)
        await _tick(pilot, "layers", "reviewed")
        assert "■ reviewed 21" in whole_screen(app)  # kept, in words and not only in colour
        await pilot.press("F")  # F closes it too
        assert not isinstance(app.screen, RelationFilters)
        relations = app.query_one(RelationList)
        listed = [corpus.relation(i, "iran-russia-alliance") for i in _ids(relations)]
        assert len(listed) == 21
        assert all(r is not None and r.provenance == "reviewed" for r in listed)
        assert _title(relations) == "2 Relations · 21 of 61 · reviewed"


async def test_co_mentions_stay_hidden_under_a_filter_until_c() -> None:
    records = bundled_records()
    first = records.relations[0]
    mention = replace(first, id="iran-russia-alliance:m1", type="MENTION", summary="")
    store = Store()
    store.put(replace(records, relations=(*records.relations, mention)))
    app = PersonaeApp(Corpus(store.snapshot()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2")
        relations = app.query_one(RelationList)
        assert mention.id not in _ids(relations)
        await pilot.press("F")
        await _tick(pilot, "layers", "curated")
        await pilot.press("escape")
        assert mention.id not in _ids(relations)
        assert "1 co-mention hidden: c shows it" in _shown(relations)
        await pilot.press("c")
        assert mention.id in _ids(relations)
        await pilot.press("backslash", *"SUPPORT")  # the typed filter leaves them out
        assert mention.id not in _ids(relations)
        assert not any("co-mention" in text for text in _shown(relations))


async def test_a_relation_type_is_data_in_the_filter_window() -> None:
    records = bundled_records()
    odd = replace(records.relations[0], id="x:r", type="[b]ODD[/b]")
    store = Store()
    store.put(replace(records, relations=(*records.relations, odd)))
    app = PersonaeApp(Corpus(store.snapshot()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2", "F")
        assert "[b]ODD[/b] 1" in whole_screen(app)
        await _tick(pilot, "types", "[b]ODD[/b]")
        await pilot.press("escape")
        assert _ids(app.query_one(RelationList)) == ["x:r"]


# -- the article picker -------------------------------------------------------------------


def _three_articles() -> Corpus:
    """The bundled article (28 actors), and two without actors: a newer one and an older
    one whose title sorts between theirs."""
    store = _second_article_store()
    text = "Nothing happened."
    old = Article(
        id="old",
        title="Before it all",
        text=text,
        passages=(Span(0, len(text)),),
        sentences=(Span(0, len(text)),),
        date="2020-05-01",
    )
    store.put(ArticleRecords(old, (), (), (), ()))
    return Corpus(store.snapshot())


async def test_ctrl_s_orders_the_article_picker_by_date_title_and_actors() -> None:
    app = PersonaeApp(_three_articles(), article_id="iran-russia-alliance")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("a")
        assert isinstance(app.screen, ArticlePicker)
        picker = app.screen.query_one(PickerList)
        box = app.screen.query_one("#picker")
        assert [row.id for row in picker.options] == ["other", "iran-russia-alliance", "old"]
        assert str(box.border_title) == "Articles (3) · newest first"
        await pilot.press("ctrl+s")
        assert [row.id for row in picker.options] == ["other", "old", "iran-russia-alliance"]
        assert str(box.border_title) == "Articles (3) · by title"
        await pilot.press("ctrl+s")
        assert [row.id for row in picker.options] == ["iran-russia-alliance", "other", "old"]
        assert str(box.border_title) == "Articles (3) · most actors first"
        await pilot.press("0")  # typing narrows, in the chosen order
        assert [row.id for row in picker.options] == ["iran-russia-alliance", "other", "old"]
        await pilot.press("1")  # "01": 2024-01-02 and 2020-05-01
        assert [row.id for row in picker.options] == ["other", "old"]
        await pilot.press("ctrl+s", "ctrl+s")  # a new order keeps what is typed
        assert [row.id for row in picker.options] == ["other", "old"]
        assert str(box.border_title) == "Articles (2 of 3) · by title"


async def test_rows_the_filter_hides_follow_the_pins_too() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        actors = app.query_one(ActorList)
        await pilot.press("backslash", *"russia", "enter", "enter")  # Russia selected
        assert app.explorer.selection.pinned == ("russia",)
        await pilot.press("backslash", *["backspace"] * 6, *"iran", "enter", "p")
        assert app.explorer.selection.pinned == ("russia", "iran")
        await pilot.press("escape")  # the selection cleared while Russia's row is hidden
        assert app.explorer.selection.is_empty
        await pilot.press("backslash", "escape")
        assert _shown(actors)[1:3] == ["Iran 32", "Russia 29"]  # neither marked pinned


async def test_a_paste_into_the_article_picker_never_echoes_controls() -> None:
    app = PersonaeApp(_three_articles(), article_id="iran-russia-alliance")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("a")
        field = app.screen.query_one("#picker-filter", Input)
        field.post_message(events.Paste("bef\x1b]0;x\x07ore"))
        await pilot.pause()
        assert field.value == "bef]0;xore"
        assert "\x1b" not in whole_screen(app) and "\x07" not in whole_screen(app)
        await pilot.press(*["backspace"] * 7, *"ore")
        assert [row.id for row in app.screen.query_one(PickerList).options] == ["old"]


async def test_f_narrows_a_long_pane_before_its_cut_and_backslash_within_it() -> None:
    from test_long_lists import COUNT, _crowded_corpus

    from personae.tui.widgets.explorer_list import MAX_ROWS

    corpus = _crowded_corpus()  # more CONSULT relations than a pane lays out
    records = corpus.relations_in("crowded")
    late = {r.id for r in records[MAX_ROWS:]}
    store = Store()
    article = corpus.open_article("crowded")
    mentions = corpus.mentions_in("crowded")
    relations = tuple(replace(r, type="ACCUSE") if r.id in late else r for r in records)
    entities = (corpus.entity("iran"), corpus.entity("russia"))
    store.put(ArticleRecords(article, entities, mentions, relations, ()))
    app = PersonaeApp(Corpus(store.snapshot()))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations_pane = app.query_one(RelationList)
        cut = f"First {MAX_ROWS} of {COUNT} shown: pin a second actor to narrow"
        assert _shown(relations_pane)[0] == cut
        await pilot.press("2", "F")
        await _tick(pilot, "types", "ACCUSE")  # the relations past the cut
        await pilot.press("escape")
        assert set(_ids(relations_pane)) == late
        assert _shown(relations_pane)[0] == f"ACCUSE: {len(late)} of {COUNT} shown (F changes)"
        await pilot.press("F", "x", "escape", "backslash", *"meeting 55")
        # of the rows laid out: r550 to r559 are past the cut
        assert _ids(relations_pane) == ["r55", "r155", "r255", "r355", "r455"]
        assert _shown(relations_pane)[0] == cut  # and the note still says so


async def test_backslash_outside_a_list_says_where_it_works() -> None:
    app = make_app()
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("4", "backslash")  # the article has the focus
        await pilot.pause()
        said = [str(note.message) for note in app._notifications]
        assert said == ["Go to a list first (1, 2 or 3): \\ filters the list that has the focus."]
        assert not app.screen.query(FilterLine)


async def test_g_starts_with_the_relation_filter_and_says_so_in_its_title() -> None:
    corpus = bundled_corpus()
    app = PersonaeApp(corpus, select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("2", "F")
        await _tick(pilot, "polarities", "conflict")
        await pilot.press("escape", "g")
        await pilot.pause()
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        listed = [
            corpus.relation(i[2:], "iran-russia-alliance") for i in _ids(rows) if i[:2] == "r:"
        ]
        assert listed and all(r is not None and r.polarity == "conflict" for r in listed)
        assert _title(rows) == "Iran across articles · only conflict (F)"
        assert "outside the filter" in str(rows.border_subtitle)
