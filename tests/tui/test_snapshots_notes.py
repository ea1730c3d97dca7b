"""A snapshot of the Notes view at 80x24 (SVG in __snapshots__/): a bookmark, a note of two
lines on a relation, and a note whose actor is gone (orphaned), newest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.corrections import Correction
from personae.store.db import Store
from personae.tui.app import PersonaeApp

SnapCompare = Callable[..., bool]
ARTICLE = "iran-russia-alliance"
WHEN = "2026-12-02T07:10:00+00:00"


def test_the_notes_view(snap_compare: SnapCompare) -> None:
    store = Store()
    store.put(bundled_records())
    corpus = Corpus.open(store)
    relation = next(r for r in corpus.relations_in(ARTICLE) if r.type == "PARTNER")
    key = corpus.relation_target(relation.id, ARTICLE)
    assert key is not None
    article = corpus.article(ARTICLE)
    first = article.sentences[0]
    sentence = article.text[first.start : first.end]
    notes = (
        Correction(
            "c2", "bookmark", {"article": ARTICLE, "sentence": sentence}, "", None, "ana", WHEN
        ),
        Correction("c3", "note.relation", key, "Signed when?\nAsk the desk.", None, "ana", WHEN),
        Correction(
            "c4",
            "note.actor",
            {"article": ARTICLE, "entity": "gone", "name": "Gone"},
            "Who is this?",
            None,
            "ana",
            WHEN,
        ),
    )
    store.correct(lambda layer, commit: notes)
    app = PersonaeApp(Corpus.open(store), store=store)

    async def show(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        app.action_notes()
        await pilot.pause()

    assert snap_compare(app, run_before=show, terminal_size=(80, 24))
