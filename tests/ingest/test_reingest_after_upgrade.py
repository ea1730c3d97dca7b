"""Ingesting a folder again after an upgrade reads its articles with the new extractor.

An unchanged file is skipped only while the extractor that read it is the one running:
otherwise the reader would keep an older version's relations (or none, where it failed)
however often they ingested the folder again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import personae.store.ingest.batch as batch
import personae.store.ingest.extract as extract
from personae.store.db import Store
from personae.store.ingest.batch import ingest_paths

ARTICLE = (
    "Talks in Lima\n\n"
    "LIMA (Reuters) - Peru and Chile signed a border agreement on Monday, officials said.\n"
)


def _folder_and_store(tmp_path: Path) -> tuple[Path, Store]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "lima.txt").write_text(ARTICLE, encoding="utf-8")
    return folder, Store.open_or_create(tmp_path / "personae.json")


def _ingested_by(
    version: str, folder: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> set[str]:
    with monkeypatch.context() as patched:
        patched.setattr(extract, "EXTRACTOR_VERSION", version)
        patched.setattr(batch, "EXTRACTOR_VERSION", version)
        return {result.status for result in ingest_paths(store, [folder], jobs=1)}


def _versions(store: Store) -> set[str | None]:
    snapshot = store.snapshot()
    return {a.extractor_version for a in snapshot.articles if a.provenance == "extracted"} | {
        r.extractor_version for r in snapshot.relations if r.provenance == "extracted"
    }


def test_an_article_an_older_extractor_read_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = _folder_and_store(tmp_path)
    assert _ingested_by("0-older", folder, store, monkeypatch) == {"added"}
    assert _versions(store) == {"0-older"}

    again = {result.status for result in ingest_paths(store, [folder], jobs=1)}

    assert again == {"replaced"}
    assert _versions(store) == {extract.EXTRACTOR_VERSION}


def test_guard_an_article_this_extractor_read_stays_unchanged(tmp_path: Path) -> None:
    folder, store = _folder_and_store(tmp_path)
    ingest_paths(store, [folder], jobs=1)
    assert {result.status for result in ingest_paths(store, [folder], jobs=1)} == {"unchanged"}
