"""The side panes: the key that shows each, and the tabs that switch them when narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

if TYPE_CHECKING:
    from textual.widgets import Tabs

#: The side panes, by the key that shows them, in tab order.
PANES: dict[str, tuple[str, str]] = {
    "1": ("actors", "Actors"),
    "2": ("relations", "Relations"),
    "3": ("timeline", "Timeline"),
}


def side_tabs(active: str) -> Tabs:
    """The tabs over the side pane, which only the narrow layout shows: made when the
    terminal is first narrow, not at every start (they are a quarter of the widgets)."""
    from textual.widgets import Tab, Tabs  # only ever needed in a narrow terminal

    tabs = Tabs(
        *(Tab(f"{key} {label}", id=f"tab-{pane}") for key, (pane, label) in PANES.items()),
        active=f"tab-{active}",
        id="side-tabs",
    )
    # 1, 2, 3 (or a click) switch them: focused, the pane's border style would take
    # their one row and hide the labels, and Tab would stop on them for nothing.
    tabs.can_focus = False
    return tabs


def shown_side_pane(main: Widget) -> str:
    """The side pane the narrow layout shows (kept as a class of the panes' container)."""
    for name, _ in PANES.values():
        if main.has_class(f"-show-{name}"):
            return name
    return "actors"


def show_side_pane(main: Widget, pane: str) -> None:
    """Which side pane the narrow layout shows (the wide one shows them all)."""
    for name, _ in PANES.values():
        main.set_class(name == pane, f"-show-{name}")
