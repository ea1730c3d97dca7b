"""Set 41a, read: two sides' troops fighting "along their border at" a place fight each other
there; a deal's terms ("under which Washington will lift sanctions") and what an inquiry is
into ("an inquiry into the killing of protesters") are no acts of those who sign or call
for them; an offensive ordered against a party attacks it."""

from __future__ import annotations

from relation_support import stored_in


def test_two_sides_fighting_at_a_place_fight_each_other() -> None:
    found = stored_in(
        "Kyrgyz and Tajik troops fought along their disputed border at Kok-Tash on Thursday.",
        "2021-04-29",
    )
    assert [row for row in found if row[1] == "ASSAULT" and "Taji" in row[2]], found
    assert [row for row in found if row[1] == "ASSAULT" and "Kyrgyz" in row[2]], found
    assert not [row for row in found if row[2] == "Kok-Tash"], found


def test_a_deals_terms_are_no_acts_of_their_own() -> None:
    found = stored_in(
        "The United States and North Korea signed a deal on Friday, under which Washington will"
        " lift sanctions and Pyongyang will freeze its reactor.",
        "1994-10-21",
    )
    assert not [row for row in found if row[1] in ("COERCE", "RETREAT", "SANCTION")], found


def test_what_an_inquiry_is_into_is_no_act_of_those_who_call_for_it() -> None:
    found = stored_in(
        "Cairo rejected calls from Washington and the United Nations for an independent"
        " investigation into the shooting of protesters in the city of Suez.",
        "2011-01-30",
    )
    assert not [row for row in found if row[1] == "ASSAULT"], found


def test_an_offensive_ordered_against_a_group_attacks_it() -> None:
    found = stored_in(
        "Sri Lankan President Mahinda Rajapaksa ordered a military offensive against the"
        " Liberation Tigers of Tamil Eelam on Monday.",
        "2008-01-07",
    )
    assert ("Sri Lanka", "ASSAULT", "Liberation Tigers of Tamil Eelam") in found, found
