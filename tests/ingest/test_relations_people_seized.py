"""People seized are abducted (CAMEO 181, ASSAULT) whoever they are ("seized 17 Filipino
holidaymakers", "kidnapped two journalists"), and a list of them goes on past the first
group ("17 Filipino holidaymakers and three Americans": both states' people)."""

from __future__ import annotations

import pytest
from relation_support import coded_in


def test_holidaymakers_and_a_count_of_a_people_are_all_abducted() -> None:
    text = (
        "MANILA (Reuters) - Abu Sayyaf gunmen seized 17 Filipino holidaymakers and three "
        "Americans from a resort on Sunday."
    )
    found = coded_in(text, "2001-05-27")
    assert found >= {
        ("abu sayyaf", "philippines", "ASSAULT"),
        ("abu sayyaf", "united states", "ASSAULT"),
    }
    assert ("abu sayyaf", "philippines", "COERCE") not in found


@pytest.mark.parametrize("people", ["journalists", "students", "schoolgirls"])
def test_people_seized_are_abducted(people: str) -> None:
    text = f"Boko Haram gunmen seized dozens of Nigerian {people} on Monday."
    assert ("boko haram", "nigeria", "ASSAULT") in coded_in(text, "2014-04-14")
