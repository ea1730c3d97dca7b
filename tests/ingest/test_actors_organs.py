"""A body the coders' dictionaries code as another body (the UN Security Council as the UN)
belongs to it: what it does, the body does, as event coders count it."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.gazetteer import GazetteerEntry
from personae.store.ingest.read import RawArticle
from tests.tools.build_actors import _merged


def test_a_hand_kept_body_coded_as_another_body_belongs_to_it() -> None:
    league = GazetteerEntry("Ostravan League", "organisation", ("OL",))
    council = GazetteerEntry("Council of Ostrava", "organisation", ("Ostrava Council",))
    coded = [
        ["Ostrava Council", "organisation", [], "Ostravan League", "Ostravan League"],
        ["OL", "organisation", [], "Ostravan League", "Ostravan League"],
    ]
    merged = {e.name: e for e in _merged([league, council], {}, [], coded)}
    assert merged["Council of Ostrava"].affiliation == "Ostravan League"
    assert merged["Ostravan League"].affiliation is None  # coded as itself


def test_a_unit_with_a_code_of_its_own_stays_apart() -> None:
    council = GazetteerEntry("Council of Ostrava", "organisation", ("Ostrava Council",))
    coded = [["Ostrava Council", "organisation", [], "Ostravan League", None]]
    merged = {e.name: e for e in _merged([council], {}, [], coded)}
    assert merged["Council of Ostrava"].affiliation is None


def test_the_security_council_acts_for_the_un() -> None:
    text = "The UN Security Council imposed an arms embargo on Zembla on Friday."
    entities = {e.name: e for e in extract(RawArticle("", text, date="2020-05-29"), "a").entities}
    assert entities["UN Security Council"].affiliation == "united-nations"


def test_the_european_union_s_institutions_and_un_funds_belong_to_their_body() -> None:
    """Event coders code the European Commission as the EU and UNICEF as the UN: selecting
    the EU lights up what its Commission did."""
    text = "The European Commission and UNICEF sent aid to Gaza on Monday."
    entities = {e.name: e for e in extract(RawArticle("", text, date="2024-01-08"), "a").entities}
    assert entities["European Commission"].affiliation == "european-union"
    assert entities["UNICEF"].affiliation == "united-nations"
