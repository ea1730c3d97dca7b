""" "Their foreign secretaries met", "their presidents later met": the officials of the two
sides just related meet each other, a second event on the pair ("India and Pakistan agreed
to resume peace talks, after their foreign secretaries met": both consult, set 40a)."""

from __future__ import annotations

from relation_support import stored_in


def test_the_two_sides_envoys_meeting_after_a_deal_is_a_meeting_of_the_two() -> None:
    found = stored_in(
        "Greece and Turkey agreed on Friday to resume talks on the Aegean after their foreign"
        " ministers met in Geneva.",
        "1988-01-29",
    )
    assert ("Greece", "CONSULT", "Turkey") in found
    assert ("Turkey", "CONSULT", "Greece") in found


def test_their_presidents_meeting_later_is_a_second_event_on_the_pair() -> None:
    found = stored_in(
        "Sudan and South Sudan signed an oil deal, and their presidents later met in Addis Ababa.",
        "2012-09-27",
    )
    assert ("Sudan", "CONSULT", "South Sudan") in found
    assert ("South Sudan", "CONSULT", "Sudan") in found


def test_guard_their_officials_speaking_of_one_sides_strikes_strike_no_one_back() -> None:
    found = stored_in(
        "Israel struck Hamas positions in Gaza, and their officials said the strikes would go on.",
        "2014-07-10",
    )
    assert ("Israel", "ASSAULT", "Hamas") in found
    assert ("Hamas", "ASSAULT", "Israel") not in found
