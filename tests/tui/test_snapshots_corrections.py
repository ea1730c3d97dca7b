"""Snapshots of the correction modals at 80x24 (SVGs in __snapshots__/): the menu `e`
opens on a relation, the type chooser narrowed by typing, and the History."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from snap_app import make_app
from textual.pilot import Pilot

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.corrections import Correction
from personae.store.db import Store
from personae.tui.app import PersonaeApp
from personae.tui.widgets.relation_list import RelationList

SnapCompare = Callable[..., bool]
NARROW = (80, 24)
DRONES = "iran-russia-alliance:r37"
"""Iran supplies Russia with suicide drones."""
WHEN = "2026-12-02T07:10:00+00:00"


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


def test_the_history(snap_compare: SnapCompare) -> None:
    """Two corrections, the newest first; the one whose actor is gone marked orphaned."""
    store = Store()
    store.put(bundled_records())
    corrections = (
        Correction("c2", "actor.rename", {"entity": "gone", "name": "Gone"}, "X", "Y", "ana", WHEN),
        Correction(
            "c3",
            "actor.merge",
            {"entity": "soviet-union", "name": "Soviet Union"},
            "russia",
            None,
            "ana",
            WHEN,
        ),
    )
    store.correct(lambda layer, commit: corrections)
    app = PersonaeApp(Corpus.open(store), store=store)

    async def history(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        app.action_history()
        await pilot.pause()

    assert snap_compare(app, run_before=history, terminal_size=NARROW)
