"""Meetings are had by both sides: host and guest, caller and called, as event coders code
them (CAMEO 042/043, PLOVER CONSULT both ways); a summons is no meeting of equals.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_host_meets_its_guest() -> None:
    # one way: the coders of sets 38a, 40a and 41a code a host meeting its guests, never the
    # guests the host (3 sentences of 3), while one received or welcomed meets the other too
    assert _typed("Nigeria hosted Ghana in Abuja on Tuesday for talks on trade.") == {
        ("Nigeria", "CONSULT", "Ghana"),
    }


def test_guard_one_received_and_the_one_who_receives_meet_each_other() -> None:
    assert _typed("Nigeria received Ghana's president in Abuja on Tuesday.") >= {
        ("Nigeria", "CONSULT", "Ghana's president"),
        ("Ghana's president", "CONSULT", "Nigeria"),
    }


def test_a_phone_call_is_had_by_both_sides() -> None:
    assert _typed("Japan spoke by telephone with Australia on Friday.") == {
        ("Japan", "CONSULT", "Australia"),
        ("Australia", "CONSULT", "Japan"),
    }


def test_receiving_a_leader_is_a_meeting_receiving_a_thing_is_not() -> None:
    assert _typed("The Emir of Qatar received the Turkish President in Doha.") == {
        ("Qatar", "CONSULT", "Turkish President"),
        ("Turkish President", "CONSULT", "Qatar"),
    }
    assert _typed("Iran received Russian weapons on Monday.") == set()


def test_a_summons_goes_one_way() -> None:
    assert _typed("Poland summoned the Hungarian ambassador on Monday.") == {
        ("Poland", "ACCUSE", "Hungarian ambassador")  # a complaint (CAMEO 114), one way
    }


def test_he_in_a_where_clause_is_the_sentences_subject() -> None:
    found = _typed(
        "Peru's president flew to Quito on Friday, where he met Ecuadorian leader Daniel Noboa."
    )
    assert {
        ("Peru's president", "CONSULT", "Ecuador"),
        ("Ecuador", "CONSULT", "Peru's president"),
    } <= found


def test_a_guest_greeted_after_a_role_named_with_as_is_met_by_the_host() -> None:
    found = _typed(
        "Pope Francis arrived in Mexico on Friday on his first visit as pontiff and was "
        "greeted at the airport by President Enrique Pena Nieto."
    )
    assert ("Enrique Pena Nieto", "CONSULT", "Pope Francis") in found
