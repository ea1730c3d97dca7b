"""Helpers for the explorer's Pilot tests: reading what the article pane shows."""

from __future__ import annotations

from rich.style import Style
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
