"""Snapshot tests of the explorer on the bundled article (SVGs in __snapshots__/).

Plain ``def`` tests: ``snap_compare`` runs the app itself.  Update with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at every SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from snap_app import make_app
from textual.pilot import Pilot

from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.timeline import Timeline

SnapCompare = Callable[..., bool]
NARROW = (80, 24)
WIDE = (120, 40)

DRONES = "iran-russia-alliance:r37"
"""Iran supplies Russia with suicide drones."""
INVASION = "iran-russia-alliance:e12"
"""Russia's full-scale invasion of Ukraine, 24 February 2022 (inferred)."""


def test_first_screen_narrow(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(), terminal_size=NARROW)


def test_first_screen_wide(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(), terminal_size=WIDE)


def test_one_actor_selected(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran"]), press=["n", "n"], terminal_size=WIDE)


def test_two_actors_pinned(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran", "Russia"]), terminal_size=WIDE)


def test_two_actors_pinned_narrow(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(select=["Iran", "Russia"]), press=["2"], terminal_size=NARROW)


async def _choose(pilot: Pilot[Any], widget: type[RelationList | Timeline], option: str) -> None:
    await pilot.pause()
    pane = pilot.app.query_one(widget)
    pane.focus()
    pane.highlighted = pane.get_option_index(option)
    await pilot.press("enter")


def test_relation_selected(snap_compare: SnapCompare) -> None:
    async def select(pilot: Pilot[Any]) -> None:
        await _choose(pilot, RelationList, DRONES)

    app = make_app(select=["Iran", "Russia"])
    assert snap_compare(app, run_before=select, terminal_size=WIDE)


def test_event_selected(snap_compare: SnapCompare) -> None:
    async def select(pilot: Pilot[Any]) -> None:
        await _choose(pilot, Timeline, INVASION)

    assert snap_compare(make_app(), run_before=select, terminal_size=WIDE)


def test_help_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=NARROW)
