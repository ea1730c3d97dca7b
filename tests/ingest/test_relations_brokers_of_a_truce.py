"""Every broker of a truce named "brokered by X and the Y" mediates it (CAMEO 045): neither
is a party to the truce, nor do the brokers meet each other by it; a body the dictionaries
file under its own acronym ("WFP") belongs to no one by that.  Sentences written for these
tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_brokers_listed_with_the_are_all_mediators() -> None:
    found = typed_in(
        "Fighting between Sudan's army and the paramilitary Rapid Support Forces intensified "
        "in the capital on Monday after a ceasefire brokered by Saudi Arabia and the United "
        "States expired, residents said."
    )
    assert {("Saudi Arabia", "CONSULT", "Sudan"), ("United States", "CONSULT", "Sudan")} <= found
    assert not {t for t in found if t[2] == "United States"}, found
    assert ("Saudi Arabia", "CONSULT", "United States") not in found


def test_a_body_filed_under_its_own_acronym_belongs_to_no_one() -> None:
    found = entities_in(
        "The World Food Programme said looters had stolen food aid in Sudan.", "2023-06-05"
    )
    assert found["World Food Program"].affiliation is None
    assert "wfp" not in {e.id for e in found.values()}
