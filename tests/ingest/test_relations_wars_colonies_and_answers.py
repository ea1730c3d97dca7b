"""Readings of what surrounds an act: a war's name ("eight years after the Falklands war")
and the name a group is tied to ("the al-Qaeda-linked group") are no party of it; "the
former Portuguese colony of East Timor" names no party but the colony; a vow to strike back
answers the side that struck."""

from __future__ import annotations

from relation_support import stored_in


def test_a_wars_name_is_no_party_of_the_act() -> None:
    found = stored_in(
        "Iran and Iraq restored diplomatic relations on Tuesday, two years after the "
        "Falklands war ended.",
        "1990-09-11",
    )
    assert not [row for row in found if "Falkland" in row[2]]


def test_a_former_colony_named_after_its_old_rulers_adjective_is_the_object() -> None:
    found = stored_in(
        "Moroccan troops marched into the former Spanish colony of Western Sahara on Friday.",
        "1975-11-07",
    )
    assert not [row for row in found if row[2] == "Spain"]


def test_a_colony_still_ruled_names_its_ruler() -> None:
    # a guard: read so before
    found = stored_in(
        "Indian troops marched into the Portuguese colony of Goa on Monday.", "1961-12-18"
    )
    assert ("Indian troops", "COERCE", "Portugal") in found


def test_a_vow_to_strike_back_threatens_the_side_that_struck() -> None:
    found = stored_in(
        "Ethiopian troops drove Eritrean forces out of the border town of Badme on Friday, "
        "and Asmara vowed to strike back.",
        "1999-02-26",
    )
    assert ("Eritrea", "THREATEN", "Ethiopia") in found or (
        "Eritrea",
        "THREATEN",
        "Ethiopian troops",
    ) in found


def test_a_name_a_group_is_linked_to_is_no_party_of_the_act() -> None:
    found = stored_in(
        "Kenyan troops pressed an offensive on Monday against the al-Qaeda-linked group in "
        "southern Somalia.",
        "2011-10-24",
    )
    assert not [row for row in found if "Qaeda" in row[2]]
