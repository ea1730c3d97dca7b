"""Troops leaving a land, or pulled out of it however many words come between, withdraw from
it (CAMEO 0874, RETREAT), no visit; aid approved for a state is aid to it, no concession."""

from __future__ import annotations

from relation_support import stored_in


def test_troops_that_leave_a_state_withdraw_from_it() -> None:
    found = stored_in("The last Vietnamese soldier left Cambodia on Tuesday.", "1989-09-26")
    assert ("Vietnamese soldier", "RETREAT", "Cambodia") in found
    assert not [row for row in found if row[1] == "CONSULT"]


def test_troops_pulled_out_with_words_between_withdraw() -> None:
    found = stored_in(
        "Syria pulled its last 14,000 troops out of Lebanon on Tuesday.", "2005-04-26"
    )
    assert ("Syria", "RETREAT", "Lebanon") in found
    assert not [row for row in found if row[1] == "COERCE"]


def test_aid_approved_for_a_state_is_aid() -> None:
    found = stored_in(
        "The European Union approved 40 million euros in emergency aid for Haiti on Thursday.",
        "2010-01-14",
    )
    assert ("European Union", "AID", "Haiti") in found
