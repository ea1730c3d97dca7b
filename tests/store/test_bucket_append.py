"""A long ingest adds new articles to the catalog's buckets by splicing bytes, not by
parsing each bucket again: the store it leaves is the one a whole rewrite leaves, article
for article, and a replaced article still loses its old rows."""

from __future__ import annotations

from itertools import count, islice
from pathlib import Path

import orjson
import pytest

from personae.store import buckets
from personae.store.bucket_append import appended
from personae.store.buckets import bucket_of
from personae.store.catalog import Catalog
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import pieces_folder

#: Titles a careless splice would break on: quotes, the very bytes between the tables.
TRICKY = ['He said "no"', '},"index":{', "Zoë — İstanbul", "\\", ""]


def _ids_in_one_bucket(how_many: int) -> list[str]:
    """Article ids that share a bucket, as many as asked."""
    bucket = bucket_of("a0")
    return list(islice((i for i in (f"a{n}" for n in count()) if bucket_of(i) == bucket), how_many))


def _article(article_id: str, title: str, actor: str = "chile") -> ArticleRecords:
    text = f"{actor.title()} spoke."
    article = Article(
        id=article_id, title=title, text=text, date="2024-01-02",
        passages=(Span(0, len(text)),), sentences=(Span(0, len(text)),),
        content_hash=f"hash-{article_id}-{title}",
    )  # fmt: skip
    entity = Entity(id=actor, name=actor.title(), kind="place")
    mention = Mention(entity=actor, article=article_id, start=0, end=len(actor), text=actor)
    return ArticleRecords(article, (entity,), (mention,), (), ())


def _catalog(path: Path) -> tuple[object, ...]:
    """What a reader gets of the catalog: every article row and each actor's articles."""
    catalog = Store.open(path).catalog().whole()
    return (
        [{**entry.row(), "piece": None} for entry in catalog.articles],  # named by commit
        {actor: _naming(catalog, actor) for actor in ("chile", "peru")},
    )


def _naming(catalog: Catalog, actor: str) -> list[tuple[str, int]]:
    return [(entry.id, times) for entry, times in catalog.articles_naming(actor)]


def test_articles_added_one_commit_at_a_time_read_as_if_written_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _ids_in_one_bucket(12)
    articles = [
        _article(i, TRICKY[n % len(TRICKY)], "peru" if n % 3 else "chile")
        for n, i in enumerate(ids)
    ]
    at_once = Store.open_or_create(tmp_path / "at-once.json")
    at_once.put_many(articles)
    parsed: list[str] = []
    original = buckets.CatalogFiles._bucket

    def spy(self: buckets.CatalogFiles, bucket: str, name: str, *, keep: bool = True) -> object:
        parsed.append(name)
        return original(self, bucket, name, keep=keep)

    one_by_one = Store.open_or_create(tmp_path / "one-by-one.json")
    one_by_one.put(articles[0])
    monkeypatch.setattr(buckets.CatalogFiles, "_bucket", spy)
    for records in articles[1:]:
        one_by_one.put(records)
    monkeypatch.undo()
    assert parsed == []  # each new article went after the rows of a file this writer wrote
    assert _catalog(tmp_path / "one-by-one.json") == _catalog(tmp_path / "at-once.json")
    files = pieces_folder(tmp_path / "one-by-one.json").glob("catalog-*.json")
    newest = max(files, key=lambda f: int(f.stem.rsplit("-", 1)[1]))  # the last commit's
    data = newest.read_bytes()
    assert data == orjson.dumps(orjson.loads(data))  # as orjson itself writes the tables


def test_a_replaced_article_in_a_spliced_bucket_keeps_one_row(tmp_path: Path) -> None:
    first, second, third = _ids_in_one_bucket(3)
    store = Store.open_or_create(tmp_path / "store.json")
    store.put(_article(first, "One"))
    store.put(_article(second, "Two"))  # spliced
    store.put(_article(second, "Two, again", "peru"))  # replaced: parsed, its old row goes
    store.put(_article(third, "Three"))  # spliced again
    catalog = Store.open(tmp_path / "store.json").catalog().whole()
    ours = [(a.id, a.title) for a in catalog.articles if a.id in (first, second, third)]
    assert sorted(ours) == sorted([(first, "One"), (second, "Two, again"), (third, "Three")])
    assert _naming(catalog, "peru") == [(second, 1)]
    assert sorted(_naming(catalog, "chile")) == [(first, 1), (third, 1)]


def test_a_writer_does_not_splice_onto_a_bucket_another_writer_rewrote(tmp_path: Path) -> None:
    first, second, third = _ids_in_one_bucket(3)
    path = tmp_path / "store.json"
    mine = Store.open_or_create(path)
    mine.put(_article(first, "One"))
    Store.open(path).put(_article(second, "Two"))  # another writer, in between
    mine.put(_article(third, "Three"))
    titles = {a.title for a in Store.open(path).catalog().whole().articles}
    assert {"One", "Two", "Three"} <= titles


@pytest.mark.parametrize(
    ("articles", "index"), [({}, {}), ({"7": {"id": "x"}}, {}), ({}, {"7": {"article": "x"}})]
)
def test_a_splice_writes_what_orjson_writes_for_the_merged_tables(
    articles: dict[str, object], index: dict[str, object]
) -> None:
    for old in ({"articles": {}, "index": {}}, {"articles": {"1": {"id": "a"}}, "index": {}}):
        added = {"articles": articles, "index": index}
        merged = {t: {**old[t], **added[t]} for t in ("articles", "index")}
        assert appended(orjson.dumps(old), added) == orjson.dumps(merged)


def test_a_bucket_file_in_another_shape_is_not_spliced() -> None:
    assert appended(b'{"index":{},"articles":{}}', {"articles": {"1": {}}}) is None
    assert appended(b"[]", {"articles": {"1": {}}}) is None
