"""Choosing an article of the store: newest first, with date and title."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from personae.store.corpus import Corpus
from personae.tui.format import printable


class ArticlePicker(ModalScreen[str | None]):
    """Enter opens the highlighted article; Esc keeps the current one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="picker.close")
    ]

    def __init__(self, corpus: Corpus, current: str | None) -> None:
        super().__init__()
        self.corpus = corpus
        self.current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(
                Content.assemble(
                    ("● " if article.id == self.current else "  ", "bold"),
                    ((article.date or "undated").ljust(12), "dim"),
                    printable(article.title),
                ),
                id=article.id,
            )
            for article in self.corpus.articles
        ]
        picker = OptionList(*options, id="picker", markup=False)
        picker.border_title = f"Articles ({len(options)})"
        picker.border_subtitle = "Enter open · Esc close"
        yield picker

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        if self.current is not None:
            picker.highlighted = picker.get_option_index(self.current)

    @on(OptionList.OptionSelected, "#picker")
    def _open(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id)
