"""Days named for a feast or a cause ("May Day", "Victory Day", "Christmas Day") and what is
held on them ("May Day Mass") are no actors; a person surnamed Day still is."""

from __future__ import annotations

import pytest
from relation_support import entities_in


@pytest.mark.parametrize(
    "text",
    [
        "Riot police in Istanbul detained dozens of May Day marchers on Friday.",
        "Russia staged its Victory Day parade in Moscow as Chinese troops marched alongside.",
        "On Christmas Day, Israeli troops raided Bethlehem.",
        "Thousands of Solidarity supporters marched after a May Day Mass in Gdansk.",
    ],
)
def test_a_day_and_what_is_held_on_it_are_no_actor(text: str) -> None:
    found = entities_in(text, "2015-05-01")
    assert not [name for name in found if "Day" in name.split()], found


def test_guard_a_person_surnamed_day_is_still_a_person() -> None:
    found = entities_in("Doris Day met President Ronald Reagan at the White House.", "1985-06-01")
    assert found["Doris Day"].kind == "person"
