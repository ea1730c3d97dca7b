"""Snapshots of the filters (SVGs in __snapshots__/): the relations pane narrowed by F,
its filter window, and a list narrowed by the filter line, at 80x24 and 120x40.

Update with ``pytest tests/tui/test_snapshots_filters.py --snapshot-update`` and look at
every SVG."""

from __future__ import annotations

from collections.abc import Callable

from snap_app import make_app

SnapCompare = Callable[..., bool]
NARROW = (80, 24)
WIDE = (120, 40)

#: In the filter window with Iran selected: tick SUPPORT (the first type), then RIVAL.
SUPPORT_AND_RIVAL = ["F", "space", *["down"] * 5, "space"]


def test_relations_filtered_narrow(snap_compare: SnapCompare) -> None:
    keys = ["2", *SUPPORT_AND_RIVAL, "escape"]
    assert snap_compare(make_app(select=["Iran"]), press=keys, terminal_size=NARROW)


def test_relations_filtered_wide(snap_compare: SnapCompare) -> None:
    keys = [*SUPPORT_AND_RIVAL, "tab", "space", "escape"]  # and cooperation
    assert snap_compare(make_app(select=["Iran"]), press=keys, terminal_size=WIDE)


def test_relation_filter_window_narrow(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran"]), press=SUPPORT_AND_RIVAL, terminal_size=NARROW)


def test_filter_line_open_narrow(snap_compare: SnapCompare) -> None:
    keys = ["backslash", "s", "t"]
    assert snap_compare(make_app(), press=keys, terminal_size=NARROW)
