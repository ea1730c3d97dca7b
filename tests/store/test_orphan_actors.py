"""An actor no article names any more leaves the registry at the commit that makes it so
(schema 5): re-ingesting changed articles does not grow the registry, an actor the
reader corrected stays, and a schema-4 store upgrades with its orphans dropped."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

from personae.store.actors import actor_bucket_of
from personae.store.corpus import Corpus
from personae.store.db import STORE_SCHEMA, Store
from personae.store.pieces import pieces_folder
from personae.store.reviewed import commit_correction
from tests.store.test_actor_buckets import _article, _root, _store


def _registry(path: Path) -> set[str]:
    """Every actor id in the registry, shown or not."""
    return {e.id for e in Store.open(path).entities()}


def test_an_article_ingested_again_without_an_actor_drops_it_from_the_registry(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    store.put(_article("talks", ("envoy-x", "envoy-y")))
    assert {"envoy-x", "envoy-y"} <= _registry(path)
    store.put(_article("talks", ("envoy-y", "envoy-z")))  # changed text: X is named no more
    assert "envoy-x" not in _registry(path) and {"envoy-y", "envoy-z"} <= _registry(path)
    corpus = Corpus.open(Store.open(path))
    assert corpus.actor_of_id("envoy-x") is None and corpus.resolve("envoy-x") is None
    store.remove_article("talks")
    assert not {"envoy-y", "envoy-z"} & _registry(path)
    assert "iran" in _registry(path)  # the bundled article's curated actors stay


def test_an_actor_another_article_names_stays(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    store.put_many([_article("one", ("envoy-x", "envoy-y")), _article("two", ("envoy-x",))])
    store.put(_article("one", ("envoy-y",)))
    assert "envoy-x" in _registry(path)
    store.remove_article("two")  # named by two articles once: kept (docs/schema.md)
    assert "envoy-y" in _registry(path)


def test_an_actor_with_a_correction_stays_when_no_article_names_it(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    store.put(_article("talks", ("envoy-x", "envoy-y", "envoy-w")))
    commit_correction(store, "actor.rename", {"entity": "envoy-x", "name": "Envoy X"}, "X", "x")
    commit_correction(store, "actor.merge", {"entity": "envoy-w", "name": "Envoy W"}, "iran", None)
    store.put(_article("talks", ("envoy-z",)))
    registry = _registry(path)
    assert {"envoy-x", "envoy-w"} <= registry and "envoy-y" not in registry


def test_ingesting_changed_articles_again_and_again_keeps_the_registry_its_size(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    sizes = []
    for round_ in range(12):  # each version names three actors of its own, and one shared
        store.put_many(
            _article(f"a{n}", ("shared", *(f"p{round_}-{n}-{k}" for k in range(3))))
            for n in range(5)
        )
        sizes.append(len(_registry(path)))
    assert len(set(sizes)) == 1, sizes


def _as_schema4(path: Path, stray: dict[str, Any]) -> bytes:
    """The store at ``path`` as a personae of schema 4 wrote it: no actor names its
    article, and ``stray``, an actor no article names, left in its bucket."""
    root = _root(path)
    folder = pieces_folder(path)
    buckets: dict[str, dict[str, Any]] = defaultdict(dict)
    for bucket, (name, offset, length) in root["actors"]["1"].items():
        docs = orjson.loads((folder / name).read_bytes()[offset : offset + length])
        for doc in docs.values():
            doc.pop("named_by", None)
        buckets[bucket] = docs
    buckets[actor_bucket_of(stray["id"])]["999"] = stray
    commit = root["meta"]["1"]["commit"]
    chunks, layout, at = [b"{"], {}, 1
    for bucket, docs in sorted(buckets.items()):
        head = (b"," if at > 1 else b"") + orjson.dumps(bucket) + b":"
        data = orjson.dumps(docs)
        chunks += [head, data]
        layout[bucket] = [f"actors-{commit}.json", at + len(head), len(data)]
        at += len(head) + len(data)
    for name in {slot[0] for slot in root["actors"]["1"].values()}:
        (folder / name).unlink()
    (folder / f"actors-{commit}.json").write_bytes(b"".join([*chunks, b"}"]))
    root["actors"] = {"1": layout}
    root["meta"]["1"]["schema"] = 4
    root["meta"]["1"]["ids"]["entities"] = 999
    path.write_bytes(orjson.dumps(root))
    return path.read_bytes()


def test_a_schema4_store_is_upgraded_at_its_first_write_its_orphans_dropped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = _store(path)
    commit_correction(store, "actor.rename", {"entity": "delegate-7"}, "The Delegate", "x")
    stray = {"id": "stray", "name": "Stray", "kind": "person", "aliases": [],
             "provenance": "extracted", "extractor_version": "8"}  # fmt: skip
    old = _as_schema4(path, stray)
    before = Store.open(path).snapshot()  # a schema-4 store is read as it is
    assert "stray" in _registry(path) and "stray" not in {e.id for e in before.entities}
    told: list[str] = []
    upgraded = Store.open(path)
    upgraded.on_upgrade = told.append
    upgraded.put(_article("new", ("delegate-8", "newcomer")))
    assert path.with_name("personae.json.schema4.bak").read_bytes() == old
    assert told and "personae.json.schema4.bak" in told[0]
    assert _root(path)["meta"]["1"]["schema"] == STORE_SCHEMA == 6
    after = Store.open(path).snapshot()
    assert {a.id for a in after.articles} == {a.id for a in before.articles} | {"new"}
    kept = {e.id: e for e in after.entities}
    assert all(kept[e.id] == e for e in before.entities)  # every shown actor, every alias
    assert after.corrections == before.corrections
    assert "stray" not in _registry(path)
    store = Store.open(path)  # each actor one article names says which, from the upgrade on
    store.put(_article("talks-3", ("delegate-10",)))  # delegate-9 and -11: named no more
    registry = _registry(path)
    assert "delegate-9" not in registry and {"delegate-10", "delegate-7", "iran"} <= registry
    store.put(_article("talks-2", ("delegate-1",)))  # delegate-7 has a correction: kept
    assert "delegate-7" in _registry(path) and "delegate-6" not in _registry(path)
    assert not [p for p in pieces_folder(path).iterdir() if p.name.startswith("actors-")
                and p.name not in {s[0] for s in _root(path)["actors"]["1"].values()}
                and p.name not in _root(path)["meta"]["1"]["retired"]]  # fmt: skip
