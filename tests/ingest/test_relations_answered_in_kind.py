"""An act told as the answer to the act before it, naming no one it is aimed at (", and Seoul
dispatched a naval unit to the Strait of Hormuz in response"), answers the author of that
act: a place it goes to is no one answered.  Troops sent while "accusing" a state of
something face the accused."""

from __future__ import annotations

from relation_support import stored_in


def test_a_show_of_force_in_response_faces_the_author_of_the_act_before() -> None:
    found = stored_in(
        "North Korea test-fired a ballistic missile over Japan on Tuesday, and Tokyo deployed "
        "additional destroyers to the Sea of Japan in response.",
        "2017-08-29",
    )
    assert ("Japan", "MOBILIZE", "North Korea") in found
    assert not [row for row in found if row[0] == "Japan" and row[2] == "Sea of Japan"]


def test_a_sanction_in_retaliation_is_aimed_at_the_state_that_acted() -> None:
    # a guard: read so before, the consulate's town being no place the gazetteer knows
    found = stored_in(
        "Guatemala expelled two Venezuelan diplomats on Friday, and Caracas closed its "
        "consulate in Quetzaltenango in retaliation.",
        "2019-03-08",
    )
    assert ("Venezuela", "SANCTION", "Guatemala") in found


def test_rockets_fired_at_a_town_in_response_attack_the_state_that_struck_first() -> None:
    found = stored_in(
        "Israeli aircraft struck a training camp in Gaza on Monday, and Hamas fired rockets "
        "at the town of Sderot in response.",
        "2008-02-04",
    )
    assert ("Hamas", "ASSAULT", "Israel") in found


def test_troops_sent_while_accusing_a_state_face_the_accused() -> None:
    found = stored_in(
        "Lithuania sent hundreds more border guards to its frontier on Friday, accusing "
        "Belarus of flying migrants in from the Middle East.",
        "2021-07-09",
    )
    assert ("Lithuania", "MOBILIZE", "Belarus") in found
    assert ("Lithuania", "ACCUSE", "Belarus") in found


def test_a_warship_dispatched_in_response_is_a_show_of_force_not_aid() -> None:
    found = stored_in(
        "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on "
        "Friday, and London dispatched a frigate to the Gulf in response.",
        "2019-07-20",
    )
    assert ("United Kingdom", "MOBILIZE", "Islamic Revolutionary Guard Corps") in found
    assert not [row for row in found if row[1] == "AID"]


def test_aid_sent_in_response_to_a_disaster_is_still_aid() -> None:
    # a guard: read so before
    found = stored_in(
        "Japan sent relief supplies to Haiti on Thursday in response to the earthquake.",
        "2010-01-14",
    )
    assert ("Japan", "AID", "Haiti") in found
