"""A long ingest rewrites the same buckets again and again: the rows of a bucket file this
writer wrote itself were checked then, and are not built again at each rewrite, unless
someone else changed the file or the catalog since."""

from __future__ import annotations

from itertools import count, islice
from pathlib import Path

import orjson
import pytest

from personae.store import catalog_writer
from personae.store.buckets import bucket_of
from personae.store.db import Store
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError
from tests.store.test_buckets import _article


def _same_bucket(n: int) -> list[str]:
    """``n`` article ids whose rows share one bucket."""
    ids = (f"a{k}" for k in count())
    first = next(ids)
    return [first, *islice((i for i in ids if bucket_of(i) == bucket_of(first)), n - 1)]


def _bucket_file(path: Path, article_id: str) -> Path:
    root = orjson.loads(path.read_bytes())
    return pieces_folder(path) / root["buckets"]["1"][bucket_of(article_id)]


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The bucket files whose rows a commit checks, from here on."""
    seen: list[str] = []
    real = catalog_writer.check_rows

    def spy(where: str, *args: object) -> None:
        seen.append(where)
        real(where, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog_writer, "check_rows", spy)
    return seen


def test_a_writer_does_not_check_again_the_bucket_it_wrote(
    tmp_path: Path, checked: list[str]
) -> None:
    first, second, third = _same_bucket(3)
    path = tmp_path / "personae.json"
    Store.open_or_create(path).put(_article(first))
    store = Store.open(path)
    store.put(_article(second))  # a bucket another writer wrote: checked
    assert len(checked) == 1
    store.put(_article(third))  # the file this writer wrote: checked when it was written
    assert len(checked) == 1
    assert {first, second, third} <= {a.id for a in Store.open(path).snapshot().articles}


def test_a_bucket_changed_by_other_hands_between_two_commits_is_checked(
    tmp_path: Path, checked: list[str]
) -> None:
    first, second, third = _same_bucket(3)
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    store.put_many([_article(first), _article(second)])
    elsewhere = next(i for i in (f"b{k}" for k in count()) if bucket_of(i) != bucket_of(first))
    store.put(_article(elsewhere))  # the writer keeps only its last commit's buckets parsed
    bucket = _bucket_file(path, first)
    tables = orjson.loads(bucket.read_bytes())
    row = next(r for r in tables["articles"].values() if r["id"] == first)
    row["title"] = 7  # written over by another program: a title no reader can show
    bucket.write_bytes(orjson.dumps(tables))
    with pytest.raises(StoreError, match=rf"{bucket.name} .*malformed"):
        store.put(_article(third))
    assert third not in {r["id"] for r in orjson.loads(bucket.read_bytes())["articles"].values()}
