"""The reader's notes on screen: a small editor to write one (Ctrl+S saves, Esc cancels),
and the Notes view (palette "Notes", or M): bookmarks and notes, newest first, each with
its article and what it is on; Enter goes back to its place, d deletes it.

A note is the reader's text: shown with its controls made visible, never read as markup."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from personae.store.corpus import Corpus
from personae.store.corrections import Correction
from personae.store.notes import BOOKMARK
from personae.tui.format import BOOKMARK_MARK, NOTE_MARK, printable
from personae.tui.screens.layer_list import LayerListScreen
from personae.tui.widgets.explorer_list import hanging
from personae.tui.widgets.row_list import Row, RowList

ORPHANED = "orphaned"
#: How much of a passage a row of the Notes view quotes.
QUOTED = 90

NOTES_CSS = """
NoteScreen, NotesScreen {
    align: center middle;
}
#note-box {
    width: 64;
    height: auto;
    max-height: 90%;
    background: $surface;
    padding: 0 1;
}
#note-box Static {
    margin-bottom: 1;
}
#note-text {
    height: 6;
    border: none;
    padding: 0;
}
#notes {
    width: 100;
    height: 80%;
    background: $surface;
}
#notes-list {
    height: 1fr;
}
"""


class NoteScreen(ModalScreen[str | None]):
    """A note of one line or more: Ctrl+S returns its text, Esc None (Enter is a new line)."""

    DEFAULT_CSS = NOTES_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel", id="note.cancel", priority=True),
        Binding("ctrl+s", "save", "Save", id="note.save", priority=True),
    ]

    def __init__(self, title: str, on_what: str) -> None:
        super().__init__()
        self._title = title
        self._on_what = on_what

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="modal-box") as box:
            box.border_title = printable(self._title)
            box.border_subtitle = "Ctrl+S save · Esc cancel"
            yield Static(Content(printable(self._on_what)), id="note-on")
            yield TextArea(id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)


def quoted(text: str, limit: int = QUOTED) -> str:
    """A passage on one line, cut at ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def note_subject(note: Correction, corpus: Corpus) -> str:
    """What a note is on, in words: an actor's name, a relation, or the passage quoted."""
    target = note.target

    def name(entity_id: object) -> str:
        found = corpus.resolve(str(entity_id))
        return found.name if found is not None else str(entity_id)

    if note.kind == "note.actor":
        found = corpus.resolve(str(target.get("entity")))
        return f"on {found.name if found is not None else target.get('name')}"
    if note.kind == "note.relation":
        ends = f"{name(target.get('source'))} → {name(target.get('target'))}"
        return f"on {ends} {target.get('type', '')}: «{quoted(str(target.get('sentence')))}»"
    return f"«{quoted(str(target.get('sentence', '')))}»"


def note_row(note: Correction, corpus: Corpus, width: int) -> Row:
    """Mark, when and article title; what it is on; the note's lines (controls visible)."""
    glyph = BOOKMARK_MARK if note.kind == BOOKMARK else NOTE_MARK
    when = note.when.replace("T", " ")[:16]
    article = note.article or ""
    entry = corpus.entry(article) if article in corpus.catalog else None
    title = entry.title if entry is not None else f"{note.article} (no longer in the store)"
    parts: list[Content] = [
        Content.assemble((f"{when}  ", "dim"), (printable(title), "bold")),
        Content(printable(note_subject(note, corpus))),
    ]
    parts += [Content.styled(printable(line), "italic") for line in str(note.value).splitlines()]
    if corpus.orphaned(note):
        parts.append(Content.styled(f"[{ORPHANED}: its target is gone]", "bold reverse"))
    prefix = Content.styled(f"{glyph} ", "bold")
    return Row(hanging(prefix, Content("\n").join(parts), width), id=note.id)


class NotesScreen(LayerListScreen[Correction | None]):
    """Every bookmark and note, newest first: Enter returns the one to go back to; d
    deletes the one under the cursor; Esc closes."""

    DEFAULT_CSS = NOTES_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="notes.close"),
        Binding("d", "delete", "Delete", id="notes.delete"),
        Binding("delete", "delete", "Delete", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="notes", classes="modal-box") as box:
            box.border_subtitle = "Enter go to · d delete · ↑↓ move · Esc close"
            yield RowList(id="notes-list")

    def _notes(self) -> tuple[Correction, ...]:
        return self.corpus.layer.notes[::-1]

    def _show(self) -> None:
        notes = self._notes()
        listing = self.query_one(RowList)
        width = max(20, listing.scrollable_content_region.width or self.app.size.width - 4)
        rows = [note_row(n, self.corpus, width) for n in notes]
        if not rows:
            empty = "No notes yet: m bookmarks a passage, e then “Add a note” writes one."
            rows = [Row(Content(empty), disabled=True)]
        kept = listing.highlighted
        listing.set_rows(rows)
        if notes:
            listing.highlighted = min(kept or 0, len(notes) - 1)
        count = len(notes)
        box = self.query_one("#notes")
        box.border_title = f"Notes ({count}, newest first, times UTC)"

    @on(RowList.RowChosen)
    def _chosen(self, message: RowList.RowChosen) -> None:
        message.stop()
        found = next((n for n in self._notes() if n.id == message.row.id), None)
        if found is not None:
            self.dismiss(found)

    def action_delete(self) -> None:
        chosen = self._selected_id()
        if chosen is not None:
            self._change(chosen, self._changed)
