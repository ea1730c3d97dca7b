"""Reading only what is needed (schema 3): opening a store reads its root, a commit the
buckets it rewrites, ingest the bucket of each file's article, and the catalog view one
bucket at a time, so a large store costs what is asked of it, not its size."""

from __future__ import annotations

import gc
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store import pieces
from personae.store.buckets import bucket_of
from personae.store.db import ArticleRecords, Store
from personae.store.folder import BUCKET_NAME
from personae.store.ingest.batch import article_id_for, ingest_paths
from personae.store.model import Article, Entity, Mention, Span

ACTORS = [f"actor{n}" for n in range(40)]


def _article(article_id: str, actors: int = 3) -> ArticleRecords:
    chosen = [ACTORS[(len(article_id) * 7 + n * 3) % len(ACTORS)] for n in range(actors)]
    text = " ".join(chosen) + "."
    span = Span(0, len(text))
    article = Article(
        id=article_id, title=f"Talks {article_id}", text=text, passages=(span,),
        sentences=(span,), content_hash=f"hash-{article_id}",
    )  # fmt: skip
    entities = tuple(Entity(a, a.title(), "state", provenance="extracted") for a in chosen)
    mentions = tuple(
        Mention(a, article_id, text.index(a), text.index(a) + len(a), a, provenance="extracted")
        for a in dict.fromkeys(chosen)
    )
    return ArticleRecords(article, entities, mentions, (), ())


@pytest.fixture
def bucket_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each bucket file is read from here on."""
    reads: Counter[str] = Counter()
    original = pieces.Pieces.read_bytes

    def read_bytes(self: pieces.Pieces, name: str) -> bytes:
        if BUCKET_NAME.fullmatch(name):
            reads[name] += 1
        return original(self, name)

    monkeypatch.setattr(pieces.Pieces, "read_bytes", read_bytes)
    return reads


def _store(path: Path, count: int) -> Path:
    store = Store(path)
    store.put_many(_article(f"a{n}") for n in range(count))
    store.close()
    return path


def _layout(path: Path) -> dict[str, str]:
    return orjson.loads(path.read_bytes())["buckets"]["1"]  # type: ignore[no-any-return]


def test_opening_a_store_reads_its_root_alone(tmp_path: Path, bucket_reads: Counter[str]) -> None:
    path = _store(tmp_path / "personae.json", 60)
    store = Store.open(path)
    assert not bucket_reads
    assert {e.id for e in store.entities()} <= set(ACTORS)  # the registry is in the root
    assert not bucket_reads


def test_a_commit_of_one_article_reads_only_its_bucket(
    tmp_path: Path, bucket_reads: Counter[str]
) -> None:
    path = _store(tmp_path / "personae.json", 60)
    layout = _layout(path)
    Store.open(path).put(_article("a7", actors=5))  # replaced: its bucket is read
    assert list(bucket_reads) == [layout[bucket_of("a7")]]
    bucket_reads.clear()
    Store.open(path).put(_article("new"))
    assert set(bucket_reads) <= {layout.get(bucket_of("new"))}
    bucket_reads.clear()
    layout = _layout(path)
    Store.open(path).remove_article("a9")
    assert list(bucket_reads) == [layout[bucket_of("a9")]]
    catalog = Store.open(path).catalog()
    assert {e.id for e in catalog.articles} == {f"a{n}" for n in range(60) if n != 9} | {"new"}


def test_a_store_whose_root_has_no_record_ids_counts_them_once(tmp_path: Path) -> None:
    """A store written before the root kept its highest record ids: the first commit reads
    every bucket once to find them, and new records never take an id in use."""
    path = _store(tmp_path / "personae.json", 30)
    root = orjson.loads(path.read_bytes())
    highest = root["meta"]["1"].pop("ids")
    path.write_bytes(orjson.dumps(root))
    Store.open(path).put(_article("new-one"))  # with three actors no article named yet
    assert orjson.loads(path.read_bytes())["meta"]["1"]["ids"] == {
        t: n + (3 if t == "entities" else 1) for t, n in highest.items()
    }
    tables = Store.open(path)._read_catalog()  # would refuse two records of one id
    assert len(tables["articles"]) == 31 and "new-one" in Store.open(path).catalog()
    assert len(tables["entities"]) == highest["entities"] + 3


def test_ingest_reads_the_bucket_of_each_file_once(
    tmp_path: Path, bucket_reads: Counter[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        (folder / f"f{n}.txt").write_text(f"Talks {n}\n\nChile met Peru in Lima, {n}.\n")
    path = tmp_path / "personae.json"
    ingest_paths(Store.open_or_create(path), [folder], jobs=1)
    layout = _layout(path)
    bucket_reads.clear()
    results = ingest_paths(Store.open(path), [folder], jobs=1)
    assert {r.status for r in results} == {"unchanged"}
    ids = [article_id_for(folder / f"f{n}.txt") for n in range(40)]
    assert bucket_reads == Counter({layout[bucket_of(a)] for a in ids})  # each once
    bucket_reads.clear()
    new = tmp_path / "new.txt"
    new.write_text("News\n\nChile met Bolivia.\n")
    [result] = ingest_paths(Store.open(path), [new], jobs=1)
    assert result.status == "added"
    assert set(bucket_reads) <= {layout.get(bucket_of(article_id_for(new)))}


def _traced(call: Any) -> tuple[Any, int, int]:
    """What ``call`` returns, the memory it kept, and the most it held at once beyond that."""
    gc.collect()
    tracemalloc.start()
    try:
        result = call()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, kept, peak - kept


def test_the_catalog_is_built_a_bucket_at_a_time(tmp_path: Path) -> None:
    """Reading the catalog never holds every bucket's parsed records at once: what it holds
    beyond the catalog it returns stays well under the whole catalog's parsed tables."""
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put_many(_article(f"article-{n:04d}", actors=12) for n in range(600))
    store.close()
    tables, whole, _ = _traced(lambda: Store.open(path)._read_catalog())
    assert len(tables["articles"]) == 600
    del tables
    catalog, _, beyond = _traced(lambda: Store.open(path).catalog().whole())
    assert len(catalog.articles) == 600
    assert beyond < whole / 4, (beyond, whole)
    assert catalog.count_articles_naming(catalog.entities[0].id) > 0
