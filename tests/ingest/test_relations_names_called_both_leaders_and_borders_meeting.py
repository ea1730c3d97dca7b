"""Calling someone a name that charges them ("called his Rwandan counterpart Paul Kagame
an aggressor", "described as reckless") accuses them, with no telephone call; "both
leaders" or "both governments" mean the sides of the act told just before, as "both sides"
does ("both countries" two states); borders that "meet" are lines on a map, no meeting, and a "monitoring mission" a
body, no monitoring."""

from __future__ import annotations

from relation_support import stored_in


def test_calling_a_leader_an_aggressor_charges_him() -> None:
    found = stored_in(
        "Congolese President Felix Tshisekedi has repeatedly called his Rwandan counterpart"
        " Paul Kagame an aggressor.",
        "2025-01-27",
    )
    assert ("Felix Tshisekedi", "ACCUSE", "Paul Kagame") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_describing_another_or_its_act_as_a_wrong_charges_it() -> None:
    found = stored_in("Russia described Ukraine as a terrorist state.", "2024-05-02")
    assert ("Russia", "ACCUSE", "Ukraine") in found
    found = stored_in(
        "Egypt sent military equipment to Somalia, a move Ethiopia described as reckless.",
        "2024-08-28",
    )
    assert ("Ethiopia", "ACCUSE", "Egypt") in found


def test_guard_describing_talks_as_useful_charges_no_one() -> None:
    found = stored_in("Russia described the talks with Ukraine as useful.", "2024-05-02")
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_calling_for_an_arrest_of_terrorists_charges_no_one() -> None:
    found = stored_in("Israel called for the arrest of Hamas terrorists.", "2024-01-15")
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_both_governments_are_the_sides_told_before() -> None:
    found = stored_in(
        "Armenian troops shelled Azerbaijani positions on Monday. The European Union urged both"
        " governments to return to talks.",
        "2022-09-13",
    )
    assert ("European Union", "REQUEST", "Armenian troops") in found
    assert ("European Union", "REQUEST", "Azerbaijan") in found


def test_borders_that_meet_are_no_meeting() -> None:
    found = stored_in(
        "The clash took place near the Emerald Triangle, where the borders of Thailand,"
        " Cambodia and Laos meet.",
        "2025-05-28",
    )
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_both_countries_are_two_states_told_before_not_a_state_and_its_bloc() -> None:
    found = stored_in(
        "Armenia has frozen its participation in the Collective Security Treaty Organization. "
        "U.S. Secretary of State Marco Rubio congratulated both countries on the treaty.",
        "2025-03-14",
    )
    assert not any(
        source in ("Marco Rubio", "United States")
        and target == "Collective Security Treaty Organization"
        for source, _, target in found
    )


def test_a_monitoring_mission_monitors_no_one_named_after_it() -> None:
    found = stored_in(
        "The European Union, which has a civilian monitoring mission on the Armenian side of "
        "the border, offered to help.",
        "2025-03-14",
    )
    assert not any(kind == "ACCUSE" for _, kind, _ in found)
