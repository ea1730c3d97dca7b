"""Seas and regions are places, not parties; a brand written in camel case is a name even
when it opens a sentence; "the southern city of Kherson" lies in the state it is a region of."""

from __future__ import annotations

from personae.store.ingest.extract import Extraction, extract
from personae.store.ingest.read import RawArticle
from personae.store.model import Entity


def _extract(text: str) -> Extraction:
    return extract(RawArticle("", text, date="2022-09-12"), "a")


def _entities(text: str) -> dict[str, Entity]:
    return {e.name: e for e in _extract(text).entities}


def test_a_sea_is_a_place_and_no_party_to_joint_exercises_held_there() -> None:
    extraction = _extract(
        "Thai and Indian warships held joint exercises in the Andaman Sea on Monday."
    )
    sea = next(e for e in extraction.entities if e.name == "Andaman Sea")
    assert sea.kind == "place"
    assert all(sea.id not in (r.source, r.target) for r in extraction.relations)
    assert {(r.source, r.target) for r in extraction.relations} >= {("thailand", "india")}


def test_features_of_the_land_are_places() -> None:
    entities = _entities(
        "Herders crossed the Rift Valley on foot. Rebels hid in the Malacca Strait."
    )
    assert entities["Rift Valley"].kind == "place"
    assert entities["Malacca Strait"].kind == "place"


def test_a_region_after_a_compass_word_is_a_place() -> None:
    entities = _entities("Ethiopia said rebels had regrouped in the eastern Ogaden.")
    assert entities["Ogaden"].kind == "place"


def test_a_camel_case_brand_opening_a_sentence_is_a_name() -> None:
    entities = _entities("PayPal froze the accounts of the campaign on Monday.")
    assert "PayPal" in entities


def test_an_abbreviation_in_mixed_case_opening_a_sentence_is_no_name() -> None:
    entities = _entities("VoIP calls were blocked across the country on Monday.")
    assert "VoIP" not in entities


def test_a_sea_named_with_of_is_a_place_and_no_target() -> None:
    extraction = _extract("Iran seized an oil tanker in the Strait of Hormuz on Friday.")
    strait = next(e for e in extraction.entities if e.name == "Strait of Hormuz")
    assert strait.kind == "place"
    assert all(strait.id not in (r.source, r.target) for r in extraction.relations)


def test_a_landmark_named_by_its_noun_is_a_place() -> None:
    found = _entities(
        "Seoul protested against the minister's visit to the Meiji war shrine, and Manila said"
        " Chinese ships blocked a supply boat near Sabina Shoal and the Kaladan river."
    )
    assert {found[name].kind for name in ("Meiji", "Sabina Shoal", "Kaladan")} == {"place"}


def test_a_town_after_in_is_no_organisation_for_the_protesters_before_it() -> None:
    extraction = _extract("Thousands of protesters gathered in Rifai on Monday.")
    town = next(e for e in extraction.entities if e.name == "Rifai")
    assert town.kind in ("place", "other")  # where they gathered; unknown stays unknown


def test_a_region_named_as_the_city_of_its_seat_lies_in_its_state() -> None:
    text = "KYIV (Reuters) - Russian artillery pounded the southern city of Kherson on Monday."
    assert _entities(text)["Kherson"].affiliation == "ukraine"


def test_a_place_named_with_a_hyphened_modifier_before_its_noun_is_the_states() -> None:
    found = _entities("Rebels ambushed a convoy in Peru's VRAEM coca-growing valley on Sunday.")
    assert found["VRAEM"].kind == "place"
    assert found["VRAEM"].affiliation == "peru"
