"""The article's events in chronological order, dates at their precision."""

from __future__ import annotations

from dataclasses import replace

from textual.content import Content
from textual.reactive import reactive

from personae.store.model import Event
from personae.tui.format import INFERRED_PREFIX, REVIEWED_MARK, date_label, printable
from personae.tui.state import PIN_COLOURS, PIN_GLYPHS, Selection
from personae.tui.widgets.explorer_list import MAX_ROWS, ExplorerList, cut_note, hanging
from personae.tui.widgets.row_list import Row
from personae.tui.widgets.subtitle import set_subtitle

SWATCH_BLANK = "  "
"""The cells left of an event's date, where a pinned actor's glyph is drawn."""


def event_prompt(event: Event, date_width: int, width: int) -> Content:
    """The date at its precision (italic when inferred), then the label wrapped under itself."""
    date = Content.styled(date_label(event).ljust(date_width), "bold" if event.stated else "italic")
    label = printable(event.label)
    if event.provenance == "reviewed":
        label = f"{label} {REVIEWED_MARK}"
    return hanging(date + " ", Content(label), width)


BLANK_SWATCH = Content(SWATCH_BLANK)
SLOT_SWATCHES = tuple(
    Content.styled(f"{glyph} ", f"bold {colour}")
    for glyph, colour in zip(PIN_GLYPHS, PIN_COLOURS, strict=False)
)
"""The swatch of each pin slot, made once: a selection redraws dozens of them."""


def swatch_slot(event: Event, selection: Selection) -> int | None:
    """The slot of the first pinned actor the event involves, if any."""
    pinned = selection.pinned
    return min((pinned.index(a) for a in event.actors if a in pinned), default=None)


def pin_swatch(event: Event, selection: Selection) -> Content:
    """The glyph of the first pinned actor the event involves, in its colour; else blank."""
    slot = swatch_slot(event, selection)
    return BLANK_SWATCH if slot is None else SLOT_SWATCHES[slot]


class Timeline(ExplorerList):
    """Enter selects an event: the article scrolls to its evidence.  The app's f (from any
    pane) sets :attr:`only_pinned`."""

    FILTER_NOUN = "events"

    only_pinned: reactive[bool] = reactive(False)
    """Show only the events of the pinned actors."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._events: dict[str, Event] = {}  # the listed events, by their rows' ids
        self.decorate = self._swatch

    def _swatch(self, index: int, line: int) -> Content:
        """Drawn at render time from the selection, so selecting never rebuilds the rows."""
        rows = self.options
        row_id = rows[index].id if 0 <= index < len(rows) else None
        event = self._events.get(row_id) if row_id is not None and not line else None
        return BLANK_SWATCH if event is None else pin_swatch(event, self.selection)

    def build_rows(self) -> None:
        document = self.document
        selection = self.selection
        rows: list[Row] = []
        if document is not None:
            events = document.corpus.events_in(document.article.id)
            pinned = set(selection.pinned)
            if self.only_pinned and pinned:
                events = tuple(e for e in events if pinned.intersection(e.actors))
            if len(events) > MAX_ROWS:
                # Pins alone do not rebuild the rows: the hint must not depend on them.
                filtered = self.only_pinned and pinned
                hint = "" if filtered else "pin an actor, f keeps its own"
                rows.append(self.note_row(cut_note(len(events), hint)))
                events = events[:MAX_ROWS]
            date_width = max((len(date_label(e)) for e in events), default=0)
            width = self.row_width - len(SWATCH_BLANK)
            rows.extend(Row(event_prompt(e, date_width, width), id=e.id) for e in events)
            self._events = {e.id: e for e in events}
            if not rows:
                rows.append(self.note_row("No dated events."))
        self.set_rows(rows, keep=selection.event or self.highlighted_id)
        self._show_subtitle()

    def _show_subtitle(self) -> None:
        scope = "pinned only" if self.only_pinned and self.selection.pinned else "all"
        set_subtitle(self, f"{INFERRED_PREFIX} inferred · f {scope}")

    def selection_changed(self, old: Selection, new: Selection) -> None:
        if old.pinned != new.pinned:
            if self.only_pinned:
                self.rebuild()
                return
            # the rows stay; only the swatches that follow the pins are drawn again
            self.refresh_cells(
                [
                    index
                    for index, row in enumerate(self.options)
                    if row.id is not None
                    and (event := self._events.get(row.id)) is not None
                    and swatch_slot(event, old) != swatch_slot(event, new)
                ],
                len(SWATCH_BLANK),
            )
            self._show_subtitle()
        if new.event is not None and new.event != old.event:
            self.keep_highlight(new.event)

    def watch_only_pinned(self) -> None:
        self.rebuild()

    def chosen(self, selection: Selection, row_id: str) -> Selection:
        return replace(selection, event=row_id, relation=None)
