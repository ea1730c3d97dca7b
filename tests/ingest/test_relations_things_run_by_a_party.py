"""Offices, schools, rigs or ground run, owned or held by a state or a group make it a party
to what is done to them ("shut down Serbian-run offices", "struck Russian-held territory").
Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_offices_run_by_a_state_are_its() -> None:
    found = typed_in("Kosovo police closed four Serbian-run post offices in the north on Monday.")
    assert any(target == "Serbia" for _, _, target in found)


def test_rigs_owned_by_a_state_s_companies_are_its() -> None:
    found = typed_in("Venezuela seized two U.S.-owned drilling rigs on Friday.")
    assert ("Venezuela", "COERCE", "United States") in found


def test_ground_held_by_a_state_is_its() -> None:
    found = typed_in("Ukrainian drones struck Russian-held territory in the south on Sunday.")
    assert ("Ukraine", "ASSAULT", "Russia") in found
