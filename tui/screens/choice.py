"""Small modals the corrections ask with: choose one of a few (a letter picks it), choose
one of many (type to narrow), or type a value.  Every label is plain text, never markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from personae.tui.format import printable
from personae.tui.widgets.explorer_list import hanging
from personae.tui.widgets.row_list import Row, RowList

#: The most lines a list of choices takes; longer ones scroll.
MAX_LINES = 16
#: The modals' width in cells (less in a narrower terminal).
BOX_WIDTH = 60

MODAL_CSS = """
ChoiceScreen, TextScreen {
    align: center middle;
}
.correction-box {
    width: 60;  /* BOX_WIDTH */
    height: auto;
    max-height: 90%;
    background: $surface;
    padding: 0 1;
}
#choice-filter, #text-value {
    border: none;
    height: 1;
    padding: 0;
    margin-bottom: 1;
}
#choice-filter:focus, #text-value:focus {
    border: none;
}
.correction-box Static {
    margin-bottom: 1;
}
"""


class Choice:
    """One thing to choose: the value returned, its label, and the letter that picks it."""

    def __init__(self, value: str, label: str, key: str = "") -> None:
        self.value, self.label, self.key = value, label, key


class ChoiceScreen(ModalScreen[str | None]):
    """Enter (or the choice's letter) returns its value; Esc returns None.  With ``filter``
    a line above the list narrows it as one types."""

    DEFAULT_CSS = MODAL_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="choice.close"),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        filter: bool = False,
        current: str | None = None,
        note: str = "",
    ) -> None:
        super().__init__()
        self._title = title
        self._choices = tuple(choices)
        self._filter = filter
        self._current = current
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="correction-box modal-box") as box:
            box.border_title = printable(self._title)
            box.border_subtitle = "Enter choose · Esc cancel"
            if self._note:
                yield Static(Content(printable(self._note)), id="choice-note")
            if self._filter:
                yield Input(placeholder="Type to narrow", id="choice-filter")
            yield RowList(id="choice-list")

    def on_mount(self) -> None:
        self._show("")
        if not self._filter:
            self.query_one(RowList).focus()

    def _show(self, query: str) -> None:
        words = query.casefold().split()
        shown = [c for c in self._choices if all(w in c.label.casefold() for w in words)]
        if words:  # those that begin with what was typed first, each group in its order
            shown.sort(key=lambda c: not c.label.casefold().startswith(words[0]))
        rows = [Row(self._prompt(c), id=c.value) for c in shown]
        if not rows:
            rows = [Row(Content("Nothing matches."), disabled=True)]
        listing = self.query_one(RowList)
        listing.styles.height = min(sum(row.height for row in rows), MAX_LINES)
        listing.set_rows(rows, keep=self._current)
        if listing.highlighted is None:
            listing.highlighted = next((i for i, r in enumerate(rows) if not r.disabled), None)

    def _prompt(self, choice: Choice) -> Content:
        """The label wrapped under itself, right of its letter and the current one's mark."""
        key = Content.styled(f"{choice.key} ", "bold underline") if choice.key else Content("")
        mark = "• " if choice.value == self._current else "  "
        width = min(BOX_WIDTH, self.app.size.width) - 4  # the box's border and padding
        return hanging(key + mark, Content(printable(choice.label)), width)

    @on(Input.Changed, "#choice-filter")
    def _typed(self, message: Input.Changed) -> None:
        self._show(message.value)

    @on(Input.Submitted, "#choice-filter")
    def _submitted(self) -> None:
        self.query_one(RowList).action_choose()

    @on(RowList.RowChosen)
    def _chosen(self, message: RowList.RowChosen) -> None:
        message.stop()
        self.dismiss(message.row.id)

    def action_move(self, step: int) -> None:
        self.query_one(RowList).action_cursor(step)

    def on_key(self, event: events.Key) -> None:
        if self._filter:
            return
        chosen = next((c for c in self._choices if c.key and c.key == event.character), None)
        if chosen is not None:
            event.stop()
            self.dismiss(chosen.value)


class TextScreen(ModalScreen[str | None]):
    """One line to type (a name, a label, a date): Enter returns it, Esc None."""

    DEFAULT_CSS = MODAL_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="text.close"),
    ]

    def __init__(self, title: str, value: str, note: str = "") -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="correction-box modal-box") as box:
            box.border_title = printable(self._title)
            box.border_subtitle = "Enter save · Esc cancel"
            if self._note:
                yield Static(Content(printable(self._note)), id="text-note")
            yield Input(self._value, id="text-value")

    @on(Input.Submitted, "#text-value")
    def _submitted(self, message: Input.Submitted) -> None:
        self.dismiss(message.value)
