"""Sides listed with a description between ("Sudan's government and the two rebel movements
fighting in Darfur, the Sudan Liberation Army and the Justice and Equality Movement, signed")
are all signers, and the participle that describes the movements is no act; a body and its
officer named by a lower-case title ("SPLA leader X") and "leaders of Bishop X's party" are
one side of a list; a person the lexicon knows only for later years serves the state his title
names ("North Korean leader Kim Jong-il" in 2000)."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_described_list_of_groups_signs_with_the_government() -> None:
    found = stored_in(
        "Chad's government and the two rebel movements fighting in the east, the Union of"
        " Forces for Democracy and the Popular Front for Renewal, signed a ceasefire in Tripoli"
        " on Thursday.",
        "2007-10-25",
    )
    assert ("Chad's government", "SUPPORT", "Popular Front for Renewal") in found
    assert ("Chad's government", "SUPPORT", "Union of Forces for Democracy") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_lexicon_person_before_his_dates_serves_the_state_of_his_title() -> None:
    found = entities_in(
        "South Korean President Kim Dae-jung was greeted in Pyongyang by North Korean leader"
        " Kim Jong-il.",
        "2000-06-13",
    )
    kim = next(e for e in found.values() if "Kim Jong-il" in (e.name, *e.aliases))
    assert kim.affiliation == "north-korea"


def test_a_body_and_its_officer_named_by_a_lower_case_title_are_one_side_of_a_list() -> None:
    found = stored_in(
        "Sudanese President Omar al-Bashir and SPLA leader John Garang signed a peace deal in"
        " Nairobi on Sunday.",
        "2005-01-09",
    )
    assert ("Sudan People's Liberation Army", "SUPPORT", "Sudan") in found  # signed (057)
    assert ("Sudan", "SUPPORT", "Sudan People's Liberation Army") in found


def test_leaders_of_a_titled_leaders_party_are_a_side_of_the_list() -> None:
    found = stored_in(
        "Prime Minister Ian Smith and leaders of Bishop Abel Muzorewa's African National Council"
        " held talks on the Victoria Falls bridge on Tuesday.",
        "1975-08-26",
    )
    assert ("Ian Smith", "CONSULT", "African National Council") in found
    assert ("African National Council", "CONSULT", "Ian Smith") in found
