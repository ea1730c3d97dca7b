"""The search input under the article: typing highlights, Enter jumps, Esc closes."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input

from personae.tui.widgets.filter_line import dropped_controls


class SearchBar(Input):
    """An input whose text the app hands to the article view as its search query."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close"),
        Binding("shift+enter", "previous", "Previous match", show=False, id="search.previous"),
    ]

    class Closed(Message):
        """The reader closed the search bar."""

    class Previous(Message):
        """The reader asked for the previous match."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the article: Enter next match, Esc close", id=id)

    @on(Input.Changed)
    def _typed(self, message: Input.Changed) -> None:
        """A paste holding control characters: taken out before anything echoes or
        searches them (the field then says it changed again, without them)."""
        if dropped_controls(self):
            message.stop()

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_previous(self) -> None:
        self.post_message(self.Previous())
