"""A leader who "ordered the expulsion of U.S. Ambassador X" expels him (CAMEO 1661,
SANCTION): the order was read as coercion (set 41a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_an_ordered_expulsion_of_a_named_ambassador_expels() -> None:
    found = stored_in(
        "Ecuadorean President Rafael Correa ordered the expulsion of U.S. Ambassador Heather"
        " Hodges on Tuesday, accusing her of meddling.",
        "2011-04-05",
    )
    assert ("Ecuador", "SANCTION", "United States") in found
    assert not [row for row in found if row[1] == "COERCE"], found


def test_embassy_staff_expelled_are_ties_cut_as_diplomats_expelled_are() -> None:
    found = stored_in(
        "Russia ordered four British diplomats out of the country on Thursday in retaliation"
        " for London's expulsion of four Russian embassy staff.",
        "2007-07-19",
    )
    assert ("United Kingdom", "SANCTION", "Russian embassy") in found
    assert not [row for row in found if row[1] == "COERCE"], found


def test_an_ambassador_declared_persona_non_grata_is_expelled() -> None:
    found = stored_in(
        "Peru declared Mexico's ambassador persona non grata on Tuesday.", "2022-12-20"
    )
    assert ("Peru", "SANCTION", "Mexico's ambassador") in found
