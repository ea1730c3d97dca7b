"""Limits: past the largest article and the largest file, a clear refusal, never a hang.

The figures (README, "Limits"): one article file may be up to 20 MB (store.ingest.files.
MAX_ARTICLE_BYTES); one file of the store (its catalog, a piece, or an old single-file
store) up to 256 MiB (store.storage.MAX_FILE_BYTES), which reading refuses beyond and which
no write may make; the store as a whole has no limit.  "At once" is shown without a clock:
the refused file is never opened, only its size looked at.
"""

from __future__ import annotations

import builtins
import io
import os
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from personae.store import storage
from personae.store.db import ArticleRecords, Store
from personae.store.ingest.batch import ingest_paths
from personae.store.ingest.files import MAX_ARTICLE_BYTES, IngestError, read_file
from personae.store.model import Article, Span
from personae.store.pieces import inflated, pieces_folder
from personae.store.storage import MAX_FILE_BYTES, StoreError


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> set[Path]:
    """Every file opened from here on, by every route Python has (open, Path.open and
    read_bytes, os.open): a file not in it was never read."""
    seen: set[Path] = set()

    def noting(real: Callable[..., Any]) -> Callable[..., Any]:
        def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | bytes | os.PathLike):
                seen.add(Path(os.fsdecode(file)).resolve())
            return real(file, *args, **kwargs)

        return spy

    for module in (io, builtins):
        monkeypatch.setattr(module, "open", noting(io.open))
    monkeypatch.setattr(os, "open", noting(os.open))
    return seen


def _article_and_dump(folder: Path) -> tuple[Path, Path]:
    """An article within the limit, and a dump one byte over it."""
    article = folder / "news.txt"
    article.write_text("Title\n\nIran met Russia.\n", encoding="utf-8")
    dump = folder / "dump.txt"
    with dump.open("wb") as handle:  # sparse: no time or disk spent writing it
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    return article, dump


def test_an_article_over_the_size_limit_is_refused_at_once(
    tmp_path: Path, opened: set[Path]
) -> None:
    article, dump = _article_and_dump(tmp_path)
    opened.clear()  # what was written to set the scene
    read_file(article)
    assert article.resolve() in opened  # an article within the limit is read: the spy sees it
    with pytest.raises(
        IngestError, match=r"is 20,000,001 bytes, over the 20 MB \(20,000,000 bytes\) limit"
    ):
        read_file(dump)
    assert dump.resolve() not in opened  # refused on its size: not one byte of it read


def test_ingest_refuses_an_article_over_the_size_limit_before_reading_it(
    tmp_path: Path, opened: set[Path]
) -> None:
    article, dump = _article_and_dump(tmp_path)
    store = Store.open_or_create(tmp_path / "personae.json")
    opened.clear()
    results = {r.path.name: r for r in ingest_paths(store, [article, dump])}
    assert results["news.txt"].status == "added"
    assert results["dump.txt"].status == "failed"
    assert "limit" in (results["dump.txt"].reason or "")
    assert article.resolve() in opened
    assert dump.resolve() not in opened


def test_a_catalog_over_the_file_limit_is_refused_before_it_is_read(
    tmp_path: Path, opened: set[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    within = tmp_path / "within.json"
    Store.open_or_create(within).close()
    assert main(["--db", str(within), "list"]) == 0
    assert within.resolve() in opened  # a store within the limit is read: the spy sees it
    capsys.readouterr()
    path = tmp_path / "personae.json"
    with path.open("wb") as handle:
        handle.write(b'{"meta": {"1": {"schema": 1}}}')
        handle.truncate(MAX_FILE_BYTES + 1)
    opened.clear()  # what was written to set the scene
    stamp = path.stat()
    with pytest.raises(
        StoreError, match=f"over the {MAX_FILE_BYTES // 2**20} MiB personae reads from one file"
    ):
        Store.open(path)
    assert main(["--db", str(path), "list"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(path) in err and "--db" in err
    assert path.resolve() not in opened  # refused on its size: not one byte of it read
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)


def _big(article_id: str, size: int) -> ArticleRecords:
    """An article of about ``size`` characters that deflating hardly shrinks."""
    text = "".join(random.Random(article_id).choices(string.ascii_letters + " ", k=size))
    article = Article(
        id=article_id, title=article_id, text=text, passages=(Span(0, len(text)),), sentences=()
    )
    return ArticleRecords(article, (), (), (), ())


def test_no_write_makes_a_file_past_the_limit_and_the_store_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    # the largest file as its reader takes it in: a piece inflated
    bundled = max(len(inflated(p.read_bytes())) for p in pieces_folder(path).iterdir())
    limit = 2 * bundled
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", limit)
    catalog = path.read_bytes()
    with pytest.raises(StoreError, match="personae reads from one file; nothing was changed"):
        store.put(_big("huge", limit + 1000))
    assert path.read_bytes() == catalog
    assert "huge" not in {a.id for a in store.snapshot().articles}
    # Many articles, each within the limit, make a store well past it: the store has no limit.
    for n in range(8):  # (their letters deflate to about three quarters)
        store.put(_big(f"part{n}", bundled))
    total = path.stat().st_size + sum(p.stat().st_size for p in pieces_folder(path).iterdir())
    assert total > 2 * limit
    assert len(Store.open(path).snapshot().articles) == 9
