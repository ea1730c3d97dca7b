"""Cases in law: charging someone "with" a crime is legal action (CAMEO 173, COERCE), as
every read held-out set codes it, while a charge "that" someone did something stays an
accusation; asking a court to dissolve, ban or block someone brings a case against them
(CAMEO 115, ACCUSE) and asks nothing of the court, and what the court is asked to do has not
happened; asking a body that is no court stays a request. And who brings such cases: "the
group" named again may be a body of no known kind, and an opposition party named after its
description ("Kenya's opposition coalition NASA") is the opposition, no second actor."""

from __future__ import annotations

from relation_support import coded_in


def test_charging_someone_with_a_crime_is_legal_action() -> None:
    text = (
        "BANGKOK, Sept 4 (Reuters) - Thai police charged three leaders of the student-led Free "
        "Youth movement with sedition on Friday over speeches about the monarchy."
    )
    assert coded_in(text, "2020-09-04") == {("thailand", "free youth", "COERCE")}


def test_a_charge_that_someone_did_something_stays_an_accusation() -> None:
    text = (
        "ISLAMABAD (Reuters) - Pakistan charged that Indian troops had fired across the Line of "
        "Control on Sunday."
    )
    assert ("pakistan", "india", "ACCUSE") in coded_in(text, "2019-03-03")
    assert ("pakistan", "india", "COERCE") not in coded_in(text, "2019-03-03")


def test_a_court_asked_to_dissolve_a_party_is_a_case_against_the_party() -> None:
    text = (
        "BANGKOK, March 18 (Reuters) - Thailand's Election Commission asked the Constitutional "
        "Court on Monday to dissolve the opposition Move Forward Party over its campaign to "
        "amend the royal insult law."
    )
    assert coded_in(text, "2024-03-18") == {("thailand", "move forward party", "ACCUSE")}


def test_a_court_asked_to_block_the_governments_act_is_a_case_against_the_state() -> None:
    text = (
        "BRATISLAVA, Jan 22 (Reuters) - Slovakia's opposition Progressive Slovakia party asked "
        "the Constitutional Court on Monday to block the government's abolition of the special "
        "prosecutor's office."
    )
    assert coded_in(text, "2024-01-22") == {("progressive slovakia", "slovakia", "ACCUSE")}


def test_asking_a_body_that_is_no_court_stays_a_request() -> None:
    text = "TEHRAN (Reuters) - Iran asked the United Nations on Monday to condemn Israel."
    assert coded_in(text, "2024-01-22") == {("iran", "united nations", "REQUEST")}


def test_the_group_named_again_is_a_body_of_no_known_kind() -> None:
    text = (
        "MANILA (Reuters) - A leader of the Kilusang Mayo Uno labour centre was arrested by "
        "Philippine police on rebellion charges on Monday, and the group accused the government "
        "of branding its members communist rebels to silence dissent."
    )
    assert coded_in(text, "2021-03-08") == {
        ("philippines", "kilusang mayo uno", "COERCE"),
        ("kilusang mayo uno", "philippines", "ACCUSE"),
    }


def test_an_opposition_party_named_after_its_description_is_the_opposition() -> None:
    text = (
        "NAIROBI, Aug 18 (Reuters) - Kenya's opposition coalition NASA filed a petition at the "
        "Supreme Court on Friday challenging President Uhuru Kenyatta's re-election."
    )
    assert coded_in(text, "2017-08-18") == {("nasa", "kenya", "ACCUSE")}
    party = "NAIROBI (Reuters) - Kenya's opposition party ODM boycotted the vote on Thursday."
    assert coded_in(party, "2017-10-26") == {("orange democratic movement", "kenya", "PROTEST")}
