"""A truce one side declares on its own ("the PKK declared a unilateral truce") is its
withdrawal toward the one state the sentence names besides it (by name, government or
leader); with two states named, or none, there is no telling which, and none is read."""

from __future__ import annotations

from relation_support import stored_in


def test_a_truce_declared_alone_is_toward_the_one_state_named() -> None:
    found = stored_in(
        "The PKK declared a unilateral truce on Friday, but Turkey said its army would keep up"
        " operations.",
        "2009-04-13",
    )
    assert ("Kurdistan Workers' Party", "RETREAT", "Turkey") in found


def test_the_state_may_be_named_by_its_government() -> None:
    found = stored_in(
        "The Moro Islamic Liberation Front announced a ceasefire on Sunday and asked the"
        " Philippine government to resume talks.",
        "2003-07-20",
    )
    assert ("Moro Islamic Liberation Front", "RETREAT", "Philippine government") in found


def test_with_two_states_named_no_side_is_chosen() -> None:
    found = stored_in(
        "The FARC declared a unilateral ceasefire on Monday, and the United States welcomed it"
        " while Colombia was silent.",
        "2014-12-16",
    )
    assert not [row for row in found if row[1] == "RETREAT"]
