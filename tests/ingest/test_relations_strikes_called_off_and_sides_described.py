"""Strikes called off and sides described: a union that calls off or suspends its strike
concedes (no protest, no sanction); "the government and the former rebel movement UNITA" are
two sides of the talks they resume (and "after a two-month break" attacks no one)."""

from __future__ import annotations

from relation_support import coded_in


def test_a_strike_called_off_is_a_concession() -> None:
    text = (
        "ACCRA (Reuters) - The Ghana Medical Association called off a week-long national "
        "strike on Friday after the government agreed to review doctors' allowances."
    )
    coded = coded_in(text, "2016-07-22")
    assert ("ghana medical association", "ghana", "CONCEDE") in coded
    assert ("ghana medical association", "ghana", "PROTEST") not in coded


def test_a_strike_begun_is_still_a_protest() -> None:
    text = (
        "ACCRA (Reuters) - The Ghana Medical Association began a national strike on Friday "
        "against the government over doctors' allowances."
    )
    assert ("ghana medical association", "ghana", "PROTEST") in coded_in(text, "2016-07-22")


def test_a_side_described_before_its_name_is_in_the_list() -> None:
    text = (
        "LUANDA (Reuters) - Angola's government and the former rebel movement UNITA resumed "
        "peace talks in the capital on Monday after a two-month break, with UNITA demanding "
        "the right to appoint governors."
    )
    assert coded_in(text, "2016-07-18") == {
        ("angola", "unita", "CONSULT"),
        ("unita", "angola", "CONSULT"),
        ("unita", "angola", "REQUEST"),
    }
