"""The reader's notes and bookmarks from the explorer: m bookmarks the passage under the
cursor (again: takes the bookmark off), "Add a note" (the e menu, the palette) writes a
note on an actor, a relation or a passage, and the Notes view (M, the palette) lists them
and goes back to their place.  They are kept in the store (store/notes.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from personae.store.corpus import Corpus
from personae.store.corrections import Correction
from personae.store.model import Span
from personae.store.notes import BOOKMARK, actor_key, add_note, bookmark_of, delete_note
from personae.store.notes import passage_key as passage_target
from personae.store.reviewed import Committed
from personae.tui.palette import Command, ListedCommands
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from personae.tui.app import PersonaeApp
    from personae.tui.layer_writer import StoreHolder
    from personae.tui.screens.explorer import ExplorerScreen


def _holder(screen: ExplorerScreen) -> StoreHolder:
    return cast("StoreHolder", screen.app)


def cursor_passage(screen: ExplorerScreen) -> Span | None:
    """The sentence under the cursor: the evidence of the relation or event row under the
    cursor of the focused list, else the article's (ArticleView.cursor_sentence)."""
    document = screen.document
    if document is None:
        return None
    focused, article = screen.focused, document.article.id
    if isinstance(focused, RelationList) and focused.highlighted_id is not None:
        relation = screen.corpus.relation(focused.highlighted_id, article)
        if relation is not None:
            return relation.evidence
    if isinstance(focused, Timeline) and focused.highlighted_id is not None:
        event = screen.corpus.event(focused.highlighted_id, article)
        if event is not None:
            return event.evidence
    return screen.query_one(ArticleView).cursor_sentence()


def toggle_bookmark(screen: ExplorerScreen) -> None:
    """m: bookmark the passage under the cursor, or take its bookmark off."""
    from personae.tui.layer_writer import write_with

    span, document = cursor_passage(screen), screen.document
    if span is None or document is None:
        screen.notify("No passage here to bookmark: open an article first.", timeout=4)
        return
    article = document.article.id
    sentence = document.article.text[span.start : span.end]
    found = bookmark_of(screen.corpus.layer.notes, article, sentence)
    target = passage_target(article, sentence)
    if found is None:
        _bookmark(screen, target, "Bookmarked: m again or u takes it off; M lists your notes.")
        return

    def removed(_: Committed) -> None:
        screen.remember_undo(lambda: _bookmark(screen, target, "Bookmark put back."))
        screen.notify("Bookmark removed: u puts it back.", timeout=3)

    write_with(_holder(screen), lambda store, wait: delete_note(store, found.id, wait), removed)


def _bookmark(screen: ExplorerScreen, target: dict[str, Any], said: str) -> None:
    """Keep a bookmark on ``target`` (a passage); u then takes it off."""
    from personae.tui.layer_writer import write_with

    def bookmarked(done: Committed) -> None:
        if done.correction is not None:
            screen.remember_correction(done.correction.id)
            screen.notify(said, timeout=4)

    write_with(
        _holder(screen),
        lambda store, wait: add_note(store, BOOKMARK, target, "", wait),
        bookmarked,
    )


def write_note(screen: ExplorerScreen, what: str, target_id: str) -> None:
    """A note on an actor, a relation, or a passage (an event's, or the article's under the
    cursor): a small editor asks for its text, then it is kept."""
    from personae.tui.screens.notes import NoteScreen, quoted

    document, corpus = screen.document, screen.corpus
    if document is None:
        return
    article = document.article.id
    target: dict[str, Any] | None = None
    kind = title = on_what = ""
    if what == "actor":
        entity = corpus.entity(target_id)
        kind, target, title = "note.actor", actor_key(article, entity.id, entity.name), entity.name
        on_what = f"On {entity.name}, in «{document.article.title}»."
    elif what == "relation":
        kind, target = "note.relation", corpus.relation_target(target_id, article)
        relation = corpus.relation(target_id, article)
        if target is None or relation is None:
            screen.notify("Notes go on the machine's relations; a note on the passage instead.")
            what, target_id = "passage", ""
        else:
            title = f"{corpus.entity(relation.source).name} → {corpus.entity(relation.target).name}"
            on_what = f"On {title} {relation.type}: {relation.summary or relation.type.lower()}."
    if what not in ("actor", "relation"):
        event = corpus.event(target_id, article) if what == "event" else None
        span = event.evidence if event is not None else cursor_passage(screen)
        if span is None:
            return
        sentence = document.article.text[span.start : span.end]
        kind, target, title = "note.passage", passage_target(article, sentence), "this passage"
        on_what = f"«{quoted(sentence, 160)}»"

    def typed(text: str | None) -> None:
        from personae.tui.layer_writer import write_with

        if text is None or target is None:
            return
        if not text.strip():
            screen.notify("Nothing typed: no note kept.", severity="warning")
            return

        def kept(done: Committed) -> None:
            if done.correction is not None:
                screen.remember_correction(done.correction.id)
                screen.notify("Note kept: u takes it back; M lists your notes.", timeout=4)

        write_with(
            _holder(screen), lambda store, wait: add_note(store, kind, target, text, wait), kept
        )

    screen.app.push_screen(NoteScreen(f"Note on {title}", on_what), typed)


def show_notes(app: PersonaeApp) -> None:
    """The Notes view; Enter on one goes back to its place."""
    from personae.tui.layer_writer import write_with
    from personae.tui.screens.notes import NotesScreen

    def delete(note_id: str, deleted: Callable[[Corpus], None]) -> None:
        write_with(
            cast("StoreHolder", app),
            lambda store, wait: delete_note(store, note_id, wait),
            lambda _: deleted(app.corpus),
        )

    def chosen(note: Correction | None) -> None:
        if note is not None:
            go_to(app.explorer, note)

    app.push_screen(NotesScreen(app.corpus, delete), chosen)


def go_to(screen: ExplorerScreen, note: Correction) -> None:
    """Open the note's article with its actor, relation or passage selected and in view."""
    from personae.tui.screens.across import Jump

    corpus, article = screen.corpus, note.article
    if article is None or article not in corpus.catalog:
        screen.notify("That article is no longer in the store.", severity="warning")
        return
    target = note.target
    if note.kind == "note.actor":
        entity = corpus.resolve(str(target.get("entity")))
        if entity is not None:
            screen.jump(Jump(article), entity.id)
            return
    elif note.kind == "note.relation":
        found = next(
            (
                r
                for r in corpus.relations_in(article)
                if corpus.relation_target(r.id, article) == target
            ),
            None,
        )
        if found is not None:
            screen.jump(Jump(article, relation=found.id), found.source)
            return
    shown = screen.document
    if (shown is None or shown.article.id != article) and not screen.open_article(article):
        return
    view = screen.query_one(ArticleView)
    text = corpus.article(article).text
    sentence = str(target.get("sentence", ""))
    start = text.find(sentence) if sentence else -1
    if start >= 0:
        span = Span(start, start + len(sentence))
        screen.call_after_refresh(view.scroll_to_span, span, center=True)
    else:
        screen.notify("Its place is gone from the article (orphaned): the article is open.")
    view.focus()


class NoteCommands(ListedCommands):
    """Notes, and "Add a note" on what is selected or under the cursor."""

    def commands(self) -> list[Command]:
        app: PersonaeApp = self.app  # type: ignore[assignment]
        explorer = app.explorer
        commands = [("Notes", app.action_notes, "your bookmarks and notes; go back to one")]

        def note(what: str, target: str) -> Callable[[], None]:
            return lambda: write_note(explorer, what, target)

        selection = explorer.selection
        if selection.relation is not None:
            commands.append(
                ("Add a note on the selected relation", note("relation", selection.relation), "")
            )
        if selection.primary is not None:
            commands.append(
                ("Add a note on the selected actor", note("actor", selection.primary), "")
            )
        if explorer.document is not None:
            commands.append(("Add a note on the passage under the cursor", note("passage", ""), ""))
            commands.append(
                ("Bookmark the passage under the cursor", explorer.action_bookmark, "m")
            )
        return commands
