"""The base of the explorer's list panes: a Line-API row list bound to the shown article
and the selection, that rebuilds its rows when either changes."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual import events
from textual.content import Content, Span
from textual.reactive import reactive

from personae.tui.format import printable
from personae.tui.state import Document, Selection
from personae.tui.widgets.row_list import Row, RowList
from personae.tui.widgets.rows import LaterRow

MAX_ROWS = 500
"""The most rows a list pane lays out.  Each row is wrapped as it is built, and a 5 MB
article can hold 50,000 relations: building them all took seconds, for rows no reader
scrolls through.  Past this, a first row says so, and how to narrow the list."""


def cut_note(total: int, narrow: str = "") -> str:
    """The note heading a list cut at :data:`MAX_ROWS`, seen before any scrolling."""
    return f"First {MAX_ROWS:,} of {total:,} shown" + (f": {narrow}" if narrow else "")


class ExplorerList(RowList):
    """A row list over the current article that follows the reader's selection."""

    document: reactive[Document | None] = reactive(None)
    """The article on screen (bound to the app's)."""
    selection: reactive[Selection] = reactive(Selection(), repaint=False)
    """Pinned actors, selected relation and event (bound to the app's)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._built_width = 0

    @property
    def row_width(self) -> int:
        """The cells a prompt may use."""
        return self.scrollable_content_region.width

    def on_resize(self, event: events.Resize) -> None:
        if self.row_width != self._built_width:
            self.rebuild()

    def watch_document(self, old: Document | None, new: Document | None) -> None:
        """Rebuilt; the cursor stays on its row when the same article is shown again (a
        note, a bookmark or a correction was just saved)."""
        same = old is not None and new is not None and old.article.id == new.article.id
        kept = self.highlighted_id if same else None
        self.rebuild()
        self.keep_highlight(kept)

    def watch_selection(self, old: Selection, new: Selection) -> None:
        self.selection_changed(old, new)

    def note_row(self, text: str) -> Row:
        """A row that is not an item (a hint, a count): wrapped to the pane, never chosen."""
        return Row(hanging(Content(""), Content(printable(text)), self.row_width), disabled=True)

    @property
    def highlighted_id(self) -> str | None:
        row = self.highlighted_option
        return row.id if row is not None else None

    def rebuild(self) -> None:
        """Rebuild every row from the document and the selection, at the current width.

        Not before the list has a width (before the first layout, or while a pane that was
        never shown is hidden): rows wrapped to nothing would be thrown away unseen.  The
        first resize that gives it a width builds them."""
        width = self.row_width
        if width <= 0:
            self._built_width = 0
            return
        self._built_width = width
        self.build_rows()

    def build_rows(self) -> None:
        """Build every row from the document and the selection, at :attr:`row_width`."""
        raise NotImplementedError

    def chosen(self, selection: Selection, row_id: str) -> Selection:
        """The selection once the reader chose the row ``row_id`` (Enter or a click): the
        screen routes every pane's choice through this, in one place."""
        raise NotImplementedError

    def selection_changed(self, old: Selection, new: Selection) -> None:
        """React to a new selection; rebuilding is the safe default."""
        self.rebuild()

    def keep_highlight(self, option_id: str | None) -> None:
        """Put the cursor on a row, if it is listed (no cursor move otherwise)."""
        if option_id is not None and option_id in self._ids:
            self.highlighted = self._ids[option_id]


def fits_line(text: str, indent: int, width: int) -> bool:
    """Whether a row's body stands on one line right of its prefix, or is not worth wrapping
    (too narrow a screen): ``hanging`` then only joins the two."""
    return width <= indent + 8 or (cell_len(text) <= width - indent and "\n" not in text)


def hanging(prefix: Content, body: Content, width: int) -> Content:
    """A prompt whose body wraps under itself, right of the prefix (a hanging indent).

    Wrapped here, once per width, so drawing a row is only turning lines into segments."""
    indent = prefix.cell_length
    if fits_line(body.plain, indent, width):
        return _joined(prefix, body)  # most rows fit: wrapping would cost most of a row
    lines = body.wrap(width - indent)
    pad = Content(" " * indent)
    return Content("\n").join([prefix + lines[0], *(pad + line for line in lines[1:])])


def hanging_parts(prefix: Content, parts: Sequence[str | tuple[str, str]], width: int) -> Content:
    """``hanging(prefix, Content.assemble(*parts), width)``, made in one step where the body
    fits its line (most rows: an across view makes thousands), else wrapped as ``hanging``
    wraps.  ``prefix`` holds no control codes (as a Content made with them stripped)."""
    row = Content.assemble(prefix, *parts)
    indent, offset = prefix.cell_length, len(prefix.plain)
    text = row.plain[offset:]
    if fits_line(text, indent, width):
        return row
    spans = [Span(s - offset, e - offset, style) for s, e, style in row.spans[len(prefix.spans) :]]
    return hanging(prefix, Content(text, spans, strip_control_codes=False), width)


def hanging_row(
    prefix: Content, parts: Sequence[str | tuple[str, str]], width: int, *, id: str
) -> Row:
    """The row of ``hanging_parts(prefix, parts, width)``, its prompt joined when first
    drawn where it fits its line with nothing to strip (most rows: `g` makes tens of
    thousands, a reader sees a few screens); else wrapped at once, to count its lines."""
    body = "".join([part if isinstance(part, str) else part[0] for part in parts])
    if body.isprintable() and fits_line(body, prefix.cell_length, width):
        return LaterRow(prefix.plain + body, (prefix, *parts), id=id)
    return Row(hanging_parts(prefix, parts, width), id=id)


def _joined(prefix: Content, body: Content) -> Content:
    """``prefix + body``, less its second pass over text already stripped of controls (an
    across view of thousands of articles joins tens of thousands of rows)."""
    offset = len(prefix.plain)
    spans = [*prefix.spans, *(Span(s + offset, e + offset, style) for s, e, style in body.spans)]
    return Content(prefix.plain + body.plain, spans, strip_control_codes=False)
