"""SIGKILL in the middle of saving a note loses that note at most: the store opens with
the notes and corrections saved before it (notes take the corrections' commit: the same
layer file, the same lock and replace)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_crash_corrections import _PAUSED_CORRECTION

from hardening_support import copy_store, kill_when_paused, store_files
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.notes import actor_key, add_note

ARTICLE = "iran-russia-alliance"
_PAUSED_NOTE = _PAUSED_CORRECTION.replace(
    "from personae.store.reviewed import commit_correction",
    "from personae.store.notes import actor_key, add_note",
).replace(
    'commit_correction(store, "actor.rename", {"entity": "russia"}, "Muscovy", "Russia")',
    f'add_note(store, "note.actor", actor_key("{ARTICLE}", "russia", "Russia"), "lost")',
)


@pytest.mark.parametrize("where", ["mid-file", "before-rename"])
@pytest.mark.parametrize("stage", ["layer", "root"])
def test_a_kill_inside_a_note_keeps_the_notes_before_it(
    tmp_path: Path, valid_store: Path, where: str, stage: str
) -> None:
    assert "add_note(store" in _PAUSED_NOTE
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    add_note(Store.open(path), "note.actor", actor_key(ARTICLE, "iran", "Iran"), "kept")
    before = store_files(path)
    nth = {"layer": "1", "root": "2"}[stage]
    kill_when_paused(_PAUSED_NOTE, str(path), where, nth)
    left = store_files(path)
    assert {name: left[name] for name in before} == before
    assert [n.value for n in Corpus.open(Store.open(path)).layer.notes] == ["kept"]
    store = Store.open(path, lock_timeout=2)
    add_note(store, "note.actor", actor_key(ARTICLE, "iran", "Iran"), "next")
    assert [n.value for n in Corpus.open(Store.open(path)).layer.notes] == ["kept", "next"]
