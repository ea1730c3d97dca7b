"""Choosing an article of the store: newest first, narrowed as the reader types.

A store may hold a hundred thousand articles, so the list never holds a row for each: it
shows the first matches and adds more as the cursor nears the end, and the filter is one
pass over strings prepared when the picker opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input

from personae.store.catalog import ArticleEntry
from personae.store.corpus import Corpus
from personae.tui.format import printable
from personae.tui.widgets.filter_line import dropped_controls
from personae.tui.widgets.row_list import Row, RowList

#: Rows made at a time: a few screens; more come as the cursor nears the last of them.
PAGE = 200

#: The orders Ctrl+S goes through, as the title names them (the catalog's own comes first).
ORDERS = ("newest first", "by title", "most actors first")


def _haystack(article: ArticleEntry) -> str:
    """What a typed word may be found in: the date, the title, the id and the file name."""
    return (
        f"{article.date or 'undated'} {article.title} {article.id} {article.path or ''}".casefold()
    )


class PickerList(RowList):
    """The matching articles, a page of rows at a time."""

    def __init__(self, current: str | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current = current
        self._matches: Sequence[ArticleEntry] = ()

    def show(self, matches: Sequence[ArticleEntry]) -> None:
        """List these articles, the cursor on the open one if listed, else on the first."""
        self._matches = matches
        rows = [self._row(article) for article in matches[:PAGE]]
        if not rows:
            rows = [Row(Content("No article matches: Backspace widens the search."), disabled=True)]
        self.set_rows(rows, keep=self.current)
        if self.highlighted is None and not rows[0].disabled:
            self.highlighted = 0

    def _row(self, article: ArticleEntry) -> Row:
        return Row(
            Content.assemble(
                ("● " if article.id == self.current else "  ", "bold"),
                ((article.date or "undated").ljust(12), "dim"),
                printable(article.title),
            ),
            id=article.id,
        )

    def _more(self, *, everything: bool = False) -> None:
        shown = len(self.options)
        if shown >= len(self._matches) or self.options[0].disabled:
            return
        end = len(self._matches) if everything else shown + PAGE
        self.add_rows([self._row(article) for article in self._matches[shown:end]])

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(old, new)
        if new is not None and new >= len(self.options) - PAGE // 4:
            self._more()

    def action_last(self) -> None:
        self._more(everything=True)
        super().action_last()

    async def action_filter(self) -> None:
        """\\ here goes back to the picker's own filter, above the list."""
        self.screen.query_one("#picker-filter").focus()


class ArticlePicker(ModalScreen[str | None]):
    """Type to narrow; Enter opens the highlighted article; Esc keeps the current one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="picker.close"),
        Binding("up", "move('cursor', -1)", "Up", show=False),
        Binding("down", "move('cursor', 1)", "Down", show=False),
        Binding("pageup", "move('page', -1)", "Page up", show=False),
        Binding("pagedown", "move('page', 1)", "Page down", show=False),
        Binding("ctrl+s", "next_order", "Order", id="picker.order"),
    ]

    def __init__(self, corpus: Corpus, current: str | None) -> None:
        super().__init__()
        self.corpus = corpus
        self.current = current
        self._haystacks = [_haystack(article) for article in corpus.articles]
        self._kept_for = ""
        """The query whose matches ``_kept`` holds (as indices into the corpus's articles)."""
        self._kept: Sequence[int] = range(len(corpus.articles))
        self._order = 0
        """Which of ORDERS lists the articles."""
        self._ordered: Sequence[int] = range(len(corpus.articles))
        """The corpus's articles (their indices) in that order."""

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="modal-box"):
            yield Input(placeholder="Type to narrow: title, date, file name", id="picker-filter")
            yield PickerList(self.current, id="picker-list")

    def on_mount(self) -> None:
        box = self.query_one("#picker")
        box.border_subtitle = "Enter open · ↑↓ move · Ctrl+S order · Esc close"
        self._narrow("")

    def action_next_order(self) -> None:
        """Ctrl+S: newest first, then by title, then the articles with most actors first."""
        self._order = (self._order + 1) % len(ORDERS)
        articles = self.corpus.articles
        everyone = range(len(articles))
        if ORDERS[self._order] == "by title":
            self._ordered = sorted(everyone, key=lambda i: articles[i].title.casefold())
        elif ORDERS[self._order] == "most actors first":
            count = self.corpus.catalog.actor_count
            self._ordered = sorted(everyone, key=lambda i: -count(articles[i].id))
        else:
            self._ordered = everyone
        self._kept_for = ""  # the typed words narrow the new order from its start
        self._narrow(self.query_one(Input).value)

    @on(Input.Changed, "#picker-filter")
    def _typed(self, message: Input.Changed) -> None:
        if not dropped_controls(message.input):
            self._narrow(message.value)

    def _narrow(self, query: str) -> None:
        """Keep the articles holding every typed word, in any case, in the listed order.

        Typing on only narrows what the last query kept, so each key after the first looks
        at fewer articles (at 100,000 articles a pass over all of them is about 20 ms)."""
        articles = self.corpus.articles
        folded = query.casefold()
        words = folded.split()
        pool = self._kept if self._kept_for and folded.startswith(self._kept_for) else None
        kept = self._ordered if pool is None else pool
        haystacks = self._haystacks
        for word in words:
            kept = [i for i in kept if word in haystacks[i]]
        self._kept_for, self._kept = folded, kept
        everyone = not words and isinstance(kept, range)
        matches = articles if everyone else [articles[i] for i in kept]
        self.query_one(PickerList).show(matches)
        total = f"{len(articles):,}"
        count = f"{len(matches):,} of {total}" if words else total
        self.query_one("#picker").border_title = f"Articles ({count}) · {ORDERS[self._order]}"

    def action_move(self, how: str, step: int) -> None:
        getattr(self.query_one(PickerList), f"action_{how}")(step)

    @on(Input.Submitted, "#picker-filter")
    def _submitted(self, message: Input.Submitted) -> None:
        self.query_one(PickerList).action_choose()

    @on(RowList.RowChosen, "#picker-list")
    def _open(self, message: RowList.RowChosen) -> None:
        message.stop()
        self.dismiss(message.row.id)
