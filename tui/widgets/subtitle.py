"""Border subtitles that repaint only the border line, and never parse markup."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Region
from textual.widget import Widget


def set_subtitle(widget: Widget, text: str | Content) -> None:
    """Show ``text`` (plain, never markup) in the widget's bottom border.

    Textual's ``border_subtitle`` setter parses a str as markup (an actor named
    "[b]x[/b]" would turn bold) and repaints the whole widget even when nothing changed.
    This keeps the value as Content, does nothing when it is unchanged, and repaints only
    the bottom border line when the widget has a border there.
    """
    content = text if isinstance(text, Content) else Content(text)
    current = getattr(widget, "_border_subtitle", None)
    if isinstance(current, Content) and current.is_same(content):
        return
    if not widget.is_mounted or not widget.styles.border_bottom[0] or current is None:
        widget.border_subtitle = content
        return
    # Same value the setter would store (Content is already literal text), then only the
    # border row is repainted: region coordinates are relative to the content area.
    widget._border_subtitle = content.expand_tabs(4).split()[0]
    offset = widget.content_offset
    outer = widget.outer_size
    widget.refresh(Region(-offset.x, outer.height - 1 - offset.y, outer.width, 1))
