"""Strikes called off and sides described: a union that calls off or suspends its strike
concedes (no protest, no sanction); "the government and the former rebel movement UNITA" are
two sides of the talks they resume (and "after a two-month break" attacks no one);
protesters who seize an airport protest, where students who seize hostages abduct them;
fighters who surrender to troops give up the fight (RETREAT), no concession."""

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


def test_protesters_who_seize_an_airport_protest() -> None:
    text = (
        "BANGKOK (Reuters) - Thousands of protesters from the United Front for Democracy "
        "Against Dictatorship seized Don Mueang airport on Tuesday."
    )
    coded = coded_in(text, "2010-04-06")
    assert ("united front for democracy against dictatorship", "thailand", "PROTEST") in coded
    assert ("united front for democracy against dictatorship", "thailand", "COERCE") not in coded


def test_students_who_seize_hostages_still_abduct() -> None:
    text = (
        "TEHRAN (AP) - Hundreds of Iranian students seized dozens of American hostages at the "
        "U.S. embassy on Sunday."
    )
    assert coded_in(text, "1979-11-04") == {("iran", "united states", "ASSAULT")}


def test_fighters_who_surrender_to_troops_give_up_the_fight() -> None:
    text = (
        "MANILA (Reuters) - Hundreds of Moro National Liberation Front fighters surrendered to "
        "Philippine troops in Zamboanga on Saturday."
    )
    coded = coded_in(text, "2013-09-28")
    assert ("moro national liberation front", "philippines", "RETREAT") in coded
    assert ("moro national liberation front", "philippines", "CONCEDE") not in coded
