"""The extraction entry point: records, ids, provenance, known entities, and the bundled article."""

from __future__ import annotations

from pathlib import Path

from personae.store.ingest.extract import EXTRACTOR_VERSION, extract, slug
from personae.store.ingest.files import read_file
from personae.store.ingest.read import RawArticle
from personae.store.model import RELATION_TYPES, Entity

BUNDLED = Path(__file__).resolve().parents[2] / "assets" / "iran-russia-alliance.txt"


def test_records_are_extracted_versioned_and_consistent() -> None:
    x = extract(read_file(BUNDLED), "seed")
    assert x.article.id == "seed" and x.article.content_hash == ""
    assert x.article.date == "2023-10-28" and x.article.dateline == "Los Angeles"
    records = [x.article, *x.entities, *x.mentions, *x.relations, *x.events]
    assert all(r.provenance == "extracted" for r in records)
    assert all(r.extractor_version == EXTRACTOR_VERSION for r in records)
    ids = {e.id for e in x.entities}
    text = x.article.text
    for m in x.mentions:
        assert m.entity in ids and text[m.start : m.end] == m.text
        assert not text[m.end : m.end + 1].isalnum()  # whole words only
    for r in x.relations:
        assert r.source in ids and r.target in ids and r.type in RELATION_TYPES
        assert r.evidence in x.article.sentences
    assert [r.id for r in x.relations] == [f"seed:r{i + 1}" for i in range(len(x.relations))]
    assert [e.id for e in x.events] == [f"seed:e{i + 1}" for i in range(len(x.events))]


def test_bundled_article_key_facts() -> None:
    x = extract(read_file(BUNDLED), "seed")
    names = {e.name for e in x.entities}
    assert {"Iran", "Russia", "Hamas", "Ruhollah Khomeini", "Wagner Group", "NATO"} <= names
    triples = {(r.source, r.type, r.target, r.negated) for r in x.relations}
    assert ("iran", "AID", "russia", False) in triples
    assert ("russia", "AID", "iran", True) in triples  # "Russia didn't provide Iran"
    # passive voice; imposing sanctions is COERCE in the PLOVER table (CAMEO 163)
    assert ("united-states", "COERCE", "russia", False) in triples
    dates = {(e.date, e.stated) for e in x.events}
    assert {("2008", True), ("2014", True), ("2023-10-28", True)} <= dates


def test_known_entities_lend_their_ids() -> None:
    known = [
        Entity("persia", "Persia", "state", ("Islamic Republic of Iran",), provenance="curated")
    ]
    raw = RawArticle(title="t", text="Iran met Russia. Persia and Russia talked.")
    x = extract(raw, "a", known=known)
    iran = [e for e in x.entities if e.id == "persia"]
    assert len(iran) == 1 and iran[0].name == "Persia"
    assert {m.entity for m in x.mentions if m.text == "Iran"} == {"persia"}
    assert all(r.source in {"persia", "russia"} for r in x.relations)


def test_same_name_in_two_articles_is_one_entity() -> None:
    first = extract(RawArticle("a", "Acme Corp. sued Globex Inc. in Ohio."), "a")
    second = extract(RawArticle("b", "Acme Corp. praised Globex Inc."), "b", known=first.entities)
    assert {e.id for e in first.entities} >= {e.id for e in second.entities}


def test_undated_report_takes_publication_date_marked_inferred() -> None:
    raw = RawArticle("t", "Boeing announced a new jet.", date="2010-06-08")
    events = extract(raw, "a").events
    assert [(e.date, e.precision, e.stated) for e in events] == [("2010-06-08", "day", False)]
    assert extract(RawArticle("t", "Boeing announced a new jet."), "a").events == []


def test_slug() -> None:
    assert slug("Bashar al-Assad") == "bashar-al-assad"
    assert slug("Israel's allies") == "israels-allies"
    assert (
        slug("26th United States secretary of defense") == "26th-united-states-secretary-of-defense"
    )
