"""The header line: the article's title, dateline and date, as plain text."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from personae.tui.format import printable
from personae.tui.state import Document


def long_date(iso: str | None) -> str:
    """ "2023-10-28" → "28 October 2023"; anything else unchanged."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


class ArticleHeader(Static):
    """One line naming the article on screen; never parses the title as markup."""

    document: reactive[Document | None] = reactive(None)
    """The article on screen (bound to the app's)."""

    def watch_document(self, document: Document | None) -> None:
        if document is None:
            self.update(Content("personae · no article in the store"))
            return
        article = document.article
        where = printable(", ".join(x for x in (article.dateline, long_date(article.date)) if x))
        self.update(
            Content.assemble(
                (printable(article.title), "bold"),
                ("  ·  " if where else "", "dim"),
                where,
            )
        )
