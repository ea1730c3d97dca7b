"""A group whose fighters are named before it ("rebels of the Tutsi-led Rwandan Patriotic
Front", "Guerrillas of the Farabundo Marti Front") is an armed group, so "the rebels" after it
stand for it; a word of a modifier ("Tutsi-led") or an owner ("Foday Sankoh's") is none; and
"the rebels rejected an appeal from the Security Council" rejects the Council's appeal."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_group_whose_fighters_are_named_before_it_is_armed() -> None:
    found = entities_in(
        "Rebels of the Popular Liberation Alliance attacked Bouar, and guerrillas of the"
        " Tutsi-led Patriotic Union of Kivu shelled Bukavu.",
        "1996-10-02",
    )
    assert found["Popular Liberation Alliance"].kind == "armed_group"
    assert found["Patriotic Union of Kivu"].kind == "armed_group"
    assert "Tutsi" not in found or found["Tutsi"].kind != "armed_group"


def test_the_rebels_after_such_a_group_reject_the_appeal_made_to_them() -> None:
    found = stored_in(
        "Government troops and rebels of the Tutsi-led Patriotic Union of Kivu fought in"
        " Bukavu on Saturday, and the rebels rejected an appeal from the U.N. Security Council"
        " for a ceasefire.",
        "1996-10-02",
    )
    assert ("Patriotic Union of Kivu", "REJECT", "UN Security Council") in found
    assert ("UN Security Council", "REJECT", "Patriotic Union of Kivu") not in found
