"""Splitting a wrongly merged name off an actor: the name becomes an actor of its own, with
the mentions of that name and the records whose sentence names the actor only by it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.reviewed import commit_correction, undo_correction

ARTICLE = "iran-russia-alliance"
SPLIT = {"entity": "russia", "name": "Russia"}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open_or_create(tmp_path / "personae.json")


def _sentences_of(corpus: Corpus, actor: str) -> set[str]:
    text = corpus.article(ARTICLE).text
    return {
        text[r.evidence.start : r.evidence.end]
        for r in corpus.relations_in(ARTICLE)
        if actor in (r.source, r.target)
    }


def _split_moscow(store: Store) -> str:
    made = commit_correction(store, "actor.split", SPLIT, "Moscow", None).correction
    assert made is not None
    return made.id


def test_a_split_name_becomes_an_actor_with_its_mentions_and_relations(store: Store) -> None:
    _split_moscow(store)
    corpus = Corpus.open(store)
    moscow, russia = corpus.entity("moscow"), corpus.entity("russia")
    assert (moscow.name, moscow.kind) == ("Moscow", russia.kind)
    assert "Moscow" not in russia.names and "Russian" in russia.aliases
    assert {m.text for m in corpus.mentions_of("moscow", ARTICLE)} == {"Moscow"}
    assert "Moscow" not in {m.text for m in corpus.mentions_of("russia", ARTICLE)}
    moved = _sentences_of(corpus, "moscow")
    assert any(s.startswith("Additionally, Moscow couldn't shield Iran") for s in moved)
    assert all("Moscow" in s and "Russia" not in s for s in moved)
    kept = _sentences_of(corpus, "russia")
    assert any(s.startswith("Furthermore, Russia's presence") for s in kept)
    assert all("Moscow" not in s or "Russia" in s for s in kept)


def test_undoing_a_split_puts_the_name_back(store: Store) -> None:
    before = Corpus.open(store)
    relations = {(r.id, r.source, r.target) for r in before.relations_in(ARTICLE)}
    made = _split_moscow(store)
    assert Corpus.open(store).entity("moscow").name == "Moscow"
    undo_correction(store, made)
    corpus = Corpus.open(store)
    assert corpus.resolve("moscow") == corpus.entity("russia")
    assert "Moscow" in corpus.entity("russia").aliases
    assert {(r.id, r.source, r.target) for r in corpus.relations_in(ARTICLE)} == relations


def test_a_split_applies_again_when_the_article_is_ingested_again(store: Store) -> None:
    _split_moscow(store)
    records = bundled_records()
    store.put(
        ArticleRecords(
            records.article,
            records.entities,
            records.mentions,
            tuple(replace(r, id=f"{r.id}-again") for r in records.relations),
            tuple(replace(e, id=f"{e.id}-again") for e in records.events),
        )
    )
    corpus = Corpus.open(store)
    assert corpus.entity("moscow").name == "Moscow"
    assert _sentences_of(corpus, "moscow")
    assert not any(corpus.orphaned(c) for c in corpus.layer.corrections)
