"""Fights stepped up and legal papers served: a vow to intensify operations against a group
threatens it (the operations are a fight, no cooperation), and stepping up attacks is
attacking; serving someone with an indictment or a warrant is legal action against them
(CAMEO 173), the document no charge of its own; the crimes a charge lists ("charged with
treason and rape") are no acts of the news."""

from __future__ import annotations

from relation_support import coded_in


def test_a_vow_to_intensify_operations_against_rebels_threatens_them() -> None:
    text = (
        "RAIPUR, India (Reuters) - Maoist rebels ambushed a police convoy in Chhattisgarh on "
        "Monday, and India's home minister vowed to intensify operations against the rebels."
    )
    assert coded_in(text, "2010-05-17") == {
        ("maoist rebels", "india", "ASSAULT"),
        ("india", "maoist rebels", "THREATEN"),
    }


def test_stepping_up_military_operations_against_a_group_attacks_it() -> None:
    text = "Turkey stepped up military operations against the PKK in northern Iraq on Friday."
    assert coded_in(text, "2015-07-31") == {("turkey", "kurdistan workers' party", "ASSAULT")}


def test_serving_an_indictment_is_legal_action_not_cooperation() -> None:
    text = (
        "JOHANNESBURG (Reuters) - South African prosecutors served ANC treasurer Mathews "
        "Phosa with an indictment on Monday on charges of fraud, his lawyer said."
    )
    assert coded_in(text, "2008-03-03") == {("south africa", "african national congress", "COERCE")}


def test_the_crimes_a_charge_lists_are_no_attack() -> None:
    text = (
        "KAMPALA (Reuters) - Uganda charged opposition leader Kizza Besigye of the Forum for "
        "Democratic Change with treason and rape on Tuesday."
    )
    assert coded_in(text, "2005-11-15") == {("uganda", "forum for democratic change", "COERCE")}
