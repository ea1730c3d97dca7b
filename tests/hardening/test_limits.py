"""Limits: past the largest article and the largest store, a clear refusal, never a hang.

The figures (README, "Limits"): one article file may be up to 20 MB (store.ingest.files.
MAX_ARTICLE_BYTES); a store file up to 256 MiB (store.storage.MAX_STORE_BYTES), which
opening refuses beyond and which no write may grow past.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from store import storage
from store.db import ArticleRecords, Store
from store.ingest.batch import ingest_paths
from store.ingest.files import MAX_ARTICLE_BYTES, IngestError, read_file
from store.model import Article, Span
from store.storage import MAX_STORE_BYTES, StoreError


def test_an_article_over_the_size_limit_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:  # sparse: no time or disk spent writing it
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(IngestError, match="over the 20 MB limit"):
        read_file(path)
    store = Store.open_or_create(tmp_path / "personae.json")
    [result] = ingest_paths(store, [path])
    assert result.status == "failed" and "limit" in (result.reason or "")
    assert time.perf_counter() - started < 5


def test_a_store_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    path = tmp_path / "personae.json"
    with path.open("wb") as handle:
        handle.write(b'{"meta": {"1": {"schema": 1}}}')
        handle.truncate(MAX_STORE_BYTES + 1)
    stamp = path.stat()
    started = time.perf_counter()
    with pytest.raises(
        StoreError, match=f"over the {MAX_STORE_BYTES // 2**20} MB a store may hold"
    ):
        Store.open(path)
    assert main(["--db", str(path), "list"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(path) in err and "--db" in err
    assert time.perf_counter() - started < 5
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)


def test_no_write_grows_a_store_past_the_limit(
    tmp_path: Path, valid_store_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    path.write_bytes(valid_store_bytes)
    monkeypatch.setattr(storage, "MAX_STORE_BYTES", len(valid_store_bytes) + 1000)
    text = "Chile met Peru. " * 1000
    article = Article(
        id="big", title="Big", text=text, passages=(Span(0, len(text)),), sentences=()
    )
    store = Store.open(path)
    with pytest.raises(StoreError, match="past the 0 MB a store may hold; nothing was changed"):
        store.put(ArticleRecords(article, (), (), (), ()))
    assert path.read_bytes() == valid_store_bytes
    assert "big" not in {a.id for a in store.snapshot().articles}
    monkeypatch.undo()
    store.put(ArticleRecords(article, (), (), (), ()))  # within the real limit: fine
    assert "big" in {a.id for a in Store.open(path).snapshot().articles}
