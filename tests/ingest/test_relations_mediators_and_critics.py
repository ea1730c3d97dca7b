"""Talks a body led ("after a week of African Union-led talks") and mediators named by
their people ("as Qatari mediators pressed both sides") are a mediation: the mediator
meets each party (CAMEO 045), and the parties meet no one besides.  Criticism "from" a
state, drawn by what the sentence's subject did, is that state's charge against it."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_talks_a_body_led_are_its_mediation() -> None:
    found = stored_in(
        "Sudan's army and the Rapid Support Forces agreed on Saturday to a week-long truce "
        "after two weeks of Saudi-led talks in Jeddah.",
        "2023-05-20",
    )
    assert ("Saudi Arabia", "CONSULT", "Rapid Support Forces") in found
    assert not any(kind == "CONSULT" and source != "Saudi Arabia" for source, kind, _ in found)


def test_mediators_named_by_their_people_meet_each_side() -> None:
    found = typed_in(
        "Armenia and Azerbaijan agreed on Friday to exchange prisoners, as Russian mediators "
        "pressed both sides to open the border."
    )
    assert {("Russia", "CONSULT", "Armenia"), ("Russia", "CONSULT", "Azerbaijan")} <= found


def test_guard_mediators_who_only_speak_mediate_nothing_told() -> None:
    found = typed_in(
        "Kyrgyzstan and Tajikistan agreed to resume border talks, Russian mediators said."
    )
    assert not any(source == "Russia" and kind == "CONSULT" for source, kind, _ in found)


def test_criticism_from_a_state_is_its_charge_against_the_subject() -> None:
    found = typed_in(
        "Hungary's parliament passed a law on Tuesday that has drawn sharp criticism from "
        "the European Union and the United States."
    )
    assert {("European Union", "ACCUSE", "Hungary"), ("United States", "ACCUSE", "Hungary")} <= (
        found
    )


def test_observers_who_find_a_vote_unfair_charge_the_state_that_held_it() -> None:
    found = typed_in(
        "President Alexander Lukashenko won Belarus's presidential election by a landslide, "
        "while OSCE observers said the vote had been marred by fraud."
    )
    assert any(kind == "ACCUSE" and target == "Belarus" for _, kind, target in found), found


def test_guard_a_vote_praised_charges_no_one() -> None:
    found = typed_in(
        "Ghana's presidential election passed off peacefully, and African Union observers said "
        "the vote had been free and fair."
    )
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_a_rebuke_from_a_titled_leader_is_the_leaders_charge_not_a_rebuke_of_them() -> None:
    found = typed_in(
        "The European Union, which is Cambodia's biggest export market, withdrew part of the"
        " country's trade privileges on Wednesday, drawing an angry rebuke from Prime Minister"
        " Hun Sen."
    )
    assert ("Hun Sen", "ACCUSE", "European Union") in found
    assert ("European Union", "ACCUSE", "Hun Sen") not in found


def test_separate_talks_with_each_side_are_held_one_way() -> None:
    found = typed_in(
        "African Union mediator Thabo Mbeki held separate talks with Sudanese and South Sudanese"
        " delegations in Addis Ababa on Wednesday."
    )
    assert {("Thabo Mbeki", "CONSULT", "Sudan"), ("Thabo Mbeki", "CONSULT", "South Sudan")} <= found
    assert not [row for row in found if row[2] == "Thabo Mbeki"], found
