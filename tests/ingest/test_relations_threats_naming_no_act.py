"""A threat whose act names no trigger of its own ("threatened to use force", "threatening to
end snap inspections") stays the threat, aimed at whom the sentence asked or charged before;
a threat whose act is a trigger is read at the act ("threatened to attack")."""

from __future__ import annotations

from relation_support import stored_in


def test_a_threat_to_use_force_after_a_demand_threatens_the_one_asked() -> None:
    found = stored_in(
        "The African Union demanded on Monday that Mali's junta hand power to civilians, and "
        "threatened to use force if it did not.",
        "2012-04-02",
    )
    assert ("African Union", "REQUEST", "Mali") in found
    assert ("African Union", "THREATEN", "Mali") in found


def test_a_threat_read_at_its_act_keeps_the_act() -> None:
    found = stored_in("North Korea threatened on Friday to attack South Korea.", "2013-03-08")
    assert ("North Korea", "THREATEN", "South Korea") in found
