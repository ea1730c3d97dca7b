"""Names compiled from the coders' capitalised dictionaries are written as news writes them:
"N'Djamena" and "O'Connor" with a capital after the elision, "Port-au-Prince" with hyphens;
so a capital named in the text is its state's city, not an unknown name."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from tests.tools.build_actors import cased, place_aliases


def test_an_elided_particle_keeps_the_capital_after_it() -> None:
    assert cased("N'ZEMBALA_") == "N'Zembala"
    assert cased("TOVAR_O'QUELL_") == "Tovar O'Quell"
    assert cased("S'QUARN") == "S'quarn"  # an abbreviation, not an elision


def test_a_place_with_a_french_particle_is_also_named_with_hyphens() -> None:
    assert place_aliases(cased("VILLE_SUR_QUARN_")) == ("Ville-sur-Quarn",)
    assert place_aliases("Quarn Valley Road") == ()


def test_capitals_written_with_an_elision_or_hyphens_are_their_state_s() -> None:
    text = "The ministry in N'Djamena said gangs control much of Port-au-Prince."
    extraction = extract(RawArticle("", text, date="2024-02-13"), "a")
    assert {(m.text, m.entity) for m in extraction.mentions} == {
        ("N'Djamena", "chad"),
        ("Port-au-Prince", "haiti"),
    }
