"""The bundled article's curated annotation: complete, consistent, and tied to the text."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from personae.store.annotation import ASSETS, AnnotationError, bundled_records, evidence_sentence
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords
from personae.store.model import ENTITY_KINDS, RELATION_TYPES

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "iran-russia-alliance.txt"


def test_the_bundled_article_is_the_seed_byte_for_byte() -> None:
    if not SEED.exists():
        pytest.skip("the shared seed is not beside this checkout")
    assert (ASSETS / "iran-russia-alliance.txt").read_bytes() == SEED.read_bytes()


def test_the_loader_drops_scraping_leftovers_and_reads_the_dateline(
    bundled: ArticleRecords,
) -> None:
    article = bundled.article
    assert article.title == "The Iran-Russia Alliance: Challenges and Implications"
    assert (article.dateline, article.date) == ("Los Angeles", "2023-10-28")
    assert "top of page" not in article.text and "bottom of page" not in article.text
    assert article.text.startswith("Los Angeles, October 28, 2023 - The recent conflict")
    assert len(article.passages) == 10


def test_every_record_is_labelled_curated(bundled: ArticleRecords) -> None:
    records = [bundled.article, *bundled.entities, *bundled.mentions]
    records += [*bundled.relations, *bundled.events]
    assert {r.provenance for r in records} == {"curated"}


def test_mentions_cover_every_name_the_text_uses(corpus: Corpus, bundled: ArticleRecords) -> None:
    iran = corpus.resolve("iran")
    assert iran is not None
    assert {m.text for m in corpus.mentions_of(iran.id)} == {"Iran", "Tehran"}
    assert {m.text for m in corpus.mentions_of("russia")} == {"Russia", "Moscow", "Russian"}
    text = bundled.article.text
    assert all(text[m.start : m.end] == m.text for m in bundled.mentions)
    # "Russia's" is a mention of Russia; "Iran-Russia" names both.
    russia = corpus.resolve("Moscow")
    assert russia is not None and russia.name == "Russia"
    hyphen = text.index("Iran-Russia relationship")
    starts = {m.start: m.entity for m in bundled.mentions}
    assert starts[hyphen] == iran.id and starts[hyphen + 5] == russia.id
    assert corpus.resolve("Khomeini") == corpus.resolve("Ruhollah Khomeini")


def test_relations_answer_the_readers_questions(corpus: Corpus, bundled: ArticleRecords) -> None:
    text = bundled.article.text
    given = [r for r in corpus.relations_of("iran") if {r.source, r.target} == {"iran", "russia"}]
    iran_to_russia = [r for r in given if r.source == "iran" and r.type == "AID"]
    assert any("drones" in text[r.evidence.start : r.evidence.end] for r in iran_to_russia)
    russia_to_iran = [r for r in given if r.source == "russia"]
    assert any(
        "Security Council" in text[r.evidence.start : r.evidence.end] for r in russia_to_iran
    )
    assert any(
        r.negated and "top-tier" in text[r.evidence.start : r.evidence.end] for r in russia_to_iran
    )
    hedged = [r for r in corpus.relations_in(bundled.article.id) if r.hedge]
    assert any("unconfirmed" in (r.hedge or "") for r in hedged)
    sanctions = [r for r in corpus.relations_of("russia") if r.type == "SANCTION"]
    assert any(r.source == "united-states" for r in sanctions)  # passive voice, read right


def test_every_type_kind_and_actor_is_valid(bundled: ArticleRecords) -> None:
    ids = {e.id for e in bundled.entities}
    assert all(e.kind in ENTITY_KINDS for e in bundled.entities)
    assert all(r.type in RELATION_TYPES for r in bundled.relations)
    assert all({r.source, r.target} <= ids for r in bundled.relations)
    assert all(set(e.actors) <= ids for e in bundled.events)
    assert all(bundled.article.text[e.evidence.start : e.evidence.end] for e in bundled.events)


def test_the_timeline_keeps_stated_and_inferred_apart(bundled: ArticleRecords) -> None:
    stated = {e.date for e in bundled.events if e.stated}
    assert {"2008", "2014", "2023-10-28"} <= stated
    inferred = {e.date: e for e in bundled.events if not e.stated}
    assert inferred["1991-12"].precision == "month"  # the Soviet collapse, from history
    assert inferred["2022-02-24"].precision == "day"


def test_a_quote_that_is_not_in_the_text_is_a_precise_error(
    bundled: ArticleRecords, tmp_path: Path
) -> None:
    with pytest.raises(AnnotationError, match="not found"):
        evidence_sentence(bundled.article, "Iran invades the Moon")
    with pytest.raises(AnnotationError, match="more than once"):
        evidence_sentence(bundled.article, "Iran")
    data = orjson.loads((ASSETS / "iran-russia-alliance.annotation.json").read_bytes())
    data["article"]["file"] = str(ASSETS / "iran-russia-alliance.txt")
    data["relations"][0]["target"] = "atlantis"
    broken = tmp_path / "broken.json"
    broken.write_bytes(orjson.dumps(data))
    with pytest.raises(AnnotationError, match="atlantis"):
        bundled_records(broken)
