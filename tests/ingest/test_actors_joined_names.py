"""An institution's name joined by "and" ("the Peace and Security Council") is one name:
neither its first word alone nor a known body named by its last words."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _names(text: str) -> set[str]:
    return {e.name for e in extract(RawArticle("", text, date="2024-02-13"), "a").entities}


def test_a_name_joined_by_and_ending_as_an_institution_s_is_one_name() -> None:
    names = _names("Zembla suspended the talks, the bloc's Peace and Security Council said.")
    assert "Peace and Security Council" in names
    assert "Peace" not in names and "UN Security Council" not in names


def test_two_institutions_joined_by_and_stay_two() -> None:
    names = _names("The Zembla Bank and Quarn Ministry signed a deal on Monday.")
    assert "Zembla Bank" in names and "Quarn Ministry" in names


def test_two_known_actors_joined_by_and_stay_two() -> None:
    names = _names("Russia and the United Nations Security Council disagreed on Monday.")
    assert {"Russia", "UN Security Council"} <= names


def test_a_spanish_particle_joins_one_name() -> None:
    names = _names("Police raided a villa on the Costa del Sol on Friday.")
    assert "Costa del Sol" in names
    assert "Costa" not in names


def test_a_known_company_s_name_is_never_cut_to_end_on_and() -> None:
    """ "New York and Company" is a company; "New York and" is no name of it."""
    names = _names("The attacks on New York and Washington killed nearly 3,000 people.")
    assert "New York and" not in names
    assert "United States" in names
