"""The drawing half of the keyboard list (row_list.py): rows laid out as lines, drawn a
line at a time, and repainted only where they change.

The list's size comes from CSS only; a new scroll extent is set quietly, with no layout
asked for, so swapping rows repaints this widget and nothing else.  Strips are cached by
everything that decides how they look.  Nothing here parses markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.segment import Segment
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget

from personae.tui.widgets.repaint import LineScrollView
from personae.tui.widgets.rows import Row

#: Draws cells left of a row's line at render time: (row index, line of the row) -> content.
#: Call ``refresh_rows`` for the rows whose decoration changes.
Decorator = Callable[[int, int], Content]


class RowLines(LineScrollView):
    """Rows of pre-wrapped Content as lines: laid out, repainted by line, drawn cached.
    What the rows are, the filter and the keys are RowList's."""

    SEPARATED: ClassVar[bool] = False
    """Draw a rule between rows."""

    highlighted: reactive[int | None] = reactive(None, always_update=True, repaint=False)
    """Index of the row under the cursor."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[Row] = []
        """The rows shown."""
        self._lines: list[tuple[int, int]] = []  # (row, line of the row); line -1: a rule
        self._first_line: list[int] = []
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(512)
        self.decorate: Decorator | None = None
        """Cells drawn left of every line from the current state (e.g. a pin swatch)."""

    @property
    def highlighted_option(self) -> Row | None:
        index = self.highlighted
        return self._rows[index] if index is not None and 0 <= index < len(self._rows) else None

    def _visible_looks(self) -> list[object]:
        """What decides how each visible line looks (compared to repaint only changes)."""
        top = round(self.scroll_y)
        return [self._look(top + y) for y in range(self.scrollable_content_region.height)]

    def _look(self, line: int) -> object:
        if not 0 <= line < len(self._lines):
            return None
        index, part = self._lines[line]
        if part < 0:
            return "rule"
        row = self._rows[index]
        content = row.lines[part]
        decoration = self.decorate(index, part) if self.decorate is not None else None
        return (
            content.plain,
            tuple(content.spans),
            row.disabled,
            index == self.highlighted,
            None if decoration is None else (decoration.plain, tuple(decoration.spans)),
        )

    def refresh_rows(self, *indices: int) -> None:
        """Repaint only these rows (e.g. their decoration changed)."""
        width = self.scrollable_content_region.width
        top = round(self.scroll_y)
        # the content's width only: a full-width region repaints the scrollbar too
        regions = [
            Region(0, self._first_line[index] - top, width, self._rows[index].height)
            for index in indices
            if 0 <= index < len(self._first_line)
        ]
        if regions:
            self.refresh(*regions)

    def refresh_cells(self, indices: Sequence[int], width: int, *, line: int = 0) -> None:
        """Repaint only the first ``width`` cells of one line of these rows (e.g. where
        their decoration is drawn): the less a frame repaints, the less it costs."""
        top = round(self.scroll_y)
        width = min(width, self.scrollable_content_region.width)
        regions = [
            Region(0, self._first_line[index] + line - top, width, 1)
            for index in indices
            if 0 <= index < len(self._first_line) and line < self._rows[index].height
        ]
        if regions:
            self.refresh(*regions)

    # -- layout -------------------------------------------------------------------------

    def _relayout(self, start: int = 0) -> None:
        """Lay out every row, or only those appended from ``start`` on."""
        if not start:
            self._lines, self._first_line = [], []
        lines, first = self._lines, self._first_line
        rows, separated = self._rows, self.SEPARATED
        add_line, add_first = lines.append, first.append
        for index in range(start, len(rows)):  # a filter lays out thousands per key
            if separated and index:
                add_line((index, -1))
            add_first(len(lines))
            count = rows[index].height
            if count == 1:
                add_line((index, 0))
            else:
                lines.extend([(index, n) for n in range(count)])
        size = Size(self.scrollable_content_region.width, len(lines))
        if size != self.virtual_size:
            # The widget's own size comes from CSS, so a new scroll extent needs no layout:
            # set it quietly and update the scrollbar, instead of the layout reactive.
            self.set_reactive(Widget.virtual_size, size)
            if not self._scrollbar_unchanged(size.height):
                self._scroll_update(size)

    def _scrollbar_unchanged(self, height: int) -> bool:
        """Whether the scrollbar looks the same with this many lines, and only learns it
        quietly: rows that fit, before and after, draw a thumb the bar's whole length; a
        list that grows far below its window (`g` adding rows) mostly draws the same
        thumb too.  A scrollbar repainted from top to bottom makes the screen's every
        line part of the frame's update, and costs some 4 ms to draw itself."""
        if not self.show_vertical_scrollbar:
            return False
        bar = self.vertical_scrollbar
        window = self.container_size.height - self.scrollbar_size_horizontal
        if not bar.window_size == window > 0:
            return False
        if 0 < bar.window_virtual_size < window and 0 < height < window:
            if self.scroll_y:
                return False
        elif not (height >= bar.window_virtual_size and _same_thumb(bar, height)):
            return False  # a shorter list may scroll less far: Textual checks the offset
        bar.set_reactive(ScrollBar.window_virtual_size, height)
        return True

    # -- drawing ------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        line = round(self.scroll_y) + y
        width = self._line_width
        row: Row | None = None
        part = 0
        decoration: Content | None = None
        if 0 <= line < len(self._lines):
            index, part = self._lines[line]
            row = self._rows[index]
            if part >= 0 and self.decorate is not None:
                decoration = self.decorate(index, part)
        # Strips are cached by everything that decides how they look, so nothing needs
        # dropping when rows, the cursor or a decoration change: the key changes instead.
        key = (
            line,
            width,
            self.has_focus,
            row,
            part,
            row is not None and self.highlighted is not None and row is self.highlighted_option,
            None if decoration is None else (decoration.plain, tuple(decoration.spans)),
        )
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_strip(line, width, decoration)
            self._strips[key] = strip
        return strip.apply_offsets(0, line)

    def _render_strip(self, line: int, width: int, decoration: Content | None) -> Strip:
        base = self.visual_style
        if not 0 <= line < len(self._lines):
            return Strip.blank(width, base.rich_style)
        index, part = self._lines[line]
        if part < 0:
            rule = self.get_visual_style("row-list--separator")
            return Strip([Segment("─" * width, rule.rich_style)], width)
        row = self._rows[index]
        if row.disabled:
            style = self.get_visual_style("row-list--disabled")
        elif index == self.highlighted:
            style = self.get_visual_style("row-list--cursor")
        else:
            style = base
        content = row.lines[part]
        if decoration is not None:
            content = decoration + content
        segments = content.render_segments(style)
        return Strip(segments).adjust_cell_length(width, style.rich_style)


def _same_thumb(bar: ScrollBar, height: int) -> bool:
    """Whether the bar draws the same with ``height`` lines to scroll as with its own."""

    def drawn(lines: int) -> list[Segment]:
        window = bar.window_size if bar.window_size < lines else 0  # as ScrollBar draws
        return bar.renderer.render_bar(
            size=bar.size.height,
            virtual_size=lines,
            window_size=window,
            position=bar.position,
            thickness=bar.thickness,
        ).segments

    return drawn(bar.window_virtual_size) == drawn(height)
