"""The actor registry in its own buckets (schemas 4 and 5): a commit rewrites the buckets
of the actors it adds, opening reads those of the article shown, a damaged one is named,
an actor no article names any more is dropped, and a schema-3 store upgrades whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB

from personae.store import reader
from personae.store.actors import actor_bucket_of
from personae.store.corpus import Corpus
from personae.store.db import STORE_SCHEMA, ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import pieces_folder
from personae.store.reviewed import commit_correction
from personae.tui.cli import main

ACTORS = [f"delegate-{n}" for n in range(60)]


def _article(article_id: str, actors: tuple[str, ...], alias: str | None = None) -> ArticleRecords:
    names = [a.replace("-", " ").title() for a in actors]
    text = " met ".join(names) + f" about {article_id}."
    span = Span(0, len(text))
    article = Article(
        id=article_id, title=f"Talks {article_id}", text=text, passages=(span,),
        sentences=(span,), content_hash=f"hash-{article_id}", date=f"2024-01-{len(article_id):02d}",
    )  # fmt: skip
    entities = tuple(
        Entity(a, n, "person", aliases=(alias,) if alias else (), provenance="extracted")
        for a, n in zip(actors, names, strict=True)
    )
    mentions = tuple(
        Mention(a, article_id, text.index(n), text.index(n) + len(n), n, provenance="extracted")
        for a, n in zip(actors, names, strict=True)
    )
    return ArticleRecords(article, entities, mentions, (), ())


def _store(path: Path) -> Store:
    """The bundled article and 20 more, each naming three of 60 actors, in one commit."""
    store = Store.open_or_create(path)
    store.put_many(_article(f"talks-{n}", tuple(ACTORS[3 * n : 3 * n + 3])) for n in range(20))
    return store


def _root(path: Path) -> dict[str, Any]:
    return orjson.loads(path.read_bytes())  # type: ignore[no-any-return]


def test_a_commit_rewrites_the_bucket_of_the_one_actor_it_adds_and_no_other(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path)
    before = _root(path)["actors"]["1"]
    store.put(_article("also", ("delegate-1", "delegate-2")))  # named by a second article:
    after = _root(path)["actors"]["1"]  # their records no longer name one, once
    changed = {b for b in after if after[b] != before.get(b)}
    assert changed == {actor_bucket_of("delegate-1"), actor_bucket_of("delegate-2")}
    before = after
    store.put(_article("again", ("delegate-1", "delegate-2", "newcomer")))
    after = _root(path)["actors"]["1"]
    changed = {b for b in after if after[b] != before.get(b)}
    assert changed == {actor_bucket_of("newcomer")}
    assert "entities" not in _root(path) and "counts" not in _root(path)  # the root stays small
    pack = pieces_folder(path) / after[actor_bucket_of("newcomer")][0]
    with TinyDB(pack) as written:  # one bucket written: a TinyDB table
        assert written.tables() == {actor_bucket_of("newcomer")}
    store.put(_article("known", ("delegate-1", "delegate-2")))  # nothing new of any actor
    assert _root(path)["actors"]["1"] == after


def test_opening_reads_only_the_actor_buckets_of_the_article_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    _store(path)
    read = _spy_on_actor_reads(monkeypatch)
    corpus = Corpus.open(Store.open(path))
    shown = corpus.articles[0]
    assert shown.id == "talks-19"  # the newest: the explorer's first frame, list's first row
    names = {e.name for e, _ in corpus.entities_in(shown.id)}
    assert names == {"Delegate 57", "Delegate 58", "Delegate 59"}
    assert [a.title for a in corpus.articles[:50]][:2] == ["Talks talks-19", "Talks talks-18"]
    assert set(read) <= {actor_bucket_of(a) for a in ACTORS[57:]}
    assert corpus.resolve("delegate-58") is not None and len(set(read)) <= 3


def test_a_damaged_actor_bucket_is_named_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "personae.json"
    _store(path)
    bucket = actor_bucket_of("delegate-59")
    name, offset, length = _root(path)["actors"]["1"][bucket]
    pack = pieces_folder(path) / name
    data = bytearray(pack.read_bytes())
    data[offset : offset + length] = b"[" + b" " * (length - 1)
    pack.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(path), "export", "-o", str(tmp_path / "out.json")]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and str(pack) in lines[0] and f"bucket {bucket}" in lines[0], lines
    corpus = Corpus.open(Store.open(path))  # opening reads no actor: the damage is met later
    with pytest.raises(Exception, match=f"bucket {bucket} of"):
        corpus.entities_in("talks-19")


def test_an_actor_no_article_names_any_more_is_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = _store(path)
    store.put(_article("talks-0", ("delegate-1", "delegate-2")))  # delegate-0 is named no more
    layout = _root(path)["actors"]["1"]
    slot = layout.get(actor_bucket_of("delegate-0"))
    if slot is not None:  # its bucket holds other actors
        with TinyDB(pieces_folder(path) / slot[0]) as pack:
            held = pack.table(actor_bucket_of("delegate-0")).all()
            assert "delegate-0" not in {e["id"] for e in held}
    assert "delegate-0" not in {e.id for e in Store.open(path).snapshot().entities}
    corpus = Corpus.open(Store.open(path))
    assert "delegate-0" not in {e.id for e in corpus.entities}
    assert corpus.resolve("Delegate 0") is None and corpus.resolve("Delegate 1") is not None
    out = tmp_path / "out.json"
    assert main(["--db", str(path), "export", "-o", str(out)]) == 0
    exported = {e["id"] for e in orjson.loads(out.read_bytes())["entities"]}
    assert "delegate-0" not in exported and {"delegate-1", "iran"} <= exported


def _as_schema3(path: Path) -> bytes:
    """The store at ``path`` as a personae of schema 3 wrote it: its actors in the root,
    with each one's count of articles, and no packs."""
    root = _root(path)
    catalog = Store.open(path)._read_catalog()
    counts: dict[str, int] = {}
    for doc in catalog["index"].values():
        for actor in doc["actors"]:
            counts[actor] = counts.get(actor, 0) + 1
    for name in {slot[0] for slot in root.pop("actors")["1"].values()}:
        (pieces_folder(path) / name).unlink()
    root["meta"]["1"]["schema"] = 3
    del root["meta"]["1"]["ids"]["entities"]
    root["entities"] = catalog["entities"]
    root["counts"] = {"1": counts}
    path.write_bytes(orjson.dumps(root))
    return path.read_bytes()


def test_a_schema3_store_is_upgraded_at_its_first_write_keeping_everything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path)
    store.put(_article("talks-1", ("delegate-3", "delegate-4", "delegate-5"), alias="Envoy"))
    commit_correction(store, "actor.rename", {"entity": "delegate-7"}, "The Delegate", "x")
    old = _as_schema3(path)
    before = Store.open(path).snapshot()  # a schema-3 store is read as it is
    assert "Envoy" in next(e for e in before.entities if e.id == "delegate-3").aliases
    told: list[str] = []
    upgraded = Store.open(path)
    upgraded.on_upgrade = told.append
    upgraded.put(_article("new", ("delegate-8", "newcomer")))
    assert path.with_name("personae.json.schema3.bak").read_bytes() == old
    assert told and "personae.json.schema3.bak" in told[0]
    root = _root(path)
    assert root["meta"]["1"]["schema"] == STORE_SCHEMA == 6
    assert "entities" not in root and "counts" not in root and root["actors"]["1"]
    after = Store.open(path).snapshot()
    assert {a.id for a in after.articles} == {a.id for a in before.articles} | {"new"}
    kept = {e.id: e for e in after.entities}
    assert all(kept[e.id] == e for e in before.entities)  # every actor, every alias
    assert "newcomer" in kept
    assert after.corrections == before.corrections
    corpus = Corpus.open(Store.open(path))
    assert corpus.entity("delegate-7").name == "The Delegate"
    assert not [p for p in pieces_folder(path).iterdir() if p.name.startswith("catalog-")
                and p.name not in root["buckets"]["1"].values()
                and p.name not in root["meta"]["1"]["retired"]]  # fmt: skip


def test_a_root_that_says_a_bucket_is_longer_than_its_pack_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "personae.json"
    _store(path)
    root = _root(path)
    slot = root["actors"]["1"][actor_bucket_of("delegate-59")]
    slot[2] = 10**12  # never read: the pack is not that long
    path.write_bytes(orjson.dumps(root))
    corpus = Corpus.open(Store.open(path))
    with pytest.raises(Exception, match=f"{slot[0]} is shorter than the store's root says"):
        corpus.entities_in("talks-19")
    capsys.readouterr()
    assert main(["--db", str(path), "export", "-o", str(tmp_path / "out.json")]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and slot[0] in lines[0], lines


def test_opening_with_actor_corrections_reads_only_the_buckets_they_and_the_article_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path)
    store.put(_article("talks-19", tuple(ACTORS[57:]), alias="Envoy"))
    for kind, actor, value in [
        ("actor.rename", "delegate-1", "First Delegate"),
        ("actor.kind", "delegate-2", "government"),
        ("actor.not_actor", "delegate-3", True),
        ("actor.merge", "delegate-4", "delegate-57"),
        ("actor.split", "delegate-59", "Envoy"),
        ("actor.merge", "delegate-58", "delegate-3"),  # into a hidden actor: hidden with it
    ]:
        commit_correction(store, kind, {"entity": actor, "name": actor}, value, None)
    with monkeypatch.context() as m:
        read = _spy_on_actor_reads(m)
        corpus = Corpus.open(Store.open(path))
        names = {e.name: e for e, _ in corpus.entities_in("talks-19")}
        assert set(names) == {"Delegate 57", "Delegate 59"}  # 58 merged into a hidden one
        assert names["Delegate 57"].aliases == ("Envoy", "Delegate 4")
        assert names["Delegate 59"].aliases == () and corpus.entity("envoy").kind == "person"
        assert corpus.actor_of_id("delegate-4") is None and "delegate-3" not in corpus._entities
        assert corpus.entity("delegate-1").name == "First Delegate"
        assert corpus.entity("delegate-2").kind == "government"
        assert not corpus.catalog.complete  # no bucket of the catalog read either
    needed = {*ACTORS[1:5], *ACTORS[57:], "envoy"}
    assert set(read) <= {actor_bucket_of(a) for a in needed}
    lazy = Corpus.open(Store.open(path))
    listed = {e.id: e for e in lazy.entities}  # every actor, corrected all at once
    assert {"delegate-3", "delegate-4", "delegate-58"}.isdisjoint(listed)
    fresh = Corpus.open(Store.open(path))
    assert all(fresh.entity(entity_id) == entity for entity_id, entity in listed.items())


def _spy_on_actor_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The actor buckets read from now on, in order; reading every bucket fails the test."""
    read: list[str] = []
    original = reader.read_bucket

    def spy(files: Any, bucket: str, *rest: Any) -> Any:
        read.append(bucket)
        return original(files, bucket, *rest)

    def every(*_: Any) -> Any:
        raise AssertionError("opening read every actor")

    monkeypatch.setattr(reader, "read_bucket", spy)
    monkeypatch.setattr(reader, "every_bucket", every)
    return read
