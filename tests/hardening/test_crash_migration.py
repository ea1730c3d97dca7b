"""SIGKILL while an older store is upgraded, at its first write: a single-file store split
into catalog, buckets and pieces, or a schema-2 catalog split into buckets.

The old file stays the store until the new root replaces it, so every kill leaves a
store that opens whole, holding every record it held; the next write finishes the job and
removes what the killed one left.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson

from hardening_support import check_integrity, open_snapshot, start_cli
from personae.store.annotation import bundled_records
from personae.store.db import STORE_SCHEMA, ArticleRecords, Snapshot, Store
from personae.store.pieces import PIECE_NAME, pieces_folder

COPIES = 30
KILLS = 12


def _copies() -> Store:
    """A store in memory of the bundled article and copies of it."""
    memory = Store()
    memory.put(bundled_records())
    base = memory.snapshot()
    [article] = base.articles
    for n in range(COPIES):
        aid = f"copy{n}"
        memory.put(
            ArticleRecords(
                replace(article, id=aid, title=f"Copy {n}"),
                (),
                tuple(replace(m, article=aid) for m in base.mentions),
                tuple(replace(r, article=aid, id=f"{aid}{r.id}") for r in base.relations),
                tuple(replace(e, article=aid, id=f"{aid}{e.id}") for e in base.events),
            )
        )
    return memory


def _old_store(path: Path) -> Snapshot:
    """A schema-1 store (every table in one file) of the bundled article and copies of it."""
    snapshot = _copies().snapshot()
    tables: dict[str, Any] = {"meta": {"1": {"schema": 1}}}
    for name in ("articles", "entities", "mentions", "relations", "events"):
        tables[name] = {str(n): r.to_doc() for n, r in enumerate(getattr(snapshot, name), 1)}
    path.write_bytes(orjson.dumps(tables))
    return snapshot


def _ingest(store: Path, article: Path) -> subprocess.Popen[str]:
    return start_cli("--db", str(store), "ingest", str(article))


def _records(snapshot: Snapshot, articles: set[str]) -> dict[str, list[str]]:
    """The records of ``articles``, comparable across layouts (order aside)."""
    return {
        "articles": sorted(repr(a) for a in snapshot.articles if a.id in articles),
        "mentions": sorted(repr(m) for m in snapshot.mentions if m.article in articles),
        "relations": sorted(repr(r) for r in snapshot.relations if r.article in articles),
        "events": sorted(repr(e) for e in snapshot.events if e.article in articles),
    }


def _schema(path: Path) -> int:
    return int(orjson.loads(path.read_bytes())["meta"]["1"]["schema"])


def _kill_the_upgrade(
    path: Path, original: Snapshot, restore: Callable[[Path], None], seed: int
) -> list[int]:
    """Kill the first write into the old store at ``path`` KILLS times at random moments;
    each time the store opens whole with every old record, and a last write upgrades it.
    ``restore(target)`` writes the old store's files at ``target``.  The schema after
    each kill."""
    old_ids = {a.id for a in original.articles}
    expected = _records(original, old_ids)
    old_pieces = {p.name for p in pieces_folder(path).glob("*")}
    article = path.parent / "news.txt"
    article.write_text("Chile and Peru\n\nChile met Peru in Lima.\n", encoding="utf-8")
    # How long an uninterrupted first write takes here: kills are spread over that span.
    trial = path.parent / "trial" / path.name
    trial.parent.mkdir()
    restore(trial)
    started = time.monotonic()
    _, err = _ingest(trial, article).communicate(timeout=120)
    span = time.monotonic() - started
    assert _schema(trial) == STORE_SCHEMA, err
    rng = random.Random(seed)
    outcomes = []
    for run in range(KILLS):
        if _schema(path) == STORE_SCHEMA:  # upgraded by the last run: start again
            restore(path)
        proc = _ingest(path, article)
        delay = rng.uniform(0.2 * span, span)
        time.sleep(delay)
        proc.kill()
        _, err = proc.communicate(timeout=60)
        context = f"run {run} killed after {delay:.2f}s of {span:.2f}s: {err[-300:]!r}"
        assert "Traceback" not in err, context
        snapshot = open_snapshot(path)
        check_integrity(snapshot)
        ids = {a.id for a in snapshot.articles}
        assert old_ids <= ids and len(ids - old_ids) <= 1, context
        assert _records(snapshot, old_ids) == expected, context
        assert old_pieces <= {p.name for p in pieces_folder(path).glob("*")}, context
        outcomes.append(_schema(path))
    # An uninterrupted write finishes the job and leaves no file the catalog does not need.
    # It stores another article: a run killed after its root was in place had stored the
    # first already, and a write of nothing new commits nothing (its marker of a finished
    # commit, left by the kill, goes with the next commit).
    later = path.parent / "later.txt"
    later.write_text("Chile and Bolivia\n\nChile met Bolivia in La Paz.\n", encoding="utf-8")
    _, err = _ingest(path, later).communicate(timeout=120)
    assert _schema(path) == STORE_SCHEMA, err
    snapshot = open_snapshot(path)
    assert 1 <= len({a.id for a in snapshot.articles} - old_ids) <= 2
    assert _records(snapshot, old_ids) == expected
    assert {p.name for p in pieces_folder(path).iterdir()} == _kept(path)
    return outcomes


def test_a_split_killed_at_any_moment_leaves_a_store_that_opens_whole(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    original = _old_store(path)
    old_bytes = path.read_bytes()

    def restore(target: Path) -> None:
        target.write_bytes(old_bytes)
        shutil.rmtree(pieces_folder(target), ignore_errors=True)

    outcomes = _kill_the_upgrade(path, original, restore, seed=10)
    assert 1 in outcomes, outcomes  # some kills landed before the new catalog


def _kept(path: Path) -> set[str]:
    """The files the store's catalog names: its pieces, its buckets, those it retired."""
    catalog = Store.open(path)._read_catalog()
    kept = {r["piece"] for r in catalog["articles"].values()}
    kept.update(catalog["buckets"]["1"].values(), catalog["meta"]["1"]["retired"])
    kept.update(slot[0] for slot in catalog["actors"]["1"].values())
    return kept


def _schema2_store(path: Path) -> Snapshot:
    """A schema-2 store (a catalog in one file, a piece per article) of the copies."""
    store = Store(path)
    snapshot = _copies().snapshot()
    by_article = {a.id: a for a in snapshot.articles}
    store.put_many(
        ArticleRecords(
            by_article[aid],
            snapshot.entities,
            tuple(m for m in snapshot.mentions if m.article == aid),
            tuple(r for r in snapshot.relations if r.article == aid),
            tuple(e for e in snapshot.events if e.article == aid),
        )
        for aid in by_article
    )
    catalog = store._read_catalog()
    tables = {name: catalog[name] for name in ("articles", "entities", "index")}
    tables["meta"] = {"1": {"schema": 2, "commit": 1, "retired": []}}
    path.write_bytes(orjson.dumps(tables))
    for file in pieces_folder(path).iterdir():
        if not PIECE_NAME.fullmatch(file.name):
            file.unlink()
    return Store.open(path).snapshot()


def test_a_catalog_split_into_buckets_killed_at_any_moment_leaves_a_store_that_opens_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    original = _schema2_store(path)
    old_catalog = path.read_bytes()
    old_pieces = {p.name: p.read_bytes() for p in pieces_folder(path).iterdir()}

    def restore(target: Path) -> None:
        target.write_bytes(old_catalog)
        shutil.rmtree(pieces_folder(target), ignore_errors=True)
        pieces_folder(target).mkdir()
        for name, data in old_pieces.items():
            (pieces_folder(target) / name).write_bytes(data)

    outcomes = _kill_the_upgrade(path, original, restore, seed=23)
    assert path.with_name("personae.json.schema2.bak").read_bytes() == old_catalog
    assert 2 in outcomes, outcomes  # some kills landed before the new root
