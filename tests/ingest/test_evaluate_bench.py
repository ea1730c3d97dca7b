"""Evaluation arithmetic, the gazetteer generator, and the benchmark's shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personae.store.ingest.evaluate import (
    Score,
    evaluate,
    evaluate_corpus_timelines,
    format_scores,
    match_entities,
)
from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.model import Entity, Event, Mention, Relation, Span
from tests.tools import build_gazetteer
from tests.tools.bench_ingest import bench_extract

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews-apple"


def test_score_arithmetic() -> None:
    s = Score(tp=3, fp=1, fn=3)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert s.f1 == pytest.approx(0.6)
    assert Score().f1 == 0.0


def test_evaluate_matches_names_and_aliases() -> None:
    predicted = extract(
        RawArticle("t", "Tehran supplies Moscow with drones. Canada and Peru were quiet."), "a"
    )
    gold_entities = [
        Entity("ir", "Islamic Republic of Iran", "state", ("Tehran",)),
        Entity("ru", "Russia", "state"),
        Entity("xx", "Atlantis", "state"),
    ]
    assert match_entities(gold_entities, predicted.entities) == {"iran": "ir", "russia": "ru"}
    gold_relations = [Relation("g1", "a", "ir", "ru", "AID", Span(0, 1))]
    gold_events = [Event("e1", "a", "2008", "year", True, "x", Span(0, 1))]
    gold_mentions = [Mention("ir", "a", 0, 6, "Tehran")]
    scores = evaluate(gold_entities, gold_mentions, gold_relations, gold_events, predicted)
    assert (scores["actors"].tp, scores["actors"].fp, scores["actors"].fn) == (2, 2, 1)
    assert scores["mentions"].tp == 1
    assert scores["relation pairs"].tp == 1 and scores["relation pairs"].fp == 1  # Canada-Peru
    assert scores["relations typed"].tp == 1
    assert scores["dated events"].fn == 1
    table = format_scores(scores, "demo")
    assert table.splitlines()[0] == "demo" and "relation pairs" in table


@pytest.mark.skipif(not CORPUS.is_dir(), reason="practice corpus not beside the repository")
def test_corpus_timelines_run() -> None:
    row = evaluate_corpus_timelines(CORPUS)["timeline dates"]
    assert row.tp > 0 and row.tp + row.fn > 100


def test_gazetteer_generator_builds_states_and_supplement() -> None:
    supplement = json.loads(build_gazetteer.SUPPLEMENT.read_text(encoding="utf-8"))
    data = build_gazetteer.build(supplement)
    by_name = {e["name"]: e for e in data["entries"]}
    assert "Tehran" in by_name["Iran"]["metonyms"]
    assert "Islamic Republic of Iran" in by_name["Iran"]["aliases"]
    assert by_name["Hamas"]["kind"] == "armed_group"
    assert len([e for e in data["entries"] if e["kind"] == "state"]) >= 249
    # assets/gazetteer.json is regenerated after every supplement edit (pycountry's own names
    # may drift between releases, so only the supplement is compared).
    shipped = {
        e["name"] for e in json.loads(build_gazetteer.GAZETTEER.read_text("utf-8"))["entries"]
    }
    assert {e["name"] for e in supplement["entries"]} <= shipped
    subdivisions = build_gazetteer.subdivisions(data["entries"], supplement["subdivisions"])
    assert subdivisions["borno"] == "Nigeria" and subdivisions["paktika"] == "Afghanistan"
    # English names of regions ISO writes in their own language ("País Vasco")
    assert subdivisions["basque country"] == "Spain" and subdivisions["xinjiang"] == "China"
    shipped_subdivisions = json.loads(build_gazetteer.SUBDIVISIONS.read_text("utf-8"))["names"]
    assert shipped_subdivisions["chechnya"] == "Russia"
    assert "georgia" not in subdivisions  # a state's own name is no one's province


def test_bench_reports_every_stage() -> None:
    result = bench_extract(20)
    for key in ("read_clean", "segment", "actors", "relations", "dates", "mb_per_s"):
        assert result[key] >= 0
    assert result["articles"] == 20 and result["articles_per_s"] > 0
