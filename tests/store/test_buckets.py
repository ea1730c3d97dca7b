"""The catalog in buckets (schema 3): a commit writes the buckets it touches and the root,
each actor's count of articles is kept without reading every bucket, a schema-2 store is
read as it is and upgraded at its first write, and a reader never mixes two versions."""

from __future__ import annotations

import os
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store import buckets, pieces, storage
from personae.store.buckets import bucket_of
from personae.store.corpus import Corpus
from personae.store.db import STORE_SCHEMA, ArticleRecords, Snapshot, Store
from personae.store.folder import BUCKET_NAME, PIECE_NAME
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError

ACTORS = ["chile", "peru", "bolivia", "ecuador", "uruguay", "paraguay"]


def _article(article_id: str, actors: tuple[str, ...] = ("chile", "peru")) -> ArticleRecords:
    names = [a.title() for a in actors]
    text = " met ".join(names) + f" about {article_id}."
    article = Article(
        id=article_id, title=f"Talks {article_id}", text=text,
        passages=(Span(0, len(text)),), sentences=(Span(0, len(text)),),
        content_hash=f"hash-{article_id}",
    )  # fmt: skip
    entities = tuple(
        Entity(id=a, name=n, kind="state", provenance="extracted")
        for a, n in zip(actors, names, strict=True)
    )
    mentions = tuple(
        Mention(entity=a, article=article_id, start=text.index(n), end=text.index(n) + len(n),
                text=n, provenance="extracted")
        for a, n in zip(actors, names, strict=True)
    )  # fmt: skip
    return ArticleRecords(article, entities, mentions, (), ())


def _store(path: Path, count: int) -> Store:
    store = Store.open_or_create(path)
    store.put_many(_article(f"a{n}") for n in range(count))
    return store


def _root(path: Path) -> dict[str, Any]:
    return orjson.loads(path.read_bytes())  # type: ignore[no-any-return]


def _files(path: Path) -> set[str]:
    return set(os.listdir(pieces_folder(path)))


def _buckets(path: Path) -> dict[str, str]:
    return _root(path)["buckets"]["1"]  # type: ignore[no-any-return]


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every file renamed into place from here on."""
    written: list[str] = []
    real = os.replace

    def spy(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        written.append(Path(os.fsdecode(dst)).name)
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", spy)
    return written


def test_a_commit_writes_only_the_buckets_of_the_articles_it_changes(
    tmp_path: Path, writes: list[str]
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 300)
    layout = _buckets(path)
    assert len(layout) > 250  # the articles spread over the buckets
    writes.clear()
    changed = ["a7", "a150", "new1", "new2"]
    store.put_many(_article(a) for a in changed)
    new_buckets = [n for n in writes if n.startswith("catalog-")]
    assert sorted(n.split("-")[1] for n in new_buckets) == sorted({bucket_of(a) for a in changed})
    assert len([n for n in writes if PIECE_NAME.fullmatch(n)]) == 4
    assert writes[-1] == path.name  # the root last: its replace is the commit
    assert len(writes) == 4 + len(new_buckets) + 1
    after = _buckets(path)
    assert {b for b in after if after[b] != layout.get(b)} == {bucket_of(a) for a in changed}
    # The buckets it replaced are kept for slow readers, and deleted by the next commit.
    replaced = {layout[bucket_of(a)] for a in changed if bucket_of(a) in layout}
    assert replaced <= _files(path) and replaced <= set(_root(path)["meta"]["1"]["retired"])
    store.remove_article("a0")
    assert not replaced & _files(path)
    assert {a.id for a in Store.open(path).snapshot().articles} >= {"a1", "new1", "new2"}


def test_a_bucket_left_empty_is_no_file_any_more(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 3)
    old = _buckets(path)[bucket_of("a1")]
    store.remove_article("a1")
    assert bucket_of("a1") not in _buckets(path) or bucket_of("a1") == bucket_of("a0")
    store.put(_article("b1"))
    assert old not in _files(path)


def test_an_extracted_actor_shows_exactly_while_an_article_names_it(tmp_path: Path) -> None:
    """Put, replace and remove articles at random: after every commit the actors a reader
    is shown are those some index record names (and the curated ones): an extracted actor
    goes from view exactly when no article names it any more."""
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    rng = random.Random(7)
    for _ in range(60):
        batch = [
            _article(f"a{rng.randrange(25)}", tuple(rng.sample(ACTORS, rng.randint(1, 4))))
            for _ in range(rng.randint(0, 4))
        ]
        if batch:
            store.put_many(batch)
        if rng.random() < 0.4:
            store.remove_article(f"a{rng.randrange(25)}")
        catalog = Store.open(path)._read_catalog()
        named = {a for doc in catalog["index"].values() for a in doc["actors"]}
        snapshot = Store.open(path).snapshot()
        extracted = {e.id for e in snapshot.entities if e.provenance == "extracted"}
        assert extracted & set(ACTORS) == named & set(ACTORS)
        listed = {e.id for e in Corpus.open(Store.open(path)).entities}
        assert listed & set(ACTORS) == named & set(ACTORS)


def test_an_untouched_bucket_is_not_rechecked_and_a_touched_one_is(tmp_path: Path) -> None:
    """A damaged bucket stops the commits that would rewrite it, naming it, and no other:
    a commit carries no damage on, and reads closely only what it rewrites."""
    path = tmp_path / "personae.json"
    _store(path, 3)
    bucket = pieces_folder(path) / _buckets(path)[bucket_of("a1")]
    part = orjson.loads(bucket.read_bytes())
    for row in part["articles"].values():
        row["title"] = 5
    bucket.write_bytes(orjson.dumps(part))
    other = next(f"b{n}" for n in range(100) if bucket_of(f"b{n}") != bucket_of("a1"))
    neighbour = next(f"b{n}" for n in range(100_000) if bucket_of(f"b{n}") == bucket_of("a1"))
    Store.open(path).put(_article(other))
    root = path.read_bytes()
    with pytest.raises(StoreError, match="malformed record") as caught:
        Store.open(path).put(_article(neighbour))
    assert str(bucket) in str(caught.value) and "restore" in str(caught.value)
    assert path.read_bytes() == root


def _schema2_store(path: Path, count: int) -> bytes:
    """A store as the previous personae wrote it: the whole catalog in one file."""
    _store(path, count)
    catalog = Store.open(path)._read_catalog()
    tables = {name: catalog[name] for name in ("articles", "entities", "index")}
    tables["meta"] = {"1": {"schema": 2, "commit": 2, "retired": []}}
    path.write_bytes(orjson.dumps(tables))
    for name in _files(path) - {str(r["piece"]) for r in catalog["articles"].values()}:
        os.unlink(pieces_folder(path) / name)
    return path.read_bytes()


def _sorted(snapshot: Snapshot) -> dict[str, list[Any]]:
    return {
        name: sorted(getattr(snapshot, name), key=repr)
        for name in ("articles", "entities", "mentions", "relations", "events")
    }


def test_a_schema2_store_is_read_as_it_is_by_every_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    path = tmp_path / "personae.json"
    catalog = _schema2_store(path, 3)
    before = {name: (pieces_folder(path) / name).read_bytes() for name in _files(path)}
    listed = sorted(os.listdir(tmp_path))
    assert len(Store.open(path).snapshot().articles) == 4
    assert main(["--db", str(path), "list"]) == 0
    assert "Talks a2" in capsys.readouterr().out
    assert main(["--db", str(path), "export", "-o", str(tmp_path / "out.json")]) == 0
    assert len(orjson.loads((tmp_path / "out.json").read_bytes())["articles"]) == 4
    assert path.read_bytes() == catalog
    assert {n: (pieces_folder(path) / n).read_bytes() for n in _files(path)} == before
    assert sorted(os.listdir(tmp_path)) == sorted([*listed, "out.json"])  # no lock, no backup


async def test_the_explorer_opens_a_schema2_store_and_writes_nothing(tmp_path: Path) -> None:
    from personae.store.corpus import Corpus
    from personae.tui.app import PersonaeApp

    path = tmp_path / "personae.json"
    catalog = _schema2_store(path, 3)
    listed = sorted(os.listdir(tmp_path)), _files(path)
    store = Store.open(path)
    app = PersonaeApp(Corpus.open(store), store=store)
    app.RELOAD_INTERVAL = 0.1
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.5)  # several reload checks
        assert {"a0", "a1", "a2"} <= {a.id for a in app.corpus.articles}
    assert path.read_bytes() == catalog
    assert (sorted(os.listdir(tmp_path)), _files(path)) == listed


def test_a_schema2_store_is_split_into_buckets_at_its_first_write(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    catalog = _schema2_store(path, 40)
    snapshot = Store.open(path).snapshot()
    pieces_before = {n: (pieces_folder(path) / n).read_bytes() for n in _files(path)}
    told: list[str] = []
    store = Store.open(path)
    store.on_upgrade = told.append
    store.put(_article("new"))
    assert path.with_name("personae.json.schema2.bak").read_bytes() == catalog
    assert told == [
        f"upgraded {path} to this version's layout (a small catalog, the rest in files "
        "written once in personae.json.pieces); the catalog as it was is kept as "
        "personae.json.schema2.bak"
    ]
    root = _root(path)
    assert root["meta"]["1"]["schema"] == STORE_SCHEMA and "articles" not in root
    assert set(root["buckets"]["1"]) == {bucket_of(a.id) for a in snapshot.articles} | {
        bucket_of("new")
    }
    assert "counts" not in root and "entities" not in root
    for name, data in pieces_before.items():  # the pieces are kept as they are
        assert (pieces_folder(path) / name).read_bytes() == data
    after = Store.open(path).snapshot()
    old_ids = {a.id for a in snapshot.articles}
    assert {a.id for a in after.articles} == old_ids | {"new"}
    kept = Snapshot(
        tuple(a for a in after.articles if a.id in old_ids),
        after.entities,
        tuple(m for m in after.mentions if m.article in old_ids),
        after.relations,
        after.events,
    )
    assert _sorted(kept) == _sorted(snapshot)


def test_a_schema2_store_with_a_bad_record_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    _schema2_store(path, 3)
    tables = orjson.loads(path.read_bytes())
    tables["articles"]["2"]["title"] = ["not", "a", "title"]
    path.write_bytes(orjson.dumps(tables))
    catalog, files = path.read_bytes(), _files(path)
    with pytest.raises(StoreError, match="malformed record"):
        Store.open(path).put(_article("x"))
    assert path.read_bytes() == catalog and _files(path) == files
    assert not path.with_name("personae.json.schema2.bak").exists()


def test_a_reader_whose_bucket_a_writer_removed_starts_again_from_the_new_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between reading the root and reading a bucket, two commits replace that bucket (the
    second deletes the file the first retired): the reader reads the newest version whole."""
    path = tmp_path / "personae.json"
    _store(path, 5)
    writer = Store.open(path)
    real = pieces.Pieces.read_bytes
    raced: list[str] = []

    def racing(self: pieces.Pieces, name: str) -> bytes:
        if name.startswith("catalog-") and not raced:
            raced.append(name)
            writer.put(_article("a3", ("bolivia",)))
            writer.put(_article("a3", ("ecuador",)))
        return real(self, name)

    monkeypatch.setattr(pieces.Pieces, "read_bytes", racing)
    snapshot = Store.open(path).snapshot()
    assert raced
    assert {m.entity for m in snapshot.mentions if m.article == "a3"} == {"ecuador"}


def test_a_missing_bucket_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    _store(path, 3)
    bucket = pieces_folder(path) / _buckets(path)[bucket_of("a2")]
    bucket.unlink()
    store = Store.open(path)  # opening reads the root alone, and so does its summary
    catalog = store.catalog()
    with pytest.raises(StoreError) as caught:
        catalog.whole()
    message = str(caught.value)
    assert message.startswith(f"{bucket} is missing: {path} keeps")
    assert "restore the store and its personae.json.pieces folder from a backup" in message


def test_no_bucket_is_written_over_the_file_limit_and_none_over_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 3)
    files, root = _files(path), path.read_bytes()
    limit = max((pieces_folder(path) / n).stat().st_size for n in files) + 200
    records = _article("a1")
    crowded = replace(records, article=replace(records.article, title="x" * limit))
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", limit)
    with pytest.raises(StoreError, match="past the") as caught:
        store.put(crowded)  # its title is in its bucket's row, not in its piece
    bucket = pieces_folder(path) / f"catalog-{bucket_of('a1')}-3.json"
    assert str(caught.value).startswith(f"this change would grow {bucket} to")
    assert _files(path) == files and path.read_bytes() == root
    # A bucket grown past the limit some other way is refused before it is read.
    bucket = pieces_folder(path) / _buckets(path)[bucket_of("a1")]
    bucket.write_bytes(bucket.read_bytes() + b" " * limit)
    with pytest.raises(StoreError, match="over the") as caught:
        Store.open(path).catalog().whole()
    assert str(bucket) in str(caught.value) and "restore" in str(caught.value)


def test_the_writer_deletes_only_files_shaped_like_its_own(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 2)
    mine = ["catalog-2bc-99.json", ".catalog-2bc-99.json.k1ll3d.tmp"]
    theirs = [
        "catalog-notes.json",
        "catalog-2bc-1.json.bak",
        "catalog-2BC-3.json",
        "catalog-abc-4.json",
    ]
    for name in [*mine, *theirs]:
        (pieces_folder(path) / name).write_bytes(b"{}")
    store.put(_article("x"))
    assert not {*mine} & _files(path) and {*theirs} <= _files(path)


def test_buckets_spread_articles_evenly(tmp_path: Path) -> None:
    """1,024 buckets by the first ten bits of sha256(id): all of them used, evenly."""
    sizes = Counter(bucket_of(f"article-{n}") for n in range(100_000))
    assert len(sizes) == buckets.BUCKETS and all(
        BUCKET_NAME.fullmatch(f"catalog-{b}-1.json") for b in sizes
    )
    assert max(sizes.values()) < 2 * 100_000 / len(sizes)


def test_a_record_in_the_wrong_bucket_is_read_but_never_lost_by_a_commit(tmp_path: Path) -> None:
    """A hand-edited bucket holding another bucket's article: readers still read it, and a
    commit that would rewrite that bucket refuses, naming it, rather than drop the article."""
    path = tmp_path / "personae.json"
    _store(path, 3)
    layout = _buckets(path)
    home, stray = (pieces_folder(path) / layout[bucket_of(a)] for a in ("a1", "a0"))
    moved, kept = orjson.loads(stray.read_bytes()), orjson.loads(home.read_bytes())
    for table in ("articles", "index"):
        kept[table].update(moved[table])
        moved[table] = {}
    home.write_bytes(orjson.dumps(kept))
    stray.write_bytes(orjson.dumps(moved))
    assert {"a0", "a1"} <= {a.id for a in Store.open(path).snapshot().articles}
    neighbour = next(f"b{n}" for n in range(100_000) if bucket_of(f"b{n}") == bucket_of("a1"))
    root = path.read_bytes()
    with pytest.raises(StoreError, match="another bucket's records") as caught:
        Store.open(path).put(_article(neighbour))
    assert str(home) in str(caught.value) and "restore" in str(caught.value)
    assert path.read_bytes() == root
