"""Prosecutors named without their state act for the state where they sit ("charged by
prosecutors in Moscow"), as police do; "tax evasion" is a charge's word, not a tax laid on
anyone; a food named after its town ("Roquefort cheese") is no one tariffs are laid on; a
mining company named again by its noun ("the London-listed gold miner") is the one charged.
Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_a_charge_by_prosecutors_in_a_capital_is_the_state_s() -> None:
    found = typed_in(
        "Oil tycoon Ivan Petrov was charged with fraud by prosecutors in Moscow on Saturday."
    )
    assert any(source == "Russia" and target == "Ivan Petrov" for source, _, target in found)
    assert not any(source == "Ivan Petrov" for source, _, _ in found)


def test_tax_evasion_lays_no_tax() -> None:
    found = typed_in(
        "Yukos chief executive Ivan Petrov, Russia's richest man, was charged with fraud and tax"
        " evasion by prosecutors in Moscow on Saturday, hours after masked security agents"
        " arrested him aboard his private jet in Siberia."
    )
    assert not any(source == "Ivan Petrov" for source, _, _ in found)


def test_a_food_named_after_its_town_is_no_target() -> None:
    found = typed_in(
        "China imposed tariffs on European goods on Monday, including Roquefort cheese and"
        " Dijon mustard."
    )
    assert not any(target in ("Roquefort", "Dijon") for _, _, target in found)


def test_a_mining_company_named_again_by_its_noun_is_charged() -> None:
    found = typed_in(
        "Zambia's government handed Kobalt Mining a tax bill on Monday, accusing the"
        " London-listed copper miner of under-declaring exports."
    )
    assert any(kind == "ACCUSE" and target == "Kobalt Mining" for _, kind, target in found)
