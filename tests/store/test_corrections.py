"""The reader's corrections: kept in the store, applied over the machine's records, kept
through a re-ingest of the article, and never dropped when their target is gone."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.export import from_store, write_json
from personae.store.reviewed import commit_correction, undo_correction
from personae.store.storage import StoreError

ARTICLE = "iran-russia-alliance"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open_or_create(tmp_path / "personae.json")


def _relation(corpus: Corpus, source: str, target: str, kind: str) -> str:
    return next(
        r.id
        for r in corpus.relations_in(ARTICLE)
        if (r.source, r.target, r.type) == (source, target, kind)
    )


def _correct_relation(store: Store, relation_id: str, kind: str, value: object) -> str:
    corpus = Corpus.open(store)
    target = corpus.relation_target(relation_id, ARTICLE)
    assert target is not None
    made = commit_correction(store, kind, target, value, None).correction
    assert made is not None
    return made.id


def test_a_rejected_relation_is_hidden_kept_in_the_history_and_comes_back_on_undo(
    store: Store,
) -> None:
    relation = _relation(Corpus.open(store), "iran", "russia", "PARTNER")
    made = _correct_relation(store, relation, "relation.reject", True)
    corpus = Corpus.open(store)
    assert relation not in {r.id for r in corpus.relations_in(ARTICLE)}
    assert [c.kind for c in corpus.layer.corrections] == ["relation.reject"]
    assert not corpus.orphaned(corpus.layer.corrections[0])
    undo_correction(store, made)
    assert relation in {r.id for r in Corpus.open(store).relations_in(ARTICLE)}


def test_type_direction_negation_and_hedge_are_set_and_marked_reviewed(store: Store) -> None:
    relation = _relation(Corpus.open(store), "iran", "russia", "PARTNER")
    _correct_relation(store, relation, "relation.type", "ALLY")
    _correct_relation(store, relation, "relation.reverse", True)
    _correct_relation(store, relation, "relation.negated", True)
    _correct_relation(store, relation, "relation.hedge", "uncertain")
    corrected = Corpus.open(store).relation(relation, ARTICLE)
    assert corrected is not None
    assert (corrected.source, corrected.target, corrected.type) == ("russia", "iran", "ALLY")
    assert corrected.negated and corrected.hedge == "uncertain"
    assert corrected.provenance == "reviewed"


def test_corrections_apply_again_when_the_article_is_ingested_again(store: Store) -> None:
    corpus = Corpus.open(store)
    relation = _relation(corpus, "iran", "russia", "PARTNER")
    _correct_relation(store, relation, "relation.type", "ALLY")
    event = corpus.events_in(ARTICLE)[0]
    target = corpus.event_target(event.id, ARTICLE)
    assert target is not None
    commit_correction(store, "event.label", target, "Relabelled", event.label)
    # A new extraction: every record gets a new id, the text and the findings are the same.
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
    again = corpus.relation(f"{relation}-again", ARTICLE)
    assert again is not None and again.type == "ALLY"
    assert any(e.label == "Relabelled" for e in corpus.events_in(ARTICLE))
    assert not any(corpus.orphaned(c) for c in corpus.layer.corrections)


def test_a_correction_whose_relation_is_gone_is_kept_and_orphaned(store: Store) -> None:
    relation = _relation(Corpus.open(store), "iran", "russia", "PARTNER")
    _correct_relation(store, relation, "relation.reject", True)
    records = bundled_records()
    kept = tuple(r for r in records.relations if r.id != relation)
    store.put(replace(records, relations=kept))
    corpus = Corpus.open(store)
    [correction] = corpus.layer.corrections
    assert corpus.orphaned(correction)


def test_merging_an_actor_makes_its_names_aliases_and_moves_its_relations(store: Store) -> None:
    corpus = Corpus.open(store)
    soviet = corpus.entity("soviet-union")
    soviet_relations = corpus.relations_of("soviet-union", ARTICLE)
    assert soviet_relations
    commit_correction(store, "actor.merge", {"entity": "soviet-union"}, "russia", None)
    corpus = Corpus.open(store)
    assert "soviet-union" not in {e.id for e, _ in corpus.entities_in(ARTICLE)}
    russia = corpus.entity("russia")
    assert soviet.name in russia.aliases and russia.provenance == "reviewed"
    assert corpus.resolve(soviet.name) == russia
    moved = {r.id for r in corpus.relations_of("russia", ARTICLE)}
    assert {r.id for r in soviet_relations if "russia" not in (r.source, r.target)} <= moved
    assert ARTICLE in corpus.articles_of("russia")


def test_rename_kind_and_not_an_actor(store: Store) -> None:
    commit_correction(store, "actor.rename", {"entity": "iran"}, "Islamic Republic", "Iran")
    commit_correction(store, "actor.kind", {"entity": "nato"}, "armed_group", "organisation")
    commit_correction(store, "actor.not_actor", {"entity": "israel"}, True, False)
    corpus = Corpus.open(store)
    iran = corpus.entity("iran")
    assert iran.name == "Islamic Republic" and "Iran" in iran.aliases
    assert corpus.entity("nato").kind == "armed_group"
    assert "israel" not in {e.id for e, _ in corpus.entities_in(ARTICLE)}
    assert not any("israel" in (r.source, r.target) for r in corpus.relations_in(ARTICLE))
    assert not any(m.entity == "israel" for m in corpus.mentions_in(ARTICLE))


def test_an_events_date_changed_or_removed(store: Store) -> None:
    corpus = Corpus.open(store)
    first, second = corpus.events_in(ARTICLE)[:2]
    target = corpus.event_target(first.id, ARTICLE)
    assert target is not None
    commit_correction(store, "event.date", target, "1980-03", first.date)
    target = corpus.event_target(second.id, ARTICLE)
    assert target is not None
    commit_correction(store, "event.date", target, None, second.date)
    events = {e.id: e for e in Corpus.open(store).events_in(ARTICLE)}
    assert (events[first.id].date, events[first.id].precision) == ("1980-03", "month")
    assert second.id not in events


def test_a_second_store_on_the_same_file_sees_the_correction(store: Store) -> None:
    assert store.path is not None
    other = Store.open(store.path)
    Corpus.open(other)  # read before the change
    commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    assert other.changed_on_disk()
    assert Corpus.open(other).entity("iran").name == "Persia"


def test_ingest_keeps_the_layer_and_a_store_without_one_reads_as_empty(store: Store) -> None:
    assert Corpus.open(store).layer.corrections == ()
    commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    store.put(bundled_records())  # a commit of the machine layer names the same layer file
    assert store.path is not None
    assert Corpus.open(Store.open(store.path)).entity("iran").name == "Persia"


def test_the_older_layer_file_is_deleted_one_commit_later(store: Store) -> None:
    assert store.path is not None
    folder = store.path.with_name("personae.json.pieces")
    commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    first = {p.name for p in folder.glob("reviewed-*")}
    commit_correction(store, "actor.rename", {"entity": "iran"}, "Iran", "Persia")
    commit_correction(store, "actor.kind", {"entity": "iran"}, "government", "state")
    left = {p.name for p in folder.glob("reviewed-*")}
    assert first and not first & left and len(left) == 2  # the newest, and one retired


def _exported(store: Store) -> dict[str, Any]:
    """The store as the JSON export gives it."""
    out = io.BytesIO()
    from_store(store, write_json, out)
    document: dict[str, Any] = orjson.loads(out.getvalue())
    return document


def test_the_export_carries_the_layer_and_marks_corrected_relations(store: Store) -> None:
    relation = _relation(Corpus.open(store), "iran", "russia", "PARTNER")
    _correct_relation(store, relation, "relation.accept", True)
    commit_correction(store, "actor.rename", {"entity": "nobody-at-all"}, "X", None)
    exported = _exported(store)
    layers = {r["id"]: r["provenance"] for r in exported["relations"]}
    assert layers[relation] == "reviewed"
    assert sorted(c["orphaned"] for c in exported["corrections"]) == [False, True]


def test_a_correction_made_after_an_undo_never_takes_the_undone_ones_id(store: Store) -> None:
    first = commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    assert first.correction is not None
    undo_correction(store, first.correction.id)
    second = commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    assert second.correction is not None and second.correction.id != first.correction.id


def test_a_relation_added_by_the_reader_is_shown_corrected_and_kept(store: Store) -> None:
    corpus = Corpus.open(store)
    article = corpus.article(ARTICLE)
    sentence = next(
        article.text[s.start : s.end]
        for s in article.sentences
        if "Georgia" in article.text[s.start : s.end] and "Russia" in article.text[s.start : s.end]
    )
    target = {"article": ARTICLE, "source": "russia", "target": "georgia", "sentence": sentence}
    added = commit_correction(store, "relation.add", target, "ASSAULT", None).correction
    assert added is not None
    corpus = Corpus.open(store)
    relation = corpus.relation(f"{ARTICLE}:{added.id}", ARTICLE)
    assert relation is not None and relation.provenance == "reviewed"
    assert article.text[relation.evidence.start : relation.evidence.end] == sentence
    # Corrected as the machine's are: here reversed.
    key = corpus.relation_target(relation.id, ARTICLE)
    assert key is not None
    commit_correction(store, "relation.reverse", key, True, False)
    reversed_ = Corpus.open(store).relation(relation.id, ARTICLE)
    assert reversed_ is not None and (reversed_.source, reversed_.target) == ("georgia", "russia")
    exported = _exported(store)
    assert any(r["id"] == relation.id for r in exported["relations"])
    assert not any(c["orphaned"] for c in exported["corrections"])


def test_a_mention_taken_from_its_actor_and_one_given_to_another(store: Store) -> None:
    corpus = Corpus.open(store)
    first, second = [m for m in corpus.mentions_of("iran", ARTICLE)][:2]
    for mention, kind, value in ((first, "mention.not", True), (second, "mention.of", "russia")):
        key = corpus.mention_target(mention)
        assert key is not None
        commit_correction(store, kind, key, value, "iran")
    corpus = Corpus.open(store)
    iran = {m.start for m in corpus.mentions_of("iran", ARTICLE)}
    assert first.start not in iran and second.start not in iran
    assert second.start in {m.start for m in corpus.mentions_of("russia", ARTICLE)}
    assert first.start not in {m.start for m in corpus.mentions_in(ARTICLE)}
    assert not any(corpus.orphaned(c) for c in corpus.layer.corrections)
    mentions = _exported(store)["mentions"]
    assert (second.start, "russia") in {(m["start"], m["entity"]) for m in mentions}


def test_words_marked_a_mention_become_the_actors_kept_on_reingest_and_undone(
    store: Store,
) -> None:
    article = Corpus.open(store).article(ARTICLE)
    sentence = next(
        article.text[s.start : s.end]
        for s in article.sentences
        if "Supreme Leader" in article.text[s.start : s.end]
    )
    at = sentence.index("Supreme Leader")
    target = {"article": ARTICLE, "sentence": sentence, "words": "Supreme Leader", "at": str(at)}
    made = commit_correction(store, "mention.add", target, "ruhollah-khomeini", None).correction
    assert made is not None
    start = article.text.index(sentence) + at

    def marked() -> list[tuple[int, int, str]]:
        mentions = Corpus.open(store).mentions_of("ruhollah-khomeini", ARTICLE)
        return [(m.start, m.end, m.provenance) for m in mentions if m.text == "Supreme Leader"]

    assert marked() == [(start, start + len("Supreme Leader"), "reviewed")]
    store.put(bundled_records())  # a new extraction of the same text
    assert marked() == [(start, start + len("Supreme Leader"), "reviewed")]
    assert not any(Corpus.open(store).orphaned(c) for c in Corpus.open(store).layer.corrections)
    undo_correction(store, made.id)
    assert marked() == []


def test_words_already_a_mention_of_the_actor_are_not_counted_twice(store: Store) -> None:
    corpus = Corpus.open(store)
    article = corpus.article(ARTICLE)
    first = corpus.mentions_of("iran", ARTICLE)[0]
    sentence = next(s for s in article.sentences if s.contains(first.start))
    words = article.text[first.start : first.end]
    at = str(first.start - sentence.start)
    text = article.text[sentence.start : sentence.end]
    target = {"article": ARTICLE, "sentence": text, "words": words, "at": at}
    before = len(corpus.mentions_of("iran", ARTICLE))
    commit_correction(store, "mention.add", target, "iran", None)
    assert len(Corpus.open(store).mentions_of("iran", ARTICLE)) == before


@pytest.mark.parametrize("content", [b"{not json", b'{"corrections": {"1": {"id": 1}}}', b"[]"])
def test_a_damaged_layer_file_is_named_in_one_line_and_left_as_it_is(
    store: Store, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from personae.tui.cli import main

    commit_correction(store, "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    assert store.path is not None
    [layer] = store.path.with_name("personae.json.pieces").glob("reviewed-*.json")
    layer.write_bytes(content)
    with pytest.raises(StoreError, match=f"{layer.name} .*corrupt"):
        Corpus.open(Store.open(store.path))
    capsys.readouterr()
    assert main(["--db", str(store.path), "list"]) != 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and layer.name in err and "Traceback" not in err
    assert layer.read_bytes() == content
