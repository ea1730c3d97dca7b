"""An ingest keeps the lexicons out of garbage collection only while it runs.

The explorer ingests in its own process and goes on afterwards: whatever was frozen for the
batch must be collected as before once the batch is stored, even when the batch fails.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import personae.store.ingest.batch as batch
from personae.store.db import Store
from personae.store.ingest.batch import ingest_paths
from personae.store.ingest.workers import LongLived

ARTICLE = "Iran and Russia\n\nIran signed a supply agreement with Russia on Monday.\n"


def test_an_ingest_leaves_garbage_collection_as_it_found_it(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    frozen_during: list[int] = []
    before = gc.get_threshold()
    store = Store.open_or_create(tmp_path / "store.json")
    results = ingest_paths(
        store, [folder], on_progress=lambda *_: frozen_during.append(gc.get_freeze_count())
    )
    assert [r.status for r in results] == ["added", "added"]
    # Nothing frozen before the first extraction, the lexicons frozen after it.
    assert frozen_during[0] == 0 and frozen_during[-1] > 0
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_a_batch_that_fails_midway_thaws_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(batch, "_commit", broken)
    before = gc.get_threshold()
    with pytest.raises(OSError):
        ingest_paths(Store.open_or_create(tmp_path / "store.json"), [folder])
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_nothing_is_frozen_before_an_article_is_extracted() -> None:
    with LongLived() as long_lived:
        assert gc.get_freeze_count() == 0  # unchanged files load no lexicon: nothing to keep
        long_lived.freeze()
        long_lived.freeze()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_young_objects_are_collected_less_often_only_while_frozen() -> None:
    """A batch's writer holds thousands of records between commits: the collector walks
    them less often during the batch, and as often as before once it ends."""
    before = gc.get_threshold()
    with LongLived() as long_lived:
        assert gc.get_threshold() == before
        long_lived.freeze()
        assert gc.get_threshold()[0] >= LongLived.YOUNG_OBJECTS
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
