"""The summary in the catalog's root (the count and the newest articles) is what the
explorer and `list` start from: it stays exactly the catalog's first articles through
adds, re-ingests and removals, whatever a crash interrupts, and a store without one is
read from its buckets and given one by its next write."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store import buckets, pieces, storage, summary
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Span
from personae.store.summary import Summary


def _article(n: int, date: str | None, title: str | None = None) -> ArticleRecords:
    text = f"Article {n}."
    article = Article(
        id=f"a{n:03d}", title=title or f"Title {n % 7}", text=text, date=date,
        passages=(Span(0, len(text)),), sentences=(Span(0, len(text)),),
        content_hash=f"hash-{n}",
    )  # fmt: skip
    return ArticleRecords(article, (), (), (), ())


def _root(path: Path) -> dict[str, Any]:
    return orjson.loads(path.read_bytes())  # type: ignore[no-any-return]


def check_summary(path: Path) -> None:
    """The root's summary is the count and the first articles of the catalog its buckets
    hold, in the catalog's order, and long enough for a first page."""
    found = Summary.of_root(_root(path))
    assert found is not None
    whole = Store.open(path).catalog().whole().articles
    assert found.total == len(whole)
    assert len(found.newest) >= min(found.total, summary.SUMMARY_LEAST)
    first = Store.open(path).catalog().articles[: len(found.newest)]
    assert list(first) == list(whole[: len(found.newest)])


@pytest.fixture
def small_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """A summary of 6 rows, made again below 3: a few articles go past it."""
    monkeypatch.setattr(summary, "SUMMARY_ROWS", 6)
    monkeypatch.setattr(summary, "SUMMARY_LEAST", 3)


@pytest.fixture
def bucket_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every bucket file read from now on."""
    read: list[str] = []
    original = pieces.Pieces.read_bytes

    def spy(self: pieces.Pieces, name: str) -> bytes:
        if name.startswith("catalog-"):
            read.append(name)
        return original(self, name)

    monkeypatch.setattr(pieces.Pieces, "read_bytes", spy)
    return read


@pytest.mark.usefixtures("small_summary")
def test_the_summary_stays_the_catalogs_first_articles_through_every_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = Store(path)
    rng = random.Random(7)
    dates = [None, "2020-01-01", "2021-05-05", "2021-05-05", "2023-02-02"]  # ties on purpose
    stored: set[int] = set()
    for step in range(120):
        choice = rng.random()
        if choice < 0.5 or not stored:
            batch = [rng.randrange(60) for _ in range(rng.randrange(1, 4))]
            store.put_many(_article(n, rng.choice(dates)) for n in batch)  # new, or again
            stored.update(batch)
        elif choice < 0.7:
            n = rng.choice(sorted(stored))
            store.put(_article(n, rng.choice(dates), title=f"Revised {step}"))
        else:
            n = rng.choice(sorted(stored))
            store.remove_article(f"a{n:03d}")
            stored.discard(n)
        check_summary(path)


@pytest.mark.usefixtures("small_summary")
def test_removing_the_newest_makes_the_summary_again_from_every_bucket(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put_many(_article(n, f"2020-01-{n + 1:02d}") for n in range(20))
    for n in range(19, 13, -1):  # the six newest, one at a time
        store.remove_article(f"a{n:03d}")
        check_summary(path)
    found = Summary.of_root(_root(path))
    assert found is not None and found.newest[0][1]["id"] == "a013"


def test_opening_reads_the_summary_and_no_bucket_until_more_is_needed(
    tmp_path: Path, bucket_reads: list[str], small_summary: None
) -> None:
    path = tmp_path / "personae.json"
    Store(path).put_many(_article(n, f"2020-01-{n + 1:02d}") for n in range(20))
    bucket_reads.clear()
    catalog = Store.open(path).catalog()
    assert len(catalog.articles) == 20
    assert [a.id for a in catalog.articles[:6]] == [f"a{n:03d}" for n in range(19, 13, -1)]
    assert catalog.entry("a015").title == "Title 1" and "a019" in catalog
    assert bucket_reads == []
    assert catalog.articles[6].id == "a013"  # past the summary: the buckets are read
    assert bucket_reads and catalog.complete


def test_a_store_without_a_summary_is_read_from_its_buckets_and_given_one(
    tmp_path: Path, bucket_reads: list[str]
) -> None:
    path = tmp_path / "personae.json"
    Store(path).put_many(_article(n, "2021-01-01") for n in range(5))
    root = _root(path)
    del root["summary"]  # as written before the summary was kept
    path.write_bytes(orjson.dumps(root))
    catalog = Store.open(path).catalog()
    assert bucket_reads and catalog.complete and len(catalog.articles) == 5
    Store(path).put(_article(9, "2022-01-01"))
    check_summary(path)
    assert Store.open(path).catalog().articles[0].id == "a009"


def test_a_malformed_summary_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    Store(path).put_many(_article(n, "2021-01-01") for n in range(5))
    root = _root(path)
    key, row = next(iter(root["summary"]["1"]["newest"].items()))
    root["summary"]["1"]["newest"][key] = {**row, "piece": "../../etc/passwd"}
    path.write_bytes(orjson.dumps(root))
    catalog = Store.open(path).catalog()  # read from the buckets instead
    assert catalog.complete and {a.piece for a in catalog.articles} != {"../../etc/passwd"}
    Store(path).put(_article(9, "2022-01-01"))
    check_summary(path)


@pytest.mark.parametrize("stage", ["files", "root"])
def test_a_commit_stopped_before_its_root_leaves_the_summary_of_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    path = tmp_path / "personae.json"
    Store(path).put_many(_article(n, "2021-01-01") for n in range(5))
    before = path.read_bytes()
    writes = {"files": pieces.Pieces, "root": storage.AtomicJSONStorage}[stage]
    original = writes.write

    def killed(self: Any, *args: Any) -> None:
        raise KeyboardInterrupt  # as a kill would, before the root names anything new

    monkeypatch.setattr(writes, "write", killed)
    with pytest.raises(KeyboardInterrupt):
        Store(path).put(_article(7, "2030-01-01"))
    monkeypatch.setattr(writes, "write", original)
    assert path.read_bytes() == before
    check_summary(path)
    Store(path).put(_article(3, "2031-01-01"))
    check_summary(path)
    assert Store.open(path).catalog().articles[0].id == "a003"


def test_a_commit_that_cannot_read_a_bucket_to_make_the_summary_goes_on_without_one(
    tmp_path: Path,
) -> None:
    """A damaged bucket the commit does not touch stays for readers to name: the commit is
    stored, its root without a summary, and readers read the buckets and name it."""
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put_many(_article(n, "2021-01-01") for n in range(8))
    root = _root(path)
    del root["summary"]
    path.write_bytes(orjson.dumps(root))
    layout = root["buckets"]["1"]
    damaged = pieces.pieces_folder(path) / layout[buckets.bucket_of("a000")]
    damaged.write_bytes(b"{")
    others = [n for n in range(20, 80) if buckets.bucket_of(f"a{n:03d}") not in layout]
    Store(path).put(_article(others[0], "2022-01-01"))
    assert "summary" not in _root(path)
    with pytest.raises(storage.StoreError, match="corrupt"):
        Store.open(path).catalog()


def test_a_summary_an_older_personae_left_behind_is_not_trusted(tmp_path: Path) -> None:
    """An older personae commits without keeping the summary: its root's commit is then
    past the summary's, and readers read the buckets until the next commit makes it again."""
    path = tmp_path / "personae.json"
    Store(path).put_many(_article(n, "2021-01-01") for n in range(5))
    root = _root(path)
    root["meta"]["1"]["commit"] += 1  # as an older writer's commit leaves it
    path.write_bytes(orjson.dumps(root))
    assert Store.open(path).catalog().complete
    Store(path).put(_article(9, "2022-01-01"))
    check_summary(path)
    assert not Store.open(path).catalog().complete
