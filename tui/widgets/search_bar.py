"""The search input under the article: typing highlights, Enter jumps, Esc closes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


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

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_previous(self) -> None:
        self.post_message(self.Previous())
