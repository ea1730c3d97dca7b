"""The filter line: one input that narrows the list it was opened on, as the reader types.

Every list that can grow (actors, relations, timeline, the view across articles) opens it
with the same key; the list keeps its own filter (row_list.py), so the line only carries
the typing to it and shows how many rows match.  Esc clears the filter and closes the
line; Enter closes it and keeps the filter, which the list's title then shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from personae.store.text import UNPRINTABLE
from personae.tui.widgets.rows import match_count

if TYPE_CHECKING:
    from personae.tui.widgets.row_list import RowList


def dropped_controls(field: Input) -> bool:
    """Take control characters (a paste may hold them) out of what the field holds, so
    the field never sends them to the terminal; True if there were any (the field then
    says it changed again, without them)."""
    clean = UNPRINTABLE.sub("", field.value)
    if clean == field.value:
        return False
    field.value = clean
    return True


class FilterLine(Horizontal):
    """A one-line input under the lists, scoped to the list it was opened on."""

    DEFAULT_CSS = """
    FilterLine {
        display: none;
        height: 1;
        background: $boost;
        &.-open { display: block; }
        & > #filter-label { width: auto; padding: 0 1; color: $text-muted; }
        & > #filter-input { border: none; height: 1; padding: 0; width: 1fr; background: $boost; }
        & > #filter-count { width: auto; padding: 0 1; color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear filter", id="filter.clear"),
        Binding("up", "move('cursor', -1)", "Up", show=False),
        Binding("down", "move('cursor', 1)", "Down", show=False),
        Binding("pageup", "move('page', -1)", "Page up", show=False),
        Binding("pagedown", "move('page', 1)", "Page down", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="filter-line")
        self.target: RowList | None = None
        """The list the typing narrows."""
        self._watched: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Static("Filter:", id="filter-label", markup=False)
        yield Input(placeholder="words the rows show", id="filter-input")
        yield Static("", id="filter-count", markup=False)

    def attach(self, target: RowList) -> None:
        """Narrow ``target`` from now on, starting from its current filter."""
        self.target = target
        if id(target) not in self._watched:
            self._watched.add(id(target))
            self.watch(target, "matches", lambda _: self._show_count(target), init=False)
        self.query_one("#filter-label", Static).update(f"Filter {target.FILTER_NOUN}:")
        field = self.query_one(Input)
        with field.prevent(Input.Changed):
            field.value = target.filter_text
        self._show_count(target)
        self.add_class("-open")
        field.focus()

    def _show_count(self, target: RowList) -> None:
        if target is self.target:
            count = match_count(target.matches) if target.filter_text.strip() else ""
            self.query_one("#filter-count", Static).update(count)

    def _close(self) -> None:
        self.remove_class("-open")
        if self.target is not None and self.target.is_attached:
            self.target.focus()

    @on(Input.Changed, "#filter-input")
    def _typed(self, message: Input.Changed) -> None:
        message.stop()
        if not dropped_controls(message.input) and self.target is not None:
            self.target.set_filter(message.value)

    @on(Input.Submitted, "#filter-input")
    def _kept(self, message: Input.Submitted) -> None:
        message.stop()
        self._close()

    def action_clear(self) -> None:
        if self.target is not None:
            self.target.set_filter("")
        self._close()

    def action_move(self, how: str, step: int) -> None:
        if self.target is not None:
            getattr(self.target, f"action_{how}")(step)


async def open_filter_line(target: RowList) -> None:
    """Open the screen's filter line on ``target``: above the footer if the screen has
    one, else under the list; made the first time it is asked for."""
    screen = target.screen
    found = screen.query(FilterLine)
    line = found.first() if found else None
    if line is None:
        line = FilterLine()
        footers = screen.query(Footer)
        if footers:
            await screen.mount(line, before=footers.first())
        elif isinstance(target.parent, Widget):
            await target.parent.mount(line, after=target)
        else:
            return
    line.attach(target)
