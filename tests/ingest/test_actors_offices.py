"""A state's bodies belong to their state: the ones the lexicon knows, one named right after
a state ("the US Justice Department", "Rwanda's Senate"), one written in lower case."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2015-03-25")


def test_a_state_department_in_lower_case_is_the_state_department_of_its_state() -> None:
    entities = _entities("The US State department has advised against travel to Tunisia.")
    assert "State" not in entities
    body = entities["United States Department of State"]
    assert body.kind == "government" and body.affiliation == "united-states"


def test_a_body_the_lexicon_knows_belongs_to_its_state() -> None:
    entities = _entities("The CIA and the FSB traded accusations.")
    assert entities["Central Intelligence Agency"].affiliation == "united-states"
    assert entities["FSB"].affiliation == "russia"


def test_a_body_of_government_named_after_a_state_belongs_to_it() -> None:
    entities = _entities(
        "The U.S. Justice Department sued Northwind. Rwanda's Senate approved the budget."
    )
    assert entities["Justice Department"].affiliation == "united-states"
    assert entities["Senate"].affiliation == "rwanda"


def test_an_office_named_before_a_person_is_their_state_whatever_the_date() -> None:
    text = "Kenyan Trade Minister Moses Wetangula met the visitors."
    for date in ("2006-03-28", "2009-01-01", "2030-01-01"):
        entities = {e.name: e for e in extract(RawArticle("", text, date=date), "a").entities}
        assert entities["Moses Wetangula"].affiliation == "kenya", date
