"""A correction written while another writer (an ingest) holds the store's lock: the
screen says so and keeps answering keys; the change shows once written, or one line says
why it was not, with nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import filelock
from textual.pilot import Pilot

from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.tui.app import PersonaeApp
from personae.tui.layer_writer import WAITING
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.relation_list import RelationList

ARTICLE = "iran-russia-alliance"


def _app(path: Path, lock_timeout: float | None = None) -> PersonaeApp:
    store = Store.open_or_create(path, lock_timeout=lock_timeout)
    return PersonaeApp(Corpus.open(store), select=("iran",), store=store)


def _said(app: PersonaeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _until(pilot: Pilot[None], done: Callable[[], bool]) -> bool:
    for _ in range(400):
        if done():
            return True
        await pilot.pause(0.05)
    return done()


async def _reject_partner(pilot: Pilot[None]) -> str:
    app = pilot.app
    assert isinstance(app, PersonaeApp)
    relation = next(
        r.id
        for r in app.explorer.corpus.relations_in(ARTICLE)
        if (r.source, r.target, r.type) == ("iran", "russia", "PARTNER")
    )
    await pilot.press("2")
    pane = app.explorer.query_one(RelationList)
    pane.highlighted = pane.get_option_index(relation)
    await pilot.pause()
    await pilot.press("e", "r")
    return relation


async def test_a_correction_waits_for_another_writer_and_keys_stay_live(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path)
    ingest = filelock.FileLock(f"{path}.lock")  # another writer, as an ingest holds it
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        ingest.acquire()
        try:
            relation = await _reject_partner(pilot)
            assert await _until(pilot, lambda: WAITING in _said(app))
            relations = app.explorer.query_one(RelationList)
            assert relation in relations._ids  # nothing applied while it waits
            await pilot.press("1")  # keys answered meanwhile
            assert isinstance(app.focused, ActorList)
        finally:
            ingest.release()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert relation not in relations._ids
        assert WAITING not in _said(app)
        assert any(line.startswith("Rejected") for line in _said(app))
    assert Corpus.open(Store.open(path)).relation(relation, ARTICLE) is None


async def test_a_lock_never_freed_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    app = _app(path, lock_timeout=0.2)
    ingest = filelock.FileLock(f"{path}.lock")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        before = path.read_bytes()
        with ingest:
            relation = await _reject_partner(pilot)
            assert await _until(pilot, lambda: any("Not saved" in s for s in _said(app)))
        await app.workers.wait_for_complete()
        await pilot.pause()
        line = next(s for s in _said(app) if "Not saved" in s)
        assert "\n" not in line and "another personae process is writing" in line
        assert relation in app.explorer.query_one(RelationList)._ids
        assert path.read_bytes() == before
        await pilot.press("u")  # nothing to undo: the correction was never made
        await app.workers.wait_for_complete()
        assert relation in app.explorer.query_one(RelationList)._ids
