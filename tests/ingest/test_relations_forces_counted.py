"""Soldiers or police named by a count alone are the forces of the one state whose forces
the sentence names (else of the one state it names): a group that kills them attacks that
state, as event coders code it."""

from __future__ import annotations

from relation_support import stored_in


def test_soldiers_counted_alone_are_the_named_forces_states() -> None:
    found = stored_in(
        "Colombian warplanes bombed rebel camps on Monday, a day after ELN guerrillas killed "
        "seven soldiers in an ambush near the Venezuelan border.",
        "2012-11-05",
    )
    assert ("National Liberation Army", "ASSAULT", "Colombia") in found


def test_soldiers_killed_by_a_group_named_after_them() -> None:
    found = stored_in(
        "Niger's army said on Sunday that 71 soldiers were killed in an attack by the "
        "Islamic State in the Greater Sahara on a camp at Inates.",
        "2019-12-15",
    )
    assert [row for row in found if row[1] == "ASSAULT" and row[2] == "Niger"]
