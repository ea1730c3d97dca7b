""" "Both" and "the two sides" after a clause that related two parties ("and the two", "as the
two countries fought") are those parties, each acting on the other ("..., and the two
leaders signed 12 agreements"); signing a formal agreement supports the other party (CAMEO
057) wherever the verb stands in the sentence. Sentences written for these tests, in the
shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_the_two_sides_after_a_meeting_agree_with_each_other() -> None:
    found = _typed("Ghana met Togo on Friday, and the two sides agreed to reopen the border.")
    assert {("Ghana", "AGREE", "Togo"), ("Togo", "AGREE", "Ghana")} <= found


def test_the_two_leaders_signing_agreements_support_each_other() -> None:
    found = _typed(
        "Kenya hosted a delegation from Uganda in Nairobi on Monday for a long day of talks,"
        " and the two leaders later signed 12 agreements on roads and energy."
    )
    assert {("Kenya", "SUPPORT", "Uganda"), ("Uganda", "SUPPORT", "Kenya")} <= found


def test_agreements_signed_are_the_signing_and_no_agreement_besides() -> None:
    found = _typed(
        "Polish President Andrzej Duda hosted South Korean President Yoon Suk Yeol in Warsaw on"
        " Thursday, and the two governments signed agreements on defence and nuclear energy."
    )
    assert ("Poland", "SUPPORT", "South Korea") in found
    assert not [row for row in found if row[1] == "AGREE"]


def test_both_pledging_to_deepen_ties_is_an_agreement_each_way() -> None:
    found = _typed(
        "Vietnam held talks with Laos in Hanoi on Monday, and both pledged to deepen"
        " their strategic partnership."
    )
    assert {("Vietnam", "AGREE", "Laos"), ("Laos", "AGREE", "Vietnam")} <= found


def test_the_two_after_as_tell_a_second_act_of_the_pair() -> None:
    found = _typed(
        "Pakistan severed relations with India on Monday as the two countries fought fierce "
        "battles on both fronts."
    )
    assert ("Pakistan", "SANCTION", "India") in found
    assert {("Pakistan", "ASSAULT", "India"), ("India", "ASSAULT", "Pakistan")} <= found


def test_the_two_sides_after_which_act_on_each_other() -> None:
    found = _typed(
        "Indonesia held talks with Malaysia on Saturday, after which the two sides signed ten"
        " agreements on trade and energy."
    )
    assert {("Indonesia", "SUPPORT", "Malaysia"), ("Malaysia", "SUPPORT", "Indonesia")} <= found
