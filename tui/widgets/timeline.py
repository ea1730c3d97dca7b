"""The article's events in chronological order, dates at their precision."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets.option_list import Option

from store.model import Event
from tui.format import INFERRED_PREFIX, date_label, printable
from tui.state import PIN_COLOURS, PIN_GLYPHS, Selection
from tui.widgets.explorer_list import ExplorerList, hanging


def event_prompt(event: Event, selection: Selection, date_width: int, width: int) -> Content:
    """A pin swatch when the event involves a pinned actor, the date, the label."""
    slots = [s for s in (selection.slot(a) for a in event.actors) if s is not None]
    if slots:
        slot = min(slots)
        swatch = Content.styled(f"{PIN_GLYPHS[slot]} ", f"bold {PIN_COLOURS[slot]}")
    else:
        swatch = Content("  ")
    date = Content.styled(date_label(event).ljust(date_width), "bold" if event.stated else "italic")
    return hanging(swatch + date + " ", Content(printable(event.label)), width)


class Timeline(ExplorerList):
    """Enter selects an event: the article scrolls to its evidence; f filters to the pinned."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("f", "filter", "Filter", id="timeline.filter")]

    only_pinned: reactive[bool] = reactive(False)
    """Show only the events of the pinned actors."""

    class Selected(Message):
        """An event was chosen."""

        def __init__(self, timeline: Timeline, event_id: str) -> None:
            super().__init__()
            self.timeline = timeline
            self.event_id = event_id

        @property
        def control(self) -> Timeline:
            return self.timeline

    def rebuild(self) -> None:
        document = self.document
        selection = self.selection
        options: list[Option] = []
        if document is not None:
            events = document.corpus.events_in(document.article.id)
            pinned = set(selection.pinned)
            if self.only_pinned and pinned:
                events = tuple(e for e in events if pinned.intersection(e.actors))
            width = max((len(date_label(e)) for e in events), default=0)
            options = [
                Option(event_prompt(e, selection, width, self.row_width), id=e.id) for e in events
            ]
            if not options:
                options.append(Option(Content("No dated events."), disabled=True))
        self.set_options(options)
        self.keep_highlight(selection.event)
        scope = "pinned only" if self.only_pinned and selection.pinned else "all"
        self.border_subtitle = f"{INFERRED_PREFIX} inferred · f {scope}"

    def selection_changed(self, old: Selection, new: Selection) -> None:
        if old.pinned != new.pinned:
            self.rebuild()
        elif new.event is not None:
            self.keep_highlight(new.event)

    def watch_only_pinned(self) -> None:
        self.rebuild()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "filter":
            return True if self.selection.pinned or self.only_pinned else None
        return True

    def action_filter(self) -> None:
        self.only_pinned = not self.only_pinned

    def on_option_list_option_selected(self, event: ExplorerList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Selected(self, event.option.id))
