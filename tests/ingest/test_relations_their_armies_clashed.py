"""The forces of two sides just named: "urged Armenia and Azerbaijan to halt hostilities,
after their armies clashed" tells the two states' fight with each other, no request of the
appeal and no act of an unnamed subject; a side's own fighters named after one side alone
relate no one anew."""

from __future__ import annotations

from relation_support import coded_in


def test_their_armies_that_clashed_are_the_two_sides_just_named() -> None:
    text = (
        "UNITED NATIONS (Reuters) - The U.N. Security Council urged Eritrea and Ethiopia on "
        "Monday to show restraint, after their armies clashed along the disputed border."
    )
    assert coded_in(text, "2000-05-08") >= {
        ("eritrea", "ethiopia", "ASSAULT"),
        ("ethiopia", "eritrea", "ASSAULT"),
    }


def test_their_troops_of_one_side_fight_no_one_new() -> None:
    text = (
        "KABUL (Reuters) - NATO condemned the Taliban on Monday, after their fighters attacked "
        "a police post in Helmand."
    )
    assert ("nato", "taliban", "ASSAULT") not in coded_in(text, "2010-05-10")
