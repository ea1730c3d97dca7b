"""A keyboard list on the Line API: rows of pre-wrapped Content, drawn a line at a time
(row_lines.py lays them out and draws them; here, what rows are shown, the filter, keys).

Textual's OptionList sets its virtual size (a layout reactive) whenever its options
change, and every layout reflows the whole screen: tens of milliseconds per selection.
This list takes its size from CSS only and changes its scroll extent without asking for
a layout, so swapping its rows repaints this widget and nothing else.  Rows are wrapped
by their owner (once per width) and their strips are cached until the rows, the cursor,
the width or the styles change.  Nothing here parses markup.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive

from personae.tui.widgets.filter_line import open_filter_line
from personae.tui.widgets.repaint import changed_lines
from personae.tui.widgets.row_lines import Decorator, RowLines
from personae.tui.widgets.rows import (
    NOTHING,
    FilterTitle,
    KeptRows,
    Row,
    match_count,
    nothing_matches,
)

__all__ = ["Decorator", "Row", "RowList"]  # Row is made in rows.py; lists import it here


class RowList(RowLines, can_focus=True):
    """Up/Down/PgUp/PgDn/Home/End move the cursor over enabled rows; Enter chooses one."""

    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        background: $surface;
        color: $foreground;
        & > .row-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .row-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .row-list--disabled {
            color: $text-disabled;
        }
        & > .row-list--separator {
            color: $foreground 15%;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--cursor",
        "row-list--disabled",
        "row-list--separator",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Choose", show=False),
        Binding("backslash", "filter", "Filter", show=False, id="list.filter"),
    ]

    FILTER_NOUN: ClassVar[str] = "rows"
    """What the filter line says it narrows ("Filter actors:")."""

    matches: reactive[tuple[int, int]] = reactive((0, 0), repaint=False, init=False)
    """The rows that can be chosen: how many are shown, of how many given (the filter's
    count, for the filter line and the title)."""

    class RowChosen(Message):
        """Enter (or a click) on an enabled row."""

        def __init__(self, row_list: RowList, index: int, row: Row) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._given: list[Row] = []
        """Every row the owner gave, shown or not."""
        self._kept = KeptRows()
        self._ids: dict[str, int] = {}
        self._filter_text = ""
        self._words: tuple[str, ...] = ()
        self._title = FilterTitle()

    # -- rows ---------------------------------------------------------------------------

    @property
    def options(self) -> Sequence[Row]:
        """The rows, in order (named like OptionList's, which this list replaces)."""
        return self._rows

    def get_option_index(self, row_id: str) -> int:
        """The index of the row with this id (KeyError when it is not listed)."""
        return self._ids[row_id]

    def set_rows(self, rows: Sequence[Row], *, keep: str | None = None) -> None:
        """Show these rows; the cursor goes to the row ``keep`` names, if listed.

        Only the visible lines that look different are repainted: lines that stay blank,
        or rows that are listed again, cost nothing on screen."""
        self._given = list(rows)
        kept = KeptRows(self._words)
        self._show(kept, kept.take(self._given), keep)

    def _show(self, kept: KeptRows, shown: list[Row], keep: str | None) -> None:
        """Show the rows the filter kept; the cursor goes to the row ``keep`` names."""
        top = round(self.scroll_y)
        before = self._visible_looks()
        self._kept = kept
        self._rows = shown
        if kept.empty:
            shown.append(nothing_matches(self._filter_text))
        self._count_matches()
        self._ids = {row.id: i for i, row in enumerate(self._rows) if row.id is not None}
        self._relayout()
        target = self._ids.get(keep) if keep is not None else None
        if target is None and (self.has_focus or self._words):
            # Enter must keep working in the focused list, and on the first row a filter keeps
            target = self._enabled(0, 1)
        self.set_reactive(RowList.highlighted, target)
        if target is not None:
            self._scroll_to_row(target)
        if round(self.scroll_y) != top or len(before) != self.scrollable_content_region.height:
            self.refresh()
            return
        regions = changed_lines(before, self._visible_looks(), self.scrollable_content_region.width)
        if regions:  # refresh() with no region would repaint the whole list
            self.refresh(*regions)

    def replace_row(self, index: int, row: Row) -> None:
        """Change one row's prompt in place; only its lines are drawn again."""
        old = self._rows[index]
        self._rows[index] = row
        self._given[self._given.index(old)] = row
        if row.id != old.id:
            self._ids = {r.id: i for i, r in enumerate(self._rows) if r.id is not None}
        if row.height != old.height:
            self._relayout()
            self.refresh()
        else:
            self.refresh_rows(index)

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Append rows below the others, laying out only them: a long list can arrive in
        parts while the reader already moves through its first rows."""
        self._given.extend(rows)
        kept = self._kept.take(rows)
        if not kept:
            self._count_matches()
            return
        if self._kept.empty:  # still nothing to choose: the note stays the last row
            kept.append(self._rows.pop())
            self._relayout()
            self.refresh()
        elif self._rows and self._rows[-1].id is NOTHING:  # the first match replaces the note
            self._rows.pop()
            self._relayout()
            self.refresh()
        start = len(self._rows)
        first_new_line = len(self._lines)
        self._rows.extend(kept)
        for index in range(start, len(self._rows)):
            row_id = self._rows[index].id
            if row_id is not None:
                self._ids[row_id] = index
        self._relayout(start)
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if first_new_line < top + height:  # only lines that reach the window need drawing
            width = self.scrollable_content_region.width
            self.refresh(Region(0, first_new_line - top, width, top + height - first_new_line))
        if self.highlighted is None and self.has_focus:
            self.highlighted = self._enabled(start, 1)
        self._count_matches()

    # -- the filter ---------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        """What the reader typed to narrow the list ("" lists every row)."""
        return self._filter_text

    def set_filter(self, text: str) -> None:
        """List only the rows showing every word of ``text`` (in any case), the headings
        of those rows with them; the cursor stays on its row while that one is listed."""
        words = tuple(text.casefold().split())
        self._filter_text = text
        if words == self._words:
            return
        self._words = words
        kept = KeptRows(words)
        shown = kept.take(self._given)
        rows = self._rows
        if not kept.empty and len(shown) == len(rows) and all(map(operator.is_, shown, rows)):
            self._kept = kept  # the same rows (a longer word that they all show): no redraw
            self._count_matches()
        else:
            row = self.highlighted_option
            self._show(kept, shown, row.id if row is not None else None)
        self.show_filters()  # the count may be the same, the words are not

    def lists(self, row_id: str) -> bool:
        """Whether the row with this id is shown (the filter may keep it back)."""
        return row_id in self._ids

    def _count_matches(self) -> None:
        kept = self._kept
        self.matches = (kept.shown, kept.given)

    def watch_matches(self) -> None:
        self.show_filters()

    async def action_filter(self) -> None:
        """\\: open the filter line on this list."""
        await open_filter_line(self)

    def filter_notes(self) -> list[str]:
        """What narrows the list, for its title (a list with filters of its own adds them)."""
        if not self._words:
            return []
        text = " ".join(self._filter_text.split())
        return [f'"{text}" {match_count(self.matches)}']

    def show_filters(self) -> None:
        """Say in the list's title what narrows it, so no reader wonders where rows went."""
        self._title.show(self, self.filter_notes())

    # -- cursor -------------------------------------------------------------------------

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._rows:
            return None
        return max(0, min(index, len(self._rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is not None:
            self._scroll_to_row(new)
        self.refresh_rows(*(i for i in (old, new) if i is not None))

    def _enabled(self, start: int, step: int) -> int | None:
        index = start
        while 0 <= index < len(self._rows):
            if not self._rows[index].disabled:
                return index
            index += step
        return None

    def action_cursor(self, step: int) -> None:
        if self.highlighted is None:
            found = self._enabled(0 if step > 0 else len(self._rows) - 1, step)
        else:
            found = self._enabled(self.highlighted + step, step)
        if found is not None:
            self.highlighted = found
        elif self.highlighted is not None:
            # nothing further: show the disabled heading or the end of the list
            self.scroll_to(y=0 if step < 0 else self.max_scroll_y, animate=False)

    def action_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        if not self._lines:
            return
        current = self._first_line[self.highlighted] if self.highlighted is not None else 0
        line = max(0, min(len(self._lines) - 1, current + step * height))
        row = self._lines[line][0]
        found = self._enabled(row, step) or self._enabled(row, -step)
        if found is not None:
            self.highlighted = found

    def action_first(self) -> None:
        found = self._enabled(0, 1)
        if found is not None:
            self.highlighted = found
        self.scroll_to(y=0, animate=False)

    def action_last(self) -> None:
        found = self._enabled(len(self._rows) - 1, -1)
        if found is not None:
            self.highlighted = found

    def action_choose(self) -> None:
        row = self.highlighted_option
        if row is not None and not row.disabled and self.highlighted is not None:
            self.post_message(self.RowChosen(self, self.highlighted, row))

    def _scroll_to_row(self, index: int) -> None:
        if not 0 <= index < len(self._first_line):
            return
        first = self._first_line[index]
        last = first + self._rows[index].height - 1
        height = self.scrollable_content_region.height
        if height <= 0:
            return  # not laid out yet: the first resize brings the row into view
        top = round(self.scroll_y)
        if first < top:
            y = first - (1 if self.SEPARATED and index else 0)
        elif last >= top + height:
            y = last - height + 1
        else:
            return
        self.scroll_to(y=max(0, y), animate=False)

    # -- events -------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if self.highlighted is not None:
            self._scroll_to_row(self.highlighted)
        self.refresh()

    def _on_focus(self, event: events.Focus) -> None:
        if self.highlighted is None:
            # A list reached with 1, 2, 3 or Tab shows a cursor at once: the first Enter
            # chooses a row, instead of doing nothing until an arrow key.
            self.highlighted = self._enabled(0, 1)
        else:
            self.refresh_rows(self.highlighted)

    def _on_blur(self, event: events.Blur) -> None:
        if self.highlighted is not None:
            self.refresh_rows(self.highlighted)

    def on_click(self, event: events.Click) -> None:
        # The event's offset counts from the border's corner; rows count from the content.
        offset = event.get_content_offset(self)
        if offset is None:  # on the border or the scrollbar
            return
        line = round(self.scroll_y) + offset.y
        if not 0 <= line < len(self._lines):
            return
        index, part = self._lines[line]
        if part < 0 or self._rows[index].disabled:
            return
        self.highlighted = index
        self.action_choose()
