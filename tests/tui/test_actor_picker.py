"""The list of actors to merge into (or to give a mention to) is read off the screen's
thread on a large store: listing them reads every bucket of the catalog and registry."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_corrections_keys import _app, _highlight, _settled

from personae.store.catalog import Catalog
from personae.tui.screens import correcting
from personae.tui.screens.choice import ChoiceScreen
from personae.tui.widgets.actor_list import ActorList


async def test_the_merge_picker_reads_every_actor_off_the_screens_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(correcting, "LISTED_AT_ONCE", 0)  # as a store of many articles
    readers: list[str] = []
    entities = Catalog.entities

    def spy(catalog: Catalog) -> object:
        readers.append(threading.current_thread().name)
        return entities.fget(catalog)  # type: ignore[attr-defined]

    monkeypatch.setattr(Catalog, "entities", property(spy))
    app = _app(tmp_path / "s.json", select=("soviet-union",))
    async with app.run_test(size=(160, 50)) as pilot:
        await _settled(pilot)
        await _highlight(pilot, "actors", "soviet-union")
        readers.clear()
        await pilot.press("e", "m")
        await _settled(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert readers and threading.main_thread().name not in readers
        await pilot.press(*"russia", "enter")
        await _settled(pilot)
        assert "soviet-union" not in app.explorer.query_one(ActorList)._ids
        assert "Soviet Union" in app.explorer.corpus.entity("russia").aliases
