"""Missiles fired or test-fired into the waters off a state hit no one there: a show of force
toward it (CAMEO 15, MOBILIZE), whatever the dictionary's "fire" with an object reads."""

from __future__ import annotations

from relation_support import stored_in


def test_missiles_fired_into_waters_off_a_state_are_a_show_of_force() -> None:
    found = stored_in(
        "North Korea test-fired two missiles into waters off Japan's northern coast on Tuesday.",
        "2017-08-29",
    )
    assert ("North Korea", "MOBILIZE", "Japan") in found
    fired = stored_in(
        "China fired missiles into waters off Taiwan's two biggest ports on Friday.",
        "1996-03-08",
    )
    assert ("China", "MOBILIZE", "Taiwan") in fired
    assert not [row for row in fired if row[1] in ("ACCUSE", "ASSAULT")]


def test_artillery_shells_fired_into_waters_are_a_show_of_force_too() -> None:
    found = stored_in(
        "North Korea fired dozens of artillery shells into waters off South Korea's western"
        " islands on Wednesday.",
        "2014-07-02",
    )
    assert ("North Korea", "MOBILIZE", "South Korea") in found
    assert not [row for row in found if row[1] == "ASSAULT"]


def test_a_missile_that_splashed_down_in_a_states_waters_is_a_show_of_force() -> None:
    found = stored_in(
        "North Korea test-fired an intercontinental ballistic missile on Tuesday that splashed"
        " down in Japan's exclusive economic zone.",
        "2023-02-18",
    )
    assert ("North Korea", "MOBILIZE", "Japan") in found
