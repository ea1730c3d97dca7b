"""The store: building from assets, replacing one article, provenance, locking, schema."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import filelock
import orjson
import pytest

from personae.store import migrate
from personae.store.corpus import Corpus
from personae.store.db import STORE_SCHEMA, ArticleRecords, Store
from personae.store.model import Article, Entity, Mention, Span
from personae.store.pieces import pieces_folder
from personae.store.storage import StoreError


def _extracted(article_id: str, text: str, names: dict[str, str]) -> ArticleRecords:
    article = Article(
        id=article_id,
        title=article_id.title(),
        text=text,
        passages=(Span(0, len(text)),),
        sentences=(Span(0, len(text)),),
    )
    entities = tuple(Entity(id=i, name=n, kind="state") for i, n in names.items())
    mentions = tuple(
        Mention(
            entity=i, article=article_id, start=text.index(n), end=text.index(n) + len(n), text=n
        )
        for i, n in names.items()
    )
    return ArticleRecords(article, entities, mentions, (), ())


def test_first_open_builds_the_store_from_the_bundled_article(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "personae.json"
    Store.open_or_create(path)
    snapshot = Store.open(path).snapshot()
    assert [a.id for a in snapshot.articles] == ["iran-russia-alliance"]
    assert len(snapshot.relations) > 40 and len(snapshot.events) > 10
    assert orjson.loads(path.read_bytes())["meta"]["1"] == {
        "schema": STORE_SCHEMA,
        "commit": 1,
        "retired": [],
        "ids": {"articles": 1, "index": 1, "entities": 28},
    }
    names = sorted(p.name.split("-")[0] for p in pieces_folder(path).iterdir())
    # its piece, its catalog bucket, and the buckets of its 28 actors (some share one)
    assert names.count("catalog") == 1 and len(names) - names.count("actors") == 2


def test_the_json_store_and_the_memory_store_hold_the_same(
    tmp_path: Path, memory_store: Store
) -> None:
    on_disk = Store.open_or_create(tmp_path / "s.json")
    assert on_disk.snapshot() == memory_store.snapshot()


def test_replacing_an_article_drops_only_its_old_records(memory_store: Store) -> None:
    memory_store.put(_extracted("a1", "Chile met Peru.", {"chile": "Chile", "peru": "Peru"}))
    memory_store.put(
        _extracted("a1", "Chile met Bolivia.", {"chile": "Chile", "bolivia": "Bolivia"})
    )
    snapshot = memory_store.snapshot()
    assert [a.text for a in snapshot.articles if a.id == "a1"] == ["Chile met Bolivia."]
    ids = {e.id for e in snapshot.entities}
    assert "bolivia" in ids and "peru" not in ids  # an orphaned extracted actor goes
    assert "iran" in ids  # the curated article is untouched
    assert len([m for m in snapshot.mentions if m.article == "a1"]) == 2


def test_extraction_never_overwrites_a_curated_actor(memory_store: Store) -> None:
    records = _extracted("a2", "Iran spoke.", {"iran": "Iran"})
    renamed = replace(records, entities=(Entity(id="iran", name="Iran", kind="place"),))
    memory_store.put(renamed)
    iran = Corpus(memory_store.snapshot()).entity("iran")
    assert (iran.kind, iran.provenance) == ("state", "curated")


def test_an_extracted_actor_met_again_gains_the_new_names(memory_store: Store) -> None:
    memory_store.put(_extracted("a3", "General Motors rose.", {"general-motors": "General Motors"}))
    again = _extracted("a4", "GM rose.", {"general-motors": "GM"})
    memory_store.put(again)
    gm = Corpus(memory_store.snapshot()).entity("general-motors")
    assert gm.name == "General Motors" and "GM" in gm.aliases


def test_a_newer_schema_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    content = orjson.dumps({"meta": {"1": {"schema": STORE_SCHEMA + 1}}, "articles": {}})
    path.write_bytes(content)
    with pytest.raises(StoreError, match="newer personae"):
        Store.open(path)
    assert path.read_bytes() == content


def test_a_json_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(orjson.dumps({"articles": {"1": {"id": "x"}}}))
    with pytest.raises(StoreError, match="no schema record"):
        Store.open(path)
    bad_record = tmp_path / "r.json"
    bad_record.write_bytes(
        orjson.dumps({"meta": {"1": {"schema": 1}}, "articles": {"1": {"x": 1}}})
    )
    with pytest.raises(StoreError, match="malformed record") as refused:
        Store.open(bad_record).snapshot()
    # what is wrong, in the store's words, not a constructor's ("__init__() missing ...")
    assert "a record in articles lacks id, title, text" in str(refused.value)
    assert "__init__" not in str(refused.value)


def test_a_missing_store_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nope.json")
    with pytest.raises(StoreError, match="is a folder"):
        Store.open_or_create(tmp_path)


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Store.open_or_create(path)
    store = Store.open(path, lock_timeout=0.2)
    with filelock.FileLock(f"{path}.lock"), pytest.raises(StoreError, match="another personae"):
        store.put(_extracted("a5", "Chile met Peru.", {"chile": "Chile"}))
    assert [a.id for a in Store.open(path).snapshot().articles] == ["iran-russia-alliance"]


def test_writers_in_turn_see_each_others_articles(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    first = Store.open_or_create(path)
    second = Store.open(path)
    first.put(_extracted("b1", "Chile met Peru.", {"chile": "Chile"}))
    second.put(_extracted("b2", "Peru met Chile.", {"peru": "Peru"}))
    first.put(_extracted("b3", "Chile alone.", {"chile": "Chile"}))
    ids = sorted(a.id for a in Store.open(path).snapshot().articles)
    assert ids == ["b1", "b2", "b3", "iran-russia-alliance"]


def test_an_older_schema_is_read_as_it_is_and_migrated_at_the_first_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    snapshot = Store.open_or_create(tmp_path / "built.json").snapshot()
    old = {
        "meta": {"1": {"schema": 0}},
        "articles": {str(n): a.to_doc() for n, a in enumerate(snapshot.articles, 1)},
        "entities": {str(n): e.to_doc() for n, e in enumerate(snapshot.entities, 1)},
        "mentions": {str(n): m.to_doc() for n, m in enumerate(snapshot.mentions, 1)},
    }
    for doc in old["entities"].values():
        doc["label"] = doc.pop("name")  # how a hypothetical older schema spelt it
    original = orjson.dumps(old)
    path.write_bytes(original)

    def rename_label(tables: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        for doc in tables["entities"].values():
            doc["name"] = doc.pop("label")
        return tables

    monkeypatch.setitem(migrate.MIGRATIONS, 0, rename_label)
    store = Store.open(path)
    assert "Iran" in {e.name for e in store.snapshot().entities}
    assert path.read_bytes() == original  # reading changes nothing
    store.put(_extracted("c1", "Chile met Peru.", {"chile": "Chile"}))
    assert migrate.backup_path(path, 0).read_bytes() == original
    assert orjson.loads(path.read_bytes())["meta"]["1"]["schema"] == STORE_SCHEMA
    assert "Iran" in {e.name for e in Store.open(path).snapshot().entities}


def test_an_older_schema_with_no_way_forward_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    content = orjson.dumps({"meta": {"1": {"schema": 0}}, "articles": {}})
    path.write_bytes(content)
    with pytest.raises(StoreError, match="no way to migrate schema 0"):
        Store.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_a_finished_commits_marker_left_by_a_kill_goes_with_the_next_commit(
    tmp_path: Path,
) -> None:
    """A writer killed after its root was in place, before it removed its marker, leaves an
    empty ``.writing-<n>`` beside a whole store; the next writer's first commit removes it."""
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    store.put(_extracted("chile", "Chile met Peru.", {"chile": "Chile", "peru": "Peru"}))
    commit = orjson.loads(path.read_bytes())["meta"]["1"]["commit"]
    marker = pieces_folder(path) / f".writing-{commit}"
    marker.touch()
    assert Store.open(path).snapshot().articles  # readers never mind it
    Store.open(path).put(_extracted("bolivia", "Bolivia met Chile.", {"bolivia": "Bolivia"}))
    assert not marker.exists()
