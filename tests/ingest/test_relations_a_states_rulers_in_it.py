"""A state's rulers named by where they rule ("the junta in Niger", "the leadership in
Pyongyang") are the state: it is the party, not the place where something happens; unless
another state's adjective names them ("British authorities in Gibraltar": Britain's); an
election "in" a state is that state's."""

from __future__ import annotations

from relation_support import stored_in


def test_a_threat_against_the_junta_in_a_state_threatens_the_state() -> None:
    found = stored_in(
        "ECOWAS leaders threatened on Sunday to use force against the junta in Niger unless the"
        " ousted president was reinstated within a week.",
        "2023-07-30",
    )
    assert ("ECOWAS", "THREATEN", "Niger") in found


def test_sanctions_on_the_leadership_in_a_state_fall_on_the_state() -> None:
    found = stored_in(
        "The European Union imposed sanctions on the leadership in Belarus on Monday.",
        "2020-10-12",
    )
    assert ("European Union", "COERCE", "Belarus") in found


def test_guard_a_meeting_in_a_state_still_takes_no_place_as_a_party() -> None:
    found = stored_in("Leaders of France and Germany met in Poland on Monday.", "2021-05-03")
    assert not [row for row in found if "Poland" in (row[0], row[2])]


def test_authorities_another_state_names_act_for_it_where_they_are() -> None:
    found = stored_in(
        "Spain summoned Britain's ambassador on Monday after British authorities in Gibraltar"
        " detained the crew of a Spanish fishing boat.",
        "2019-03-04",
    )
    assert ("United Kingdom", "COERCE", "Spain") in found
    assert not [row for row in found if "Gibraltar" in (row[0], row[2])]


def test_an_election_in_a_state_not_recognised_is_a_rejection_of_the_state() -> None:
    found = stored_in(
        "The United States and the European Union refused on Monday to recognise the result of"
        " Sunday's presidential election in Nicaragua.",
        "2021-11-08",
    )
    assert {
        ("United States", "REJECT", "Nicaragua"),
        ("European Union", "REJECT", "Nicaragua"),
    } <= found
