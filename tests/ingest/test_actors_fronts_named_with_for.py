"""A group's own name may hold "for" or "of" before the fighters' noun that follows it: "the
United Front for Change rebels" are the front's, not a group "Change rebels" beside an
organisation "United Front"; a state's name before "of" and a verb's group is no such name
("accused Chad of arming rebels")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_front_named_with_for_before_its_fighters_is_one_group() -> None:
    text = "Chad accused Libya of arming the Patriotic Movement for Salvation rebels."
    found = entities_in(text, "1990-11-20")
    assert found["Patriotic Movement for Salvation"].kind == "armed_group"
    assert "Salvation rebels" not in found
    stored = stored_in(
        "Chad accused Khartoum of backing the United Front for Change rebels who attacked the "
        "capital N'Djamena a day earlier.",
        "2006-04-14",
    )
    assert ("United Front for Change", "ASSAULT", "Chad") in stored


def test_a_state_before_of_and_a_verb_names_no_group() -> None:
    found = entities_in("Sudan accused Chad of arming rebels in Darfur.", "2008-05-12")
    assert not [name for name in found if name.endswith("rebels")]
