"""A state and "the rebels of" a group named together are two sides of one act ("Uganda and
the rebels of the Lord's Resistance Army agreed to a truce"), as "the leaders of" a body
were; the rebels are the group's."""

from __future__ import annotations

from relation_support import stored_in


def test_a_state_and_the_rebels_of_a_group_agree_with_each_other() -> None:
    found = stored_in(
        "Chad and the rebels of the Union of Forces for Democracy agreed to a truce on Monday.",
        "2007-10-29",
    )
    assert ("Chad", "RETREAT", "Union of Forces for Democracy") in found  # the truce, each
    assert ("Union of Forces for Democracy", "RETREAT", "Chad") in found  # with the other
