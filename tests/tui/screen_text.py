"""Helpers for the explorer's Pilot tests: reading what the article pane shows."""

from __future__ import annotations

from rich.style import Style
from textual.app import App
from textual.widget import Widget

from personae.tui.widgets.article_view import ArticleView


def screen_lines(view: Widget) -> list[str]:
    """A pane's visible lines as a reader sees them (the article's gutter included)."""
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def styled_words(view: ArticleView) -> list[tuple[str, Style]]:
    """Every styled piece of text on the visible lines, with its style."""
    pieces = []
    for y in range(view.scrollable_content_region.height):
        for segment in view.render_line(y):
            if segment.text.strip() and segment.style is not None:
                pieces.append((segment.text, segment.style))
    return pieces


def drawn_row(app: App[object], y: int) -> str:
    """The text of one row of the terminal, as the compositor put it on screen.

    Read from the whole screen, not from a widget: a click test must decide what it
    expects from what is drawn at the clicked cell, borders and scrolling included."""
    return app.screen._compositor.render_strips()[y].text  # no public way to read it


def drawn_in(widget: Widget, y: int) -> str:
    """The text drawn inside ``widget``'s content area on the row ``y`` cells below its
    top edge (its border included in ``y``), as the reader sees it on screen."""
    region = widget.content_region
    row = drawn_row(widget.app, widget.region.y + y)
    return row[region.x : region.right]


def whole_screen(app: App[object]) -> str:
    """Every row of the terminal, notifications included, as one text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
