"""Deals between companies as business news tells them: a firm described by its trade after
its state's adjective ("British chip designer Arm Ltd") is the one bought, not its state; a
deal abandoned or scrapped is no agreement; "licensees" are no licence granted; what a deal
described in a relative clause "would give" is none of the regulators' doing; a leader's
government is named with the leader's given names.  Sentences written for these tests, in
the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_firm_described_by_its_trade_is_the_one_bought() -> None:
    found = typed_in(
        "Nvidia said on Sunday it had agreed to buy British chip designer Arm Ltd from "
        "Japan's SoftBank Group Corp."
    )
    assert ("Nvidia", "AGREE", "Arm") in found
    assert not {t for t in found if t[2] == "United Kingdom"}, found
    assert ("Apple", "AGREE", "Anobit") in typed_in("Apple bought Israeli chip designer Anobit.")


def test_an_abandoned_deal_is_no_agreement() -> None:
    for text in (
        "Nvidia abandoned the deal after the U.S. Federal Trade Commission sued to block it.",
        "Pfizer walked away from the deal with AstraZeneca.",
    ):
        assert not {t for t in typed_in(text) if t[1] == "AGREE"}, typed_in(text)


def test_guard_a_deal_reached_is_a_deal_concluded() -> None:
    assert ("Iran", "SUPPORT", "European Union") in typed_in(  # signed, as it were (057)
        "Iran and the EU reached a deal in Vienna."
    )


def test_licensees_are_no_licence_granted() -> None:
    found = typed_in(
        "Arm's licensees, including Apple, Qualcomm and Samsung Electronics, have raised concerns."
    )
    assert not {t for t in found if t[1] == "AGREE"}, found


def test_what_a_plan_would_give_is_none_of_its_backers_doing() -> None:
    found = typed_in(
        "The plan, which was backed by France and Germany, would give Greece more time."
    )
    assert not {t for t in found if t[2] == "Greece"}, found


def test_a_leaders_government_keeps_his_given_name() -> None:
    found = entities_in(
        "British Prime Minister Boris Johnson's government said it would examine the deal.",
        "2020-09-13",
    )
    assert "Boris" not in found
    assert found["Boris Johnson's government"].affiliation == "united-kingdom"


def test_what_a_deal_gives_someone_is_no_act_of_theirs() -> None:
    found = typed_in(
        "The deal, which must be approved by regulators in Britain, China and the European "
        "Union, would give Nvidia control of the company."
    )
    assert not {t for t in found if t[2] == "Nvidia"}, found


def test_guard_support_given_is_still_support() -> None:
    assert ("China", "SUPPORT", "Pakistan") in typed_in("China gave Pakistan support at the UN.")
