"""The store in pieces: a commit writes what changed, a crash leaves the last version, an old
single-file store is read as it is and split at its first write, a bad piece is named."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB

from personae.store import buckets, migrate, pieces
from personae.store.actors import actor_bucket_of
from personae.store.db import STORE_SCHEMA, ArticleRecords, Snapshot, Store
from personae.store.folder import PIECE_NAME
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import PieceStorage, encoded_piece, inflated, pieces_folder
from personae.store.storage import AtomicJSONStorage, StoreError


def _article(article_id: str, words: int = 200) -> ArticleRecords:
    text = f"Chile met Peru in Lima about {article_id}. " + "Talks went on. " * words
    article = Article(
        id=article_id, title=f"Chile and Peru {article_id}", text=text,
        passages=(Span(0, len(text)),), sentences=(Span(0, len(text)),),
        content_hash=f"hash-{article_id}",
    )  # fmt: skip
    entities = (
        Entity(id="chile", name="Chile", kind="state"),
        Entity(id="peru", name="Peru", kind="state"),
    )
    mentions = (
        Mention(entity="chile", article=article_id, start=0, end=5, text="Chile"),
        Mention(entity="peru", article=article_id, start=10, end=14, text="Peru"),
    )
    return ArticleRecords(article, entities, mentions, (), ())


def _store(path: Path, count: int) -> Store:
    store = Store.open_or_create(path)
    store.put_many(_article(f"a{n}") for n in range(count))
    return store


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """File name -> bytes, of every file renamed into place from here on."""
    written: dict[str, int] = {}
    real = os.replace

    def spy(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        written[Path(os.fsdecode(dst)).name] = os.stat(src).st_size
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", spy)
    return written


def _catalog(path: Path) -> dict[str, Any]:
    """The store's catalog as every reader sees it: its root and buckets merged."""
    return Store.open(path)._read_catalog()


def _pieces_in(path: Path) -> set[str]:
    """The article pieces in the store's folder (not the catalog's bucket files)."""
    return {n for n in os.listdir(pieces_folder(path)) if PIECE_NAME.fullmatch(n)}


def _sorted(snapshot: Snapshot) -> dict[str, list[Any]]:
    return {
        name: sorted(getattr(snapshot, name), key=repr)
        for name in ("articles", "entities", "mentions", "relations", "events")
    }


def test_a_commit_of_one_article_writes_its_piece_its_bucket_and_the_root_only(
    tmp_path: Path, writes: dict[str, int]
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 40)
    stored_text = sum(len(a.text) for a in store.snapshot().articles)
    before = set(os.listdir(pieces_folder(path)))
    writes.clear()
    store.put(_article("new"))
    new = set(os.listdir(pieces_folder(path))) - before
    assert len(new) == 2  # the article's piece, and its bucket of the catalog
    assert sorted(writes) == sorted([path.name, *new])
    assert sum(writes.values()) < stored_text / 4  # not the store: one article and the catalog


def test_replacing_an_article_writes_a_new_piece_and_the_next_commit_removes_the_old(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 3)
    before = _pieces_in(path)
    store.put(_article("a1", words=5))
    after = _pieces_in(path)
    assert len(after - before) == 1 and before <= after  # the old one kept for slow readers
    store.put(_article("b1"))
    assert len(before - _pieces_in(path)) == 1  # and now gone
    assert [len(a.text) for a in Store.open(path).snapshot().articles if a.id == "a1"] == [
        len(_article("a1", words=5).article.text)
    ]


def test_a_crash_between_pieces_and_catalog_leaves_the_last_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 3)
    before, catalog = store.snapshot(), path.read_bytes()
    named = _pieces_in(path)

    def killed(*_: Any) -> None:
        raise KeyboardInterrupt  # what a kill after the pieces and before the catalog leaves

    with monkeypatch.context() as m:
        m.setattr(AtomicJSONStorage, "write", killed)
        m.setattr(pieces.Pieces, "remove", lambda *_: None)  # a killed writer cleans nothing
        with pytest.raises(KeyboardInterrupt):
            store.put_many([_article("x1"), _article("a1", words=3)])
    orphans = _pieces_in(path) - named
    assert len(orphans) == 2  # written, never named
    assert path.read_bytes() == catalog
    assert Store.open(path).snapshot() == before
    assert store.snapshot() == before  # the same Store forgot what it did not commit
    Store.open(path).put(_article("x2"))  # the next writer removes what the crash left
    left = set(os.listdir(pieces_folder(path)))
    assert not left & orphans
    catalog = _catalog(path)
    named = {row["piece"] for row in catalog["articles"].values()}
    named |= {*catalog["buckets"]["1"].values(), *(s[0] for s in catalog["actors"]["1"].values())}
    assert left == named | set(catalog["meta"]["1"]["retired"])


def test_a_reload_parses_only_the_pieces_that_are_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    _store(path, 10)
    reader = Store.open(path)
    reader.snapshot()
    parsed: list[str] = []
    real = pieces.Pieces._parse

    def spy(self: pieces.Pieces, name: str, row: dict[str, Any]) -> pieces.Piece:
        parsed.append(name)
        return real(self, name, row)

    monkeypatch.setattr(pieces.Pieces, "_parse", spy)
    Store.open(path).put_many([_article("a3", words=4), _article("b1")])
    assert reader.changed_on_disk()
    snapshot = reader.snapshot()
    assert len(parsed) == 2 and len(snapshot.articles) == 12
    assert not reader.changed_on_disk()


def _single_file(tmp_path: Path) -> tuple[Path, Snapshot]:
    """A store as personae wrote it before pieces: schema 1, every table in one file."""
    snapshot = _store(tmp_path / "built.json", 3).snapshot()
    tables: dict[str, Any] = {"meta": {"1": {"schema": 1}}}
    for name in ("articles", "entities", "mentions", "relations", "events"):
        tables[name] = {str(n): r.to_doc() for n, r in enumerate(getattr(snapshot, name), 1)}
    path = tmp_path / "old" / "personae.json"
    path.parent.mkdir()
    path.write_bytes(orjson.dumps(tables))
    return path, snapshot


def test_a_single_file_store_opens_read_only_and_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    path, snapshot = _single_file(tmp_path)
    original = path.read_bytes()
    assert _sorted(Store.open(path).snapshot()) == _sorted(snapshot)
    assert main(["--db", str(path), "list"]) == 0
    assert "Chile and Peru a2" in capsys.readouterr().out
    assert path.read_bytes() == original
    assert os.listdir(path.parent) == ["personae.json"]  # no backup, no pieces, no lock


async def test_the_explorer_opens_a_single_file_store_and_writes_nothing(tmp_path: Path) -> None:
    from personae.store.corpus import Corpus
    from personae.tui.app import PersonaeApp

    path, _ = _single_file(tmp_path)
    original = path.read_bytes()
    store = Store.open(path)
    app = PersonaeApp(Corpus.open(store), store=store)
    app.RELOAD_INTERVAL = 0.1
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.5)  # several reload checks
        assert {a.id for a in app.corpus.articles} >= {"a0", "a1", "a2"}
    assert path.read_bytes() == original
    assert os.listdir(path.parent) == ["personae.json"]


def test_an_ingest_that_upgrades_a_store_says_so_once_with_its_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    path, _ = _single_file(tmp_path)
    news = tmp_path / "news.txt"
    news.write_text("Talks\n\nChile met Peru in Lima.\n", encoding="utf-8")
    assert main(["--db", str(path), "ingest", str(news)]) == 0
    news.write_text("Talks again\n\nChile met Peru in Lima.\n", encoding="utf-8")
    assert main(["--db", str(path), "ingest", str(news)]) == 0
    told = [line for line in capsys.readouterr().err.splitlines() if "upgraded" in line]
    assert told == [
        f"personae: upgraded {path} to this version's layout (a small catalog, the rest in "
        "files written once in personae.json.pieces); the file as it was is kept as "
        "personae.json.schema1.bak"
    ]


def test_a_single_file_store_is_split_at_its_first_write_keeping_every_record(
    tmp_path: Path,
) -> None:
    path, snapshot = _single_file(tmp_path)
    original = path.read_bytes()
    Store.open(path).remove_article("no-such-article")
    assert migrate.backup_path(path, 1).read_bytes() == original
    assert orjson.loads(path.read_bytes())["meta"]["1"]["schema"] == STORE_SCHEMA
    assert len(_pieces_in(path)) == len(snapshot.articles)
    assert _sorted(Store.open(path).snapshot()) == _sorted(snapshot)


def test_a_split_killed_before_its_catalog_leaves_the_old_file_and_is_done_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, snapshot = _single_file(tmp_path)
    original = path.read_bytes()
    with monkeypatch.context() as m:
        m.setattr(AtomicJSONStorage, "write", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
        m.setattr(pieces.Pieces, "remove", lambda *_: None)  # killed: nothing cleaned
        with pytest.raises(KeyboardInterrupt):
            Store.open(path).put(_article("x"))
    assert path.read_bytes() == original
    assert _sorted(Store.open(path).snapshot()) == _sorted(snapshot)
    Store.open(path).put(_article("x"))
    after = Store.open(path).snapshot()
    assert {a.id for a in after.articles} == {a.id for a in snapshot.articles} | {"x"}
    assert len(_pieces_in(path)) == len(after.articles)


def test_a_single_file_store_with_a_bad_record_is_not_split(tmp_path: Path) -> None:
    path, _ = _single_file(tmp_path)
    tables = orjson.loads(path.read_bytes())
    del tables["mentions"]["1"]["start"]
    path.write_bytes(orjson.dumps(tables))
    with pytest.raises(StoreError, match="malformed record"):
        Store.open(path).put(_article("x"))
    assert sorted(os.listdir(path.parent)) == ["personae.json", "personae.json.lock"]


def test_catalog_buckets_and_pieces_are_tinydb_files(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    _store(path, 2)
    with TinyDB(path) as catalog:
        assert catalog.table("meta").get(doc_id=1)["schema"] == STORE_SCHEMA  # type: ignore[index]
        bucket = catalog.table("buckets").get(doc_id=1)[buckets.bucket_of("a0")]  # type: ignore[index]
        actors = catalog.table("actors").get(doc_id=1)[actor_bucket_of("chile")]  # type: ignore[index]
    with TinyDB(pieces_folder(path) / actors[0]) as pack:  # its tables: the actor buckets
        assert "chile" in {e["id"] for e in pack.table(actor_bucket_of("chile")).all()}
    with TinyDB(pieces_folder(path) / bucket) as part:
        rows = part.table("articles").all()
        assert "a0" in {r["id"] for r in rows}
        assert part.table("index").search(lambda r: r["article"] == "a0")
    piece = pieces_folder(path) / next(str(r["piece"]) for r in rows if r["id"] == "a0")
    with TinyDB(piece, storage=PieceStorage) as db:  # deflated: TinyDB with its storage
        assert db.table("article").all()[0]["text"].startswith("Chile met Peru")
        assert len(db.table("mentions")) == 2


def _piece_of(path: Path, article_id: str) -> Path:
    rows = _catalog(path)["articles"].values()
    return pieces_folder(path) / next(str(r["piece"]) for r in rows if r["id"] == article_id)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("missing", "is missing"),
        ("truncated", "is corrupt"),
        ("another article's", "does not hold that article"),
        ("bad record", "malformed record"),
    ],
)
def test_a_missing_or_corrupt_piece_is_named_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str, words: str
) -> None:
    from personae.tui.cli import main

    path = tmp_path / "personae.json"
    _store(path, 3)
    piece = _piece_of(path, "a1")
    if damage == "missing":
        piece.unlink()
    elif damage == "truncated":
        piece.write_bytes(piece.read_bytes()[:50])
    elif damage == "another article's":
        piece.write_bytes(_piece_of(path, "a2").read_bytes())
    else:
        tables = orjson.loads(inflated(piece.read_bytes()))
        tables["mentions"]["1"]["start"] = "zero"
        piece.write_bytes(encoded_piece(tables))
    with pytest.raises(StoreError, match=words) as caught:
        Store.open(path).snapshot()
    assert str(piece) in str(caught.value) and "'a1'" in str(caught.value)
    assert main(["--db", str(path), "list"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(piece) in err[0] and "restore" in err[0], err


def test_a_failed_commit_removes_the_pieces_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path, 2)
    named = set(os.listdir(pieces_folder(path)))

    def refused(*_: Any) -> None:
        raise StoreError("the catalog cannot be written")

    with monkeypatch.context() as m:
        m.setattr(AtomicJSONStorage, "write", refused)
        with pytest.raises(StoreError):
            store.put(_article("x1"))
    assert set(os.listdir(pieces_folder(path))) == named


def test_the_memory_store_keeps_pieces_too(memory_store: Store) -> None:
    memory_store.put(_article("m1"))
    memory_store.put(_article("m1", words=2))
    memory_store.remove_article("m1")
    assert "m1" not in {a.id for a in memory_store.snapshot().articles}
    assert memory_store.article_hashes().keys() == {"iran-russia-alliance"}


def test_a_batch_stopped_before_its_commit_leaves_nothing_behind_in_memory(
    tmp_path: Path,
) -> None:
    """Ctrl+C while a batch is being handed over: the next commit must not carry half of it
    (a catalog row naming a piece that was never written)."""
    path = tmp_path / "personae.json"
    store = _store(path, 2)

    def interrupted() -> Any:
        yield _article("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.put_many(interrupted())
    store.put(_article("next"))
    ids = {a.id for a in Store.open(path).snapshot().articles}
    assert "next" in ids and "half" not in ids


def test_pieces_left_without_their_catalog_are_never_swept_into_a_new_store(
    tmp_path: Path,
) -> None:
    """A reader told to move a bad catalog aside must not lose its articles' pieces to the
    new store the next run creates in its place."""
    path = tmp_path / "personae.json"
    _store(path, 3)
    path.rename(tmp_path / "personae.json.aside")
    folder = pieces_folder(path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="catalog was moved or deleted") as caught:
        Store.open_or_create(path)
    assert str(folder) in str(caught.value)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "notes.txt"} == before
    assert not path.exists()


def test_a_new_store_killed_in_its_first_commit_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    with monkeypatch.context() as m:
        m.setattr(AtomicJSONStorage, "write", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
        m.setattr(pieces.Pieces, "remove", lambda *_: None)  # killed: nothing cleaned
        with pytest.raises(KeyboardInterrupt):
            Store.open_or_create(path)
    left = [n for n in os.listdir(pieces_folder(path)) if not n.startswith("actors-")]
    assert not path.exists() and len(left) == 2  # piece, bucket (and its actors' buckets)
    store = Store.open_or_create(path)
    assert [a.id for a in store.snapshot().articles] == ["iran-russia-alliance"]
    assert len([n for n in os.listdir(pieces_folder(path)) if not n.startswith("actors-")]) == 2


def test_no_collection_runs_while_a_snapshot_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its records hold no cycles: a collection would only walk them, a third of opening."""
    import gc

    path = tmp_path / "s.json"
    _store(path, 3)
    seen: list[bool] = []
    build = pieces.build_records

    def noting(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return build(*args, **kwargs)

    monkeypatch.setattr(pieces, "build_records", noting)
    assert gc.isenabled()
    Store.open(path).snapshot()
    assert seen and not any(seen)
    assert gc.isenabled()  # put back as it was
