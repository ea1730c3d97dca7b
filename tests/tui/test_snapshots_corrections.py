"""Snapshots of the correction modals at 80x24 (SVGs in __snapshots__/): the menu `e`
opens on a relation, and the type chooser narrowed by typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from snap_app import make_app
from textual.pilot import Pilot

from personae.tui.widgets.relation_list import RelationList

SnapCompare = Callable[..., bool]
NARROW = (80, 24)
DRONES = "iran-russia-alliance:r37"
"""Iran supplies Russia with suicide drones."""


async def _correct_drones(pilot: Pilot[Any]) -> None:
    await pilot.press("2")
    await pilot.pause()
    pane = pilot.app.screen.query_one(RelationList)
    pane.highlighted = pane.get_option_index(DRONES)
    await pilot.press("e")
    await pilot.pause()


def test_the_relation_menu(snap_compare: SnapCompare) -> None:
    app = make_app(select=["Iran", "Russia"])
    assert snap_compare(app, run_before=_correct_drones, terminal_size=NARROW)


def test_the_type_chooser_narrowed(snap_compare: SnapCompare) -> None:
    async def choose_type(pilot: Pilot[Any]) -> None:
        await _correct_drones(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("c", "o", "e")
        await pilot.pause()

    app = make_app(select=["Iran", "Russia"])
    assert snap_compare(app, run_before=choose_type, terminal_size=NARROW)
