"""Correcting from the explorer as a reader does: keys, the change on screen, undo, and
the change kept in the store for the next explorer."""

from __future__ import annotations

import re
from pathlib import Path

from screen_text import screen_lines, whole_screen
from textual.pilot import Pilot

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Relation, Span
from personae.store.reviewed import commit_correction
from personae.tui.app import PersonaeApp
from personae.tui.screens.across import AcrossArticles, AcrossList
from personae.tui.screens.choice import ChoiceScreen, TextScreen
from personae.tui.screens.history import ORPHANED, UNDONE, HistoryScreen, describe
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.timeline import Timeline

ARTICLE = "iran-russia-alliance"


def _app(path: Path, select: tuple[str, ...] = ("iran",)) -> PersonaeApp:
    store = Store.open_or_create(path)
    return PersonaeApp(Corpus.open(store), select=select, store=store)


async def _settled(pilot: Pilot[None]) -> None:
    """Corrections are written in a worker thread: wait for it, then for the redraw."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _rows(widget: RelationList | ActorList | Timeline) -> list[str]:
    return [line.strip() for line in screen_lines(widget)]


async def _highlight(pilot: Pilot[None], pane: str, row_id: str) -> None:
    await pilot.press({"actors": "1", "relations": "2", "timeline": "3"}[pane])
    widget = pilot.app.screen.query_one(f"#{pane}", RelationList | ActorList | Timeline)
    widget.highlighted = widget.get_option_index(row_id)
    await _settled(pilot)


def _partner(app: PersonaeApp) -> str:
    corpus = app.explorer.corpus
    return next(
        r.id
        for r in corpus.relations_in(ARTICLE)
        if (r.source, r.target, r.type) == ("iran", "russia", "PARTNER")
    )


async def test_e_then_r_rejects_a_relation_and_u_brings_it_back(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json")
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        relation = _partner(app)
        await _highlight(pilot, "relations", relation)
        await pilot.press("e")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("r")
        await _settled(pilot)
        assert relation not in app.explorer.query_one(RelationList)._ids
        assert Corpus.open(Store.open(tmp_path / "s.json")).relation(relation, ARTICLE) is None
        await pilot.press("u")
        await _settled(pilot)
        assert relation in app.explorer.query_one(RelationList)._ids
        assert Corpus.open(Store.open(tmp_path / "s.json")).relation(relation, ARTICLE)


async def test_changing_the_type_shows_the_new_type_and_the_reviewed_mark(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json")
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        relation = _partner(app)
        await _highlight(pilot, "relations", relation)
        await pilot.press("e", "t")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*"ally", "enter")
        await _settled(pilot)
        rows = app.explorer.query_one(RelationList)
        row = rows.options[rows.get_option_index(relation)]
        assert "ALLY" in row.prompt.plain and "✎" in row.prompt.plain


async def test_merging_an_actor_by_typing_the_others_name(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json", select=("soviet-union",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "soviet-union")
        await pilot.press("e", "m")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*"russia", "enter")
        await _settled(pilot)
        actors = app.explorer.query_one(ActorList)
        assert "soviet-union" not in actors._ids
        assert "Soviet Union" in app.explorer.corpus.entity("russia").aliases
        assert any("Russia ✎" in line for line in _rows(actors))
        assert app.explorer.selection.pinned == ("russia",)  # the pin followed the merge


async def test_splitting_a_name_off_an_actor_lists_it_as_an_actor_of_its_own(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path / "s.json", select=("russia",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "russia")
        await pilot.press("e", "s")
        assert isinstance(app.screen, ChoiceScreen)
        assert "Russian" in whole_screen(app)
        await pilot.press("enter")  # the first of its other names: Moscow
        await _settled(pilot)
        corpus = app.explorer.corpus
        assert "moscow" in app.explorer.query_one(ActorList)._ids
        assert any("Moscow" in line for line in _rows(app.explorer.query_one(ActorList)))
        assert "Moscow" not in corpus.entity("russia").aliases
        [split] = corpus.layer.corrections
        assert describe(split, corpus) == "actor Russia: split off Moscow"


async def test_renaming_an_actor_and_a_second_explorer_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    other = _app(path)
    app = _app(path, select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "iran")
        await pilot.press("e", "r")
        assert isinstance(app.screen, TextScreen)
        await pilot.press(*["backspace"] * 4, *"Persia", "enter")
        await _settled(pilot)
        assert app.explorer.corpus.entity("iran").name == "Persia"
    async with other.run_test(size=(160, 50)) as pilot:
        assert other.store is not None and other.store.changed_on_disk()
        other._check_store()  # what the reload timer does every two seconds
        await other.workers.wait_for_complete()
        await _settled(pilot)
        assert other.explorer.corpus.entity("iran").name == "Persia"


async def test_an_events_date_is_changed_and_a_bad_date_refused(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json")
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        event = app.explorer.corpus.events_in(ARTICLE)[0]
        await _highlight(pilot, "timeline", event.id)
        await pilot.press("e", "d")
        assert isinstance(app.screen, TextScreen)
        await pilot.press(*["backspace"] * 10, *"spring", "enter")
        await _settled(pilot)
        assert app.explorer.corpus.event(event.id, ARTICLE) == event  # refused: unchanged
        await _highlight(pilot, "timeline", event.id)
        await pilot.press("e", "d", *["backspace"] * 10, *"1979-01-16", "enter")
        await _settled(pilot)
        changed = app.explorer.corpus.event(event.id, ARTICLE)
        assert changed is not None and (changed.date, changed.precision) == ("1979-01-16", "day")


async def test_u_undoes_whichever_came_last_a_correction_or_an_esc(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json", select=("iran",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "nato")
        await pilot.press("e", "x")  # not an actor
        await _settled(pilot)
        assert "nato" not in app.explorer.query_one(ActorList)._ids
        await pilot.press("escape")  # clears the pins
        assert app.explorer.selection.is_empty
        await pilot.press("u")  # the Esc came last: the pins come back
        assert app.explorer.selection.pinned == ("iran",)
        await pilot.press("u")  # then the correction
        await _settled(pilot)
        assert "nato" in app.explorer.query_one(ActorList)._ids


async def test_the_history_lists_corrections_newest_first_and_undoes_any(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json", select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "nato")
        await pilot.press("e", "k")
        await pilot.press(*["down"] * 5, "enter")
        await _highlight(pilot, "actors", "iran")
        await pilot.press("e", "x")
        await _settled(pilot)
        app.action_history()
        await _settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
        lines = [line for line in screen_lines(app.screen.query_one("#history-list"))]
        assert "not an actor" in lines[0] and "kind" in lines[1]
        assert not any(ORPHANED in line for line in lines)
        await pilot.press("down", "enter")  # undo the older one: the kind
        await _settled(pilot)
        assert app.explorer.corpus.entity("nato").kind == "organisation"
        assert "iran" not in app.explorer.query_one(ActorList)._ids  # the other stays


async def test_an_undone_correction_stays_in_the_history_marked_undone(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path, select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "iran")
        await pilot.press("e", "x")
        await _settled(pilot)
        app.action_history()
        await _settled(pilot)
        await pilot.press("enter")  # undo it
        await _settled(pilot)
        assert "iran" in app.explorer.query_one(ActorList)._ids  # no longer applied
        assert isinstance(app.screen, HistoryScreen)
        lines = screen_lines(app.screen.query_one("#history-list"))
        assert "not an actor" in lines[0] and f"[{UNDONE} " in lines[0]  # still listed
        assert "1 correction, 1 undone" in str(app.screen.query_one("#history").border_title)
        await pilot.press("enter")  # undoing it again changes nothing, and says so
        await _settled(pilot)
        assert any("undone already" in str(n.message) for n in app._notifications)
    (kept,) = Corpus.open(Store.open(path)).layer.corrections
    assert kept.kind == "actor.not_actor" and kept.undone is not None


async def test_g_after_a_merge_lists_the_merged_actors_articles(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Store.open_or_create(path).put(_soviet_only())
    app = _app(path, select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "soviet-union")
        await pilot.press("e", "m")
        await _settled(pilot)
        await pilot.press(*"russia", "enter")
        await _settled(pilot)
        app.explorer.select_actor("russia")
        await pilot.press("g")
        await _settled(pilot)
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, AcrossArticles)
        listed = set(app.screen.query_one(AcrossList)._ids)
        assert {"a:soviet-only", "r:soviet-only:r1"} <= listed


def _soviet_only() -> ArticleRecords:
    """An article naming the Soviet Union and Georgia, not Russia."""
    text = "The Soviet Union invaded Georgia."
    span = Span(0, len(text))
    article = Article(
        id="soviet-only", title="Soviet only", text=text, passages=(span,), sentences=(span,)
    )
    names = {"soviet-union": "Soviet Union", "georgia": "Georgia"}
    mentions = tuple(
        Mention(
            entity=i, article=article.id, start=text.index(n), end=text.index(n) + len(n), text=n
        )
        for i, n in names.items()
    )
    relation = Relation(
        id="soviet-only:r1",
        article=article.id,
        source="soviet-union",
        target="georgia",
        type="ASSAULT",
        evidence=span,
    )
    entities = tuple(Entity(id=i, name=n, kind="state") for i, n in names.items())
    return ArticleRecords(article, entities, mentions, (relation,), ())


async def test_the_history_marks_an_orphaned_correction_and_shows_names_as_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.json"
    store = Store.open_or_create(path)
    commit_correction(store, "actor.rename", {"entity": "gone", "name": "[b]Gone[/b]"}, "X", "Y")
    app = _app(path, select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "iran")
        await pilot.press("e", "r", *["backspace"] * 4, *"[@click=app.quit]Iran[/]", "enter")
        await _settled(pilot)
        actors = app.explorer.query_one(ActorList)
        row = actors.options[actors.get_option_index("iran")]
        assert "[@click=app.quit]Iran[/]✎" in "".join(row.prompt.plain.split())
        app.action_history()
        await _settled(pilot)
        lines = screen_lines(app.screen.query_one("#history-list"))
        assert "[@click=app.quit]Iran[/]" in lines[0] and ORPHANED not in lines[0]
        assert "[b]Gone[/b]" in lines[1] and ORPHANED in lines[1]


async def test_u_after_the_history_undid_that_correction_says_so_and_moves_on(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path / "s.json", select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "nato")
        await pilot.press("e", "x")
        await _settled(pilot)
        app.action_history()
        await _settled(pilot)
        await pilot.press("u", "escape")  # undone in the History
        await _settled(pilot)
        await pilot.press("u")  # the explorer's u still remembers it
        await _settled(pilot)
        said = [n.message for n in app._notifications]
        assert any("already undone" in m for m in said)
        await pilot.press("u")  # nothing is left to undo: u says so, not stuck
        await _settled(pilot)
        said = [n.message for n in app._notifications]
        assert any("Nothing to undo" in m for m in said)


async def test_a_correction_reads_nothing_again_unless_another_commit_came_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.json"
    app = _app(path, select=())
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        shown = app.corpus
        await _highlight(pilot, "actors", "nato")
        await pilot.press("e", "x")
        await _settled(pilot)
        assert app.corpus is not shown and app.corpus.catalog.articles is shown.catalog.articles
        Store.open(path).put(_soviet_only())  # another writer, before the reload sees it
        await _highlight(pilot, "actors", "iran")
        await pilot.press("e", "x")
        await _settled(pilot)
        assert "soviet-only" in app.corpus.catalog  # read again: the new article is there
        assert [c.kind for c in app.corpus.layer.corrections] == ["actor.not_actor"] * 2


async def test_e_in_the_article_adds_a_relation_between_the_pinned_actors(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json", select=("iran", "russia"))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("4", "e")
        await _settled(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("a")
        await _settled(pilot)
        await pilot.press(*"suicide drones", "enter")
        await _settled(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*"cooperate", "enter")
        await _settled(pilot)
        corpus = app.explorer.corpus
        [added] = [r for r in corpus.relations_in(ARTICLE) if r.provenance == "reviewed"]
        assert (added.source, added.target, added.type) == ("iran", "russia", "COOPERATE")
        assert (
            "suicide drones"
            in corpus.article(ARTICLE).text[added.evidence.start : added.evidence.end]
        )
        rows = app.explorer.query_one(RelationList)
        assert "COOPERATE ✎" in rows.options[rows.get_option_index(added.id)].prompt.plain
        await pilot.press("u")
        await _settled(pilot)
        assert not any(
            r.provenance == "reviewed" for r in app.explorer.corpus.relations_in(ARTICLE)
        )


async def test_e_in_the_article_takes_a_mention_from_its_actor_or_gives_it_to_another(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path / "s.json", select=("iran",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        before = app.explorer.corpus.mentions_of("iran", ARTICLE)
        tehran = next(m for m in before if m.text == "Tehran")
        await pilot.press("4", "e", "n")
        await _settled(pilot)
        await pilot.press(*"tehran", "enter")
        await _settled(pilot)
        after = app.explorer.corpus.mentions_of("iran", ARTICLE)
        assert len(after) == len(before) - 1 and tehran.start not in {m.start for m in after}
        await pilot.press("u")
        await _settled(pilot)
        await pilot.press("4", "e", "o")
        await _settled(pilot)
        await pilot.press(*"tehran", "enter")
        await _settled(pilot)
        await pilot.press(*"russia", "enter")
        await _settled(pilot)
        moved = app.explorer.corpus.mentions_of("russia", ARTICLE)
        assert tehran.start in {m.start for m in moved}
        app.action_history()
        await _settled(pilot)
        lines = screen_lines(app.screen.query_one("#history-list"))
        assert "mention «Tehran» of Iran: of Russia" in lines[0]


async def test_e_in_the_article_marks_words_of_the_sentence_a_mention_of_an_actor(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path / "s.json", select=("iran",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("4")
        await _settled(pilot)
        span = app.explorer.query_one(ArticleView).cursor_sentence()
        assert span is not None
        corpus = app.explorer.corpus
        passage = corpus.passage_index(ARTICLE, span.start)
        assert passage not in corpus.passages_naming("wagner-group", ARTICLE)
        text = corpus.article(ARTICLE).text
        tagged = {i for m in corpus.mentions_in(ARTICLE) for i in range(m.start, m.end)}
        word = next(
            w
            for w in re.finditer(r"[A-Za-z]{4,}", text[span.start : span.end])
            if span.start + w.start() not in tagged
        )
        await pilot.press("e", "m")
        await _settled(pilot)
        assert isinstance(app.screen, TextScreen)
        await pilot.press(*"no such words here", "enter")
        await _settled(pilot)
        assert not app.explorer.corpus.layer.corrections
        await pilot.press("e", "m")
        await _settled(pilot)
        await pilot.press(*word.group(), "enter")
        await _settled(pilot)
        await pilot.press(*"wagner", "enter")
        await _settled(pilot)
        corpus = app.explorer.corpus
        assert passage in corpus.passages_naming("wagner-group", ARTICLE)
        marked = [m for m in corpus.mentions_of("wagner-group", ARTICLE) if m.text == word.group()]
        assert [m.start for m in marked] == [span.start + word.start()]


async def test_the_palette_opens_the_history_and_the_selected_actors_corrections(
    tmp_path: Path,
) -> None:
    app = _app(tmp_path / "s.json", select=("iran",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("ctrl+p")
        await _settled(pilot)
        await pilot.press(*"History")
        await app.workers.wait_for_complete()  # the palette's search
        await _settled(pilot)
        await pilot.press("enter")
        await _settled(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape", "ctrl+p")
        await _settled(pilot)
        await pilot.press(*"Correct the selected actor")
        await app.workers.wait_for_complete()  # the palette's search
        await _settled(pilot)
        await pilot.press("enter")
        await _settled(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("k")
        await _settled(pilot)
        assert isinstance(app.screen, ChoiceScreen)  # the kinds to choose from


async def test_e_across_articles_corrects_a_relation_of_another_article(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Store.open_or_create(path).put(_soviet_only())
    app = _app(path, select=("soviet-union",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        shown = app.explorer.document
        assert shown is not None and shown.article.id != "soviet-only"
        await pilot.press("g")
        await _settled(pilot)
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        rows.highlighted = rows.get_option_index("r:soviet-only:r1")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "Soviet Union → Georgia" in whole_screen(app)
        await pilot.press("r")
        await _settled(pilot)
        assert isinstance(app.screen, AcrossArticles)  # the view stays, redrawn
        assert "r:soviet-only:r1" not in app.screen.query_one(AcrossList)._ids
        event = next(i for i in app.screen.query_one(AcrossList)._ids if i.startswith("e:"))
        rows = app.screen.query_one(AcrossList)
        rows.highlighted = rows.get_option_index(event)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "Correct this event" in whole_screen(app)
    assert Corpus.open(Store.open(path)).relation("soviet-only:r1", "soviet-only") is None
