"""Visits and shows of force: a guest greeted, welcomed or embraced by a host met the host,
each the other (CAMEO 042, 043), and a passive's agent may carry an office before the name;
a missile fired over a state shows force to it, as do two sides massing troops on their
border, each to the other; troops pouring across a border attack."""

from __future__ import annotations

from relation_support import typed_in


def test_a_guest_greeted_by_a_host_and_the_host_met_each_other() -> None:
    found = typed_in(
        "Brazil's President Lula arrived in Maputo on Thursday and was greeted by Mozambican"
        " President Armando Guebuza."
    )
    assert {("Armando Guebuza", "CONSULT", "Lula"), ("Lula", "CONSULT", "Armando Guebuza")} <= (
        found
    )
    assert not any(k == "SUPPORT" for _, k, _ in found)


def test_a_host_named_with_an_office_after_by_is_the_agent() -> None:
    found = typed_in(
        "Chilean President Michelle Bachelet was welcomed at the airport by Prime Minister"
        " Justin Trudeau."
    )
    assert ("Justin Trudeau", "CONSULT", "Michelle Bachelet") in found
    assert ("Michelle Bachelet", "CONSULT", "Justin Trudeau") in found


def test_a_decision_welcomed_is_still_support() -> None:
    found = typed_in("Egypt welcomed Israel's decision to reopen the crossing.")
    assert ("Egypt", "SUPPORT", "Israel") in found


def test_a_missile_fired_over_a_state_shows_force_and_troops_pouring_in_attack() -> None:
    over = typed_in("North Korea fired a ballistic missile over Japan on Friday.")
    assert over == {("North Korea", "MOBILIZE", "Japan")}
    poured = typed_in("Iraqi troops poured across the border into Kuwait at dawn.")
    assert ("Iraqi troops", "ASSAULT", "Kuwait") in poured


def test_two_sides_massing_troops_on_their_border_each_show_force() -> None:
    found = typed_in(
        "Sudan and South Sudan have massed thousands of troops along their disputed border, the"
        " UN peacekeeping mission said on Friday."
    )
    assert {("Sudan", "MOBILIZE", "South Sudan"), ("South Sudan", "MOBILIZE", "Sudan")} <= found
    assert not any(k == "AID" for _, k, _ in found)
