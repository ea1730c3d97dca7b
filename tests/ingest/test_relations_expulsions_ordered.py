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
