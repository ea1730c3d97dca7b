"""The act a complaint is about is an event of its own, done to the complainant: "protest
against the arrest of two Canadian citizens" is China's arrest of Canadians, "the use of
water cannon by Chinese coast guard vessels" China's coercion; not an arrest of someone
else's people, nor an act the sentence told already, nor by the one "Alexei Navalny's arrest"
names as held. "After he accused" is the person named before; a show of force the subject
reacted to is aimed at it."""

from __future__ import annotations

from relation_support import coded_in, stored_in


def test_an_arrest_of_the_complainants_people_is_the_accuseds_act() -> None:
    text = (
        "OTTAWA (Reuters) - Canada summoned China's ambassador on Friday to protest against the "
        "arrest of two Canadian citizens held in China."
    )
    assert coded_in(text, "2019-05-17") == {
        ("canada", "china", "ACCUSE"),
        ("china", "canada", "COERCE"),
    }


def test_force_used_by_a_named_agent_is_its_act() -> None:
    text = (
        "MANILA (Reuters) - The Philippines summoned China's ambassador on Monday to protest "
        "against the use of water cannon by Chinese coast guard vessels on a supply boat."
    )
    assert ("china", "philippines", "COERCE") in coded_in(text, "2023-08-07")


def test_an_arrest_of_the_accuseds_own_people_is_no_act_on_the_complainant() -> None:
    text = (
        "LONDON (Reuters) - Britain summoned Iran's ambassador on Monday over the arrest of "
        "opposition leaders in Tehran."
    )
    assert coded_in(text, "2009-06-22") == {("united kingdom", "iran", "ACCUSE")}


def test_an_act_told_already_is_not_told_again() -> None:
    text = (
        "HARARE (Reuters) - Zimbabwean police arrested 50 opposition activists on Sunday, and the "
        "United States condemned the arrests as a brutal attack on dissent."
    )
    assert coded_in(text, "2007-03-12") == {("united states", "zimbabwe", "ACCUSE")}


def test_he_after_after_is_the_person_named_before() -> None:
    text = (
        "KUALA LUMPUR (Reuters) - Malaysia expelled North Korea's ambassador on Saturday after "
        "he accused the Malaysian government of colluding with its enemies."
    )
    assert coded_in(text, "2017-03-04") == {
        ("malaysia", "north korea", "SANCTION"),
        ("north korea", "malaysia", "ACCUSE"),
    }


def test_a_show_of_force_reacted_to_is_aimed_at_the_reactor() -> None:
    text = (
        "BUENOS AIRES (Reuters) - Argentina recalled its ambassador from London on Tuesday after "
        "Britain dispatched the patrol ship Endurance to South Georgia."
    )
    assert coded_in(text, "1982-03-23") == {
        ("argentina", "united kingdom", "SANCTION"),
        ("united kingdom", "argentina", "MOBILIZE"),
    }


def test_in_what_a_state_condemned_is_its_charge() -> None:
    text = (
        "SEOUL (Reuters) - North Korea fired missiles into waters off South Korea's east coast "
        "on Friday in what Seoul condemned as a grave provocation."
    )
    assert ("south korea", "north korea", "ACCUSE") in coded_in(text, "2017-07-28")


def test_measures_demanded_by_a_body_are_asked_of_the_state() -> None:
    text = (
        "BUENOS AIRES (Reuters) - Argentine unions held a general strike on Monday against "
        "spending cuts demanded by the International Monetary Fund."
    )
    assert ("international monetary fund", "argentina", "REQUEST") in coded_in(text, "2001-12-13")


def test_a_persons_arrest_complained_of_was_done_to_that_person_not_by_him() -> None:
    found = stored_in("The United States condemned Alexei Navalny's arrest.", "2021-01-18")
    assert not any(source == "Alexei Navalny" for source, _, _ in found)
