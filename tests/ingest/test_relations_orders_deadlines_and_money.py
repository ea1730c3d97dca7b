"""Orders to one's own forces, deadlines to leave, money released and understandings: an
order putting an army on alert or sending it against a gang mobilises against the rival or
the gang and asks nothing of anyone named, while an order to withdraw stays a retreat; a deadline
"to leave" given with an expulsion is part of it, not a threat, and what follows it is read
on its own; money released or a standby arrangement approved is aid, while prisoners
released are freed; talks or aid paused are cut back; an understanding reached is an
agreement of both sides."""

from __future__ import annotations

from relation_support import coded_in


def test_an_army_ordered_to_readiness_mobilises_against_the_rival_named() -> None:
    text = (
        "BELGRADE, Dec 27 (Reuters) - Serbian President Aleksandar Vucic ordered the army to its "
        "highest level of combat readiness amid rising tension with Kosovo."
    )
    assert coded_in(text, "2022-12-27") == {("serbia", "kosovo", "MOBILIZE")}


def test_forces_ordered_against_a_group_are_sent_at_it_not_a_request_of_it() -> None:
    text = (
        "QUITO, Jan 9 (Reuters) - Ecuador's president ordered the armed forces on Tuesday to go "
        "after criminal gangs including Los Choneros."
    )
    assert coded_in(text, "2024-01-09") == {("ecuador", "los choneros", "MOBILIZE")}


def test_an_order_to_withdraw_is_no_mobilisation() -> None:
    text = "MOSCOW (Reuters) - Russia ordered its troops to withdraw from Kherson on Wednesday."
    assert coded_in(text, "2022-11-09") == {("russia", "ukraine", "RETREAT")}


def test_a_deadline_to_leave_after_an_expulsion_is_no_threat() -> None:
    text = (
        "LIMA, Dec 20 (Reuters) - Peru expelled Mexico's ambassador on Tuesday, giving him 72 "
        "hours to leave the country."
    )
    assert coded_in(text, "2022-12-20") == {("peru", "mexico", "SANCTION")}


def test_what_follows_a_deadline_to_leave_is_read_with_the_expeller_as_subject() -> None:
    text = (
        "CARACAS, Feb 15 (Reuters) - Venezuela suspended the activities of the U.N. human rights "
        "office on Thursday and gave its staff 72 hours to leave the country, accusing the "
        "agency of siding with coup plotters."
    )
    assert coded_in(text, "2024-02-15") == {
        ("venezuela", "united nations", "SANCTION"),
        ("venezuela", "united nations", "ACCUSE"),
    }


def test_a_deadline_that_is_an_ultimatum_stays_a_threat() -> None:
    text = "ABUJA (Reuters) - ECOWAS gave Niger's junta one week to reinstate the president."
    assert coded_in(text, "2023-07-30") == {("ecowas", "niger", "THREATEN")}


def test_money_released_and_a_standby_arrangement_approved_are_aid() -> None:
    text = (
        "ISLAMABAD, July 12 (Reuters) - The International Monetary Fund's executive board "
        "approved a $3 billion standby arrangement for Pakistan on Wednesday, releasing an "
        "immediate $1.2 billion."
    )
    assert coded_in(text, "2023-07-12") == {("international monetary fund", "pakistan", "AID")}
    released = "NAIROBI (Reuters) - The World Bank released $500 million to Kenya on Friday."
    assert coded_in(released, "2023-05-12") == {("world bank", "kenya", "AID")}


def test_prisoners_released_are_still_freed() -> None:
    text = "JERUSALEM (Reuters) - Israel released 200 Palestinian prisoners on Sunday."
    assert coded_in(text, "2013-08-13") == {("israel", "palestine", "RETREAT")}


def test_talks_paused_are_cut_back_not_held() -> None:
    text = (
        "OTTAWA, Sept 1 (Reuters) - Canada has paused talks with India on a proposed trade "
        "treaty, a spokesperson for the Canadian trade minister said on Friday."
    )
    assert coded_in(text, "2023-09-01") == {("canada", "india", "SANCTION")}


def test_an_understanding_reached_is_an_agreement_of_both_sides() -> None:
    text = (
        "BUENOS AIRES, Jan 28 (Reuters) - Argentina and the International Monetary Fund reached "
        "an understanding on Friday on a new program to refinance its debt."
    )
    assert coded_in(text, "2022-01-28") == {
        ("argentina", "international monetary fund", "AGREE"),
        ("international monetary fund", "argentina", "AGREE"),
    }
