"""Opening lazily: the catalog alone says which articles and actors a store holds and who
is named where; one article's piece is read when it is asked for, and a bounded few kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store import corpus as corpus_module
from personae.store import pieces
from personae.store.annotation import bundled_records
from personae.store.catalog import CatalogChanged
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Relation, Span
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError

ARTICLES = 12


def _article(n: int, *, title: str | None = None) -> ArticleRecords:
    """Article ``n``: Chile named n + 1 times, Peru once, and a relation between them."""
    aid = f"a{n:02d}"
    text = "Chile. " * (n + 1) + "Peru met Chile."
    span = Span(0, len(text))
    article = Article(
        id=aid,
        title=title or f"Talks {n:02d}",
        text=text,
        passages=(span,),
        sentences=(span,),
        date=f"2020-01-{n + 1:02d}",
    )
    chile = [Mention("chile", aid, 7 * i, 7 * i + 5, "Chile") for i in range(n + 1)]
    peru = Mention("peru", aid, text.index("Peru"), text.index("Peru") + 4, "Peru")
    relation = Relation(f"{aid}:r1", aid, "peru", "chile", "CONSULT", span, summary="met")
    entities = (Entity("chile", "Chile", "state"), Entity("peru", "Peru", "state"))
    return ArticleRecords(article, entities, (*chile, peru), (relation,), ())


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "personae.json"
    store = Store(path)
    store.put(bundled_records())
    store.put_many(_article(n) for n in range(ARTICLES))
    return path


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every piece parsed from now on."""
    names: list[str] = []
    original = pieces.Pieces._parse

    def parse(self: pieces.Pieces, name: str, row: dict[str, Any]) -> pieces.Piece:
        names.append(name)
        return original(self, name, row)

    monkeypatch.setattr(pieces.Pieces, "_parse", parse)
    return names


def _piece_of(path: Path, article_id: str) -> Path:
    return pieces_folder(path) / Store.open(path).catalog().entry(article_id).piece


def test_the_catalog_lists_articles_actors_and_who_is_named_where_reading_no_piece(
    store_path: Path, parsed: list[str]
) -> None:
    catalog = Store.open(store_path).catalog()
    assert parsed == []
    ids = [a.id for a in catalog.articles]
    assert ids[:3] == ["iran-russia-alliance", "a11", "a10"]  # newest first
    assert not hasattr(catalog.articles[0], "text")
    assert {"chile", "peru", "iran"} <= {e.id for e in catalog.entities}
    naming = [(a.id, n) for a, n in catalog.articles_naming("chile")]
    assert naming == [(f"a{n:02d}", n + 1) for n in reversed(range(ARTICLES))]
    assert catalog.count_articles_naming("chile") == ARTICLES
    assert list(catalog.articles_naming("nobody")) == []


def test_a_lazy_corpus_answers_as_one_read_whole(store_path: Path) -> None:
    store = Store.open(store_path)
    lazy, whole = Corpus.open(store), Corpus(store.snapshot())
    assert [a.id for a in lazy.articles] == [a.id for a in whole.articles]
    for entity in whole.entities:
        assert lazy.articles_of(entity.id) == whole.articles_of(entity.id)
        assert lazy.relations_of(entity.id) == whole.relations_of(entity.id)
        assert lazy.events_of(entity.id) == whole.events_of(entity.id)
    for entry in whole.articles:
        assert lazy.article(entry.id) == whole.article(entry.id)
        assert lazy.entities_in(entry.id) == whole.entities_in(entry.id)
        assert lazy.mentions_in(entry.id) == whole.mentions_in(entry.id)
        assert lazy.relations_in(entry.id) == whole.relations_in(entry.id)
        assert lazy.events_in(entry.id) == whole.events_in(entry.id)


def test_load_reads_one_article_of_the_catalogs_version(
    store_path: Path, parsed: list[str]
) -> None:
    store = Store.open(store_path)
    catalog = store.catalog()
    piece = store.load(catalog, "a03")
    assert parsed == [_piece_of(store_path, "a03").name]
    assert piece.article.text.startswith("Chile. Chile.")
    assert [m.entity for m in piece.mentions] == ["chile"] * 4 + ["peru"]
    assert [r.id for r in piece.relations] == ["a03:r1"]
    with pytest.raises(KeyError):
        store.load(catalog, "no-such-article")


def _reopened(corpus: Corpus, article_id: str) -> Iterator[object]:
    yield corpus.article(article_id)
    yield from (corpus.mentions_in(article_id), corpus.relations_in(article_id))
    yield corpus.entities_in(article_id)


def test_the_cache_is_bounded_and_an_evicted_article_reads_the_same_records(
    store_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "CACHED_ARTICLES", 3)
    corpus = Corpus.open(Store.open(store_path))
    first = list(_reopened(corpus, "a00"))
    for n in range(1, ARTICLES):
        corpus.article(f"a{n:02d}")
    assert len(corpus._cache) == 3
    assert "a00" not in corpus._cache  # evicted: the least recently asked about
    parsed.clear()
    assert list(_reopened(corpus, "a00")) == first
    assert len(parsed) == 1  # read again, once


def test_the_cache_is_bounded_by_weight_too(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few very large articles must not fill memory: past the weight, older ones go."""
    corpus = Corpus.open(Store.open(store_path))
    weight = corpus.passing("a11")
    assert weight is not None
    monkeypatch.setattr(corpus_module, "CACHED_WEIGHT", 2 * weight.weight())
    for n in range(ARTICLES):
        corpus.article(f"a{n:02d}")
    assert 1 <= len(corpus._cache) <= 2
    assert corpus._weight == sum(index.weight() for index in corpus._cache.values())


def test_the_article_on_screen_is_never_evicted_and_a_pass_keeps_nothing(
    store_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "CACHED_ARTICLES", 2)
    corpus = Corpus.open(Store.open(store_path))
    shown = corpus.open_article("a05")
    corpus.article("a06")
    for entry in corpus.articles:  # what `g` does: every article, one look each
        corpus.passing(entry.id)
    assert list(corpus._cache) == ["a05", "a06"]  # the pass left the cache as it was
    for n in range(ARTICLES):  # articles opened: the cache turns over
        corpus.article(f"a{n:02d}")
    parsed.clear()
    assert corpus.article("a05") is shown  # still in memory: not read again
    assert corpus.relations_in("a05") and parsed == []


def test_a_piece_removed_by_two_commits_says_the_catalog_changed(store_path: Path) -> None:
    store = Store.open(store_path)
    catalog = store.catalog()
    writer = Store(store_path)
    writer.put(_article(3, title="Talks again"))  # a03's piece retired, kept for one commit
    assert store.load(catalog, "a03").article.title == "Talks 03"
    writer.put(_article(4, title="Talks again"))  # now removed
    with pytest.raises(CatalogChanged):
        store.load(catalog, "a03")
    newest = store.catalog()
    assert store.load(newest, "a03").article.title == "Talks again"


def test_a_piece_missing_or_damaged_in_an_unchanged_store_is_named(store_path: Path) -> None:
    store = Store.open(store_path)
    catalog = store.catalog()
    missing, damaged = _piece_of(store_path, "a03"), _piece_of(store_path, "a04")
    missing.unlink()
    damaged.write_bytes(b'{"article": ')
    with pytest.raises(StoreError, match="is missing") as gone:
        store.load(catalog, "a03")
    assert not isinstance(gone.value, CatalogChanged)
    assert str(missing) in str(gone.value) and "'a03'" in str(gone.value)
    with pytest.raises(StoreError, match="corrupt") as bad:
        store.load(catalog, "a04")
    assert str(damaged) in str(bad.value)
    assert store.load(catalog, "a05").article.id == "a05"  # the rest still reads


def test_a_malformed_index_record_is_refused_naming_the_store(store_path: Path) -> None:
    bucket = next(pieces_folder(store_path).glob("catalog-*.json"))  # a file of the catalog
    tables = orjson.loads(bucket.read_bytes())
    first = next(iter(tables["index"]))
    tables["index"][first]["actors"] = {"chile": "many"}
    bucket.write_bytes(orjson.dumps(tables))
    with pytest.raises(StoreError, match="malformed record") as refused:
        Store.open(store_path).catalog().whole()
    assert str(store_path) in str(refused.value) and "move it aside" in str(refused.value)


def test_a_single_file_store_gives_a_catalog_holding_every_article(tmp_path: Path) -> None:
    memory = Store()
    memory.put_many(_article(n) for n in range(3))
    snapshot = memory.snapshot()
    tables: dict[str, Any] = {"meta": {"1": {"schema": 1}}}
    for name in ("articles", "entities", "mentions", "relations", "events"):
        tables[name] = {str(n): r.to_doc() for n, r in enumerate(getattr(snapshot, name), 1)}
    path = tmp_path / "old.json"
    path.write_bytes(orjson.dumps(tables))
    store = Store.open(path)
    corpus = Corpus.open(store)
    assert [a.id for a in corpus.articles] == ["a02", "a01", "a00"]
    assert corpus.article("a01") == replace(snapshot.articles[1])
    assert corpus.articles_of("chile") == {"a02": 3, "a01": 2, "a00": 1}
    assert list(tmp_path.iterdir()) == [path]  # read as it is: nothing written


def test_list_reads_the_catalog_and_only_the_pieces_it_lists(
    store_path: Path, parsed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    assert main(["--db", str(store_path), "list", "--limit", "2"]) == 0
    assert sorted(parsed) == sorted(
        _piece_of(store_path, a).name for a in ("iran-russia-alliance", "a11")
    )
    out = capsys.readouterr().out
    assert "Talks 11" in out and "Talks 10" not in out


def test_a_pass_over_articles_builds_only_the_actors_relations_and_events(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`g` reads every article naming an actor: it builds no mention or article records,
    and finds the same relations and events as the article read whole."""
    built: Counter[str] = Counter()
    for kind in (Mention, Article):
        original = kind.from_doc.__func__  # type: ignore[attr-defined]

        def counting(cls: type[Any], doc: dict[str, Any], original: Any = original) -> Any:
            built[cls.__name__] += 1
            return original(cls, doc)

        monkeypatch.setattr(kind, "from_doc", classmethod(counting))
    passing = Corpus.open(Store.open(store_path))
    whole = Corpus.open(Store.open(store_path))
    pairs = [(a.id, actor) for a in passing.articles for actor in ("iran", "russia", "chile")]
    found = [passing.links(article_id, actor) for article_id, actor in pairs]
    assert built == Counter()
    for (article_id, actor), links in zip(pairs, found, strict=True):
        assert links is not None
        assert links.relations_of(actor) == whole.relations_of(actor, article_id)
        assert links.events_of(actor) == whole.events_of(actor, article_id)
    assert built["Mention"] > 0  # the whole reads did build them
    assert any(whole.events_of("iran", a.id) for a in whole.articles)
