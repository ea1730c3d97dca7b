"""Notes and bookmarks from the explorer as a reader makes them: m on a passage, a note
from the e menu, the Notes view going back to each and deleting one; marks on screen; all
kept in the store for the next explorer."""

from __future__ import annotations

from pathlib import Path

from screen_text import screen_lines
from textual.pilot import Pilot
from textual.widgets import TextArea

from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.notes import BOOKMARK
from personae.tui.app import PersonaeApp
from personae.tui.screens.choice import ChoiceScreen
from personae.tui.screens.notes import NoteScreen, NotesScreen
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList

ARTICLE = "iran-russia-alliance"


async def _settled(pilot: Pilot[None]) -> None:
    """Notes are written in a worker thread: wait for it, then for the redraw."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(path: Path, select: tuple[str, ...] = ("iran",)) -> PersonaeApp:
    store = Store.open_or_create(path)
    return PersonaeApp(Corpus.open(store), select=select, store=store)


def _notes(path: Path) -> list[tuple[str, str]]:
    """The notes a new explorer on the store would read: (kind, text), oldest first."""
    return [(n.kind, n.value) for n in Corpus.open(Store.open(path)).layer.notes]


def _partner(app: PersonaeApp) -> str:
    corpus = app.explorer.corpus
    return next(
        r.id
        for r in corpus.relations_in(ARTICLE)
        if (r.source, r.target, r.type) == ("iran", "russia", "PARTNER")
    )


async def _highlight_relation(pilot: Pilot[None], relation: str) -> RelationList:
    await pilot.press("2")
    relations = pilot.app.screen.query_one(RelationList)
    relations.highlighted = relations.get_option_index(relation)
    await _settled(pilot)
    return relations


async def test_m_bookmarks_the_rows_evidence_marks_the_gutter_and_m_again_unmarks(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        relation = _partner(app)
        await _highlight_relation(pilot, relation)
        await pilot.press("m")
        await _settled(pilot)
        assert _notes(path) == [(BOOKMARK, "")]
        [note] = app.corpus.layer.notes
        evidence = app.corpus.relation(relation, ARTICLE)
        assert evidence is not None
        text = app.corpus.article(ARTICLE).text
        assert note.target["sentence"] == text[evidence.evidence.start : evidence.evidence.end]
        view = app.screen.query_one(ArticleView)
        view.scroll_to_span(evidence.evidence, center=True)
        await _settled(pilot)
        assert any(line[1:2] == "◆" for line in screen_lines(view))  # the line-mark column
        await pilot.press("m")
        await _settled(pilot)
        assert _notes(path) == []


async def test_u_takes_back_a_bookmark(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("4", "m")
        await _settled(pilot)
        assert [k for k, _ in _notes(path)] == [BOOKMARK]
        await pilot.press("u")
        await _settled(pilot)
        assert _notes(path) == []


async def test_u_puts_back_a_bookmark_m_took_off(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("4", "m")
        await _settled(pilot)
        [kept] = Corpus.open(Store.open(path)).layer.notes
        await pilot.press("m")
        await _settled(pilot)
        assert _notes(path) == []
        await pilot.press("u")
        await _settled(pilot)
        [back] = Corpus.open(Store.open(path)).layer.notes
        assert (back.kind, back.target) == (kept.kind, kept.target)  # the same passage
        await pilot.press("u")  # and u again takes it off, as after m
        await _settled(pilot)
        assert _notes(path) == []


async def test_a_note_from_the_e_menu_is_kept_and_marks_the_row(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        relations = await _highlight_relation(pilot, _partner(app))
        await pilot.press("e")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("w")
        await _settled(pilot)
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one(TextArea).insert("Signed when?\n[b]not bold[/b] \x1b[31m")
        await pilot.press("ctrl+s")
        await _settled(pilot)
        assert _notes(path) == [("note.relation", "Signed when?\n[b]not bold[/b] \x1b[31m")]
        assert any("¶ your note" in line for line in screen_lines(relations))
        # Esc in the editor keeps nothing.
        await pilot.press("e", "w")
        await _settled(pilot)
        app.screen.query_one(TextArea).insert("dropped")
        await pilot.press("escape")
        await _settled(pilot)
        assert len(_notes(path)) == 1


async def test_a_note_on_an_actor_shows_its_mark_in_the_actor_list(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        actors = app.screen.query_one(ActorList)
        await pilot.press("1")
        actors.highlighted = actors.get_option_index("iran")
        await pilot.press("e", "w")
        await _settled(pilot)
        app.screen.query_one(TextArea).insert("Watch the oil deals")
        await pilot.press("ctrl+s")
        await _settled(pilot)
        assert _notes(path) == [("note.actor", "Watch the oil deals")]
        assert any("Iran ¶" in line for line in screen_lines(actors))


async def test_the_notes_view_goes_back_to_the_place_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        relation = _partner(app)
        await _highlight_relation(pilot, relation)
        await pilot.press("e", "w")
        await _settled(pilot)
        app.screen.query_one(TextArea).insert("Go back here")
        await pilot.press("ctrl+s")
        await _settled(pilot)
        await pilot.press("escape", "escape")  # the selection cleared
        await _settled(pilot)
        assert app.explorer.selection.relation is None
        await pilot.press("M")
        await _settled(pilot)
        assert isinstance(app.screen, NotesScreen)
        await pilot.press("enter")
        await _settled(pilot)
        assert app.explorer.selection.relation == relation
        await pilot.press("M")
        await _settled(pilot)
        await pilot.press("d")
        await _settled(pilot)
        assert _notes(path) == []
        await pilot.press("escape")
        await _settled(pilot)
        assert not isinstance(app.screen, NotesScreen)


async def test_the_palette_opens_the_notes_view(tmp_path: Path) -> None:
    app = _app(tmp_path / "s.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(pilot)
        await pilot.press("ctrl+p")
        await _settled(pilot)
        await pilot.press(*"Notes")
        await _settled(pilot)
        await pilot.press("enter")
        await _settled(pilot)
        assert isinstance(app.screen, NotesScreen)


async def test_the_cursor_stays_on_its_row_after_a_bookmark(tmp_path: Path) -> None:
    """So that e then w writes the note on the relation just bookmarked."""
    app = _app(tmp_path / "s.json")
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await pilot.press("2", "down", "down")
        await _settled(pilot)
        relations = app.screen.query_one(RelationList)
        row = relations.highlighted_id
        assert row is not None and relations.highlighted == 2
        await pilot.press("m")
        await _settled(pilot)
        assert app.screen.query_one(RelationList).highlighted_id == row
