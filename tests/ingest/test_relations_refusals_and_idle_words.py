"""A meeting ruled out, rejected or refused is the refusal of whoever it would have been
with (CAMEO 125), one way, and no one meets.  Words that only look like acts are none:
people "forced to work" were forced by no one the sentence names; talks that "break the
deadlock" break nothing; a treaty signed "in the East Room" is signed there, with no one
there."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_meeting_refused_is_a_rejection_of_the_other_side() -> None:
    found = typed_in("North Korea on Tuesday ruled out talks with South Korea.")
    assert found == {("North Korea", "REJECT", "South Korea")}
    found = typed_in("Armenia rejected direct negotiations with Azerbaijan on Friday.")
    assert found == {("Armenia", "REJECT", "Azerbaijan")}


def test_a_refusal_to_hold_talks_is_the_refusers_alone() -> None:
    found = typed_in("Venezuela refused to hold talks with Guyana over the Essequibo region.")
    assert ("Venezuela", "REJECT", "Guyana") in found
    assert ("Guyana", "REJECT", "Venezuela") not in found


def test_people_forced_to_work_were_forced_by_no_one_named() -> None:
    found = typed_in("Warsaw unveiled a plan to pay Poles forced to work for German firms.")
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_breaking_a_deadlock_or_signing_in_a_hall_is_no_act_on_anyone() -> None:
    found = typed_in(
        "Mediators from Qatar hope the new proposal will break the deadlock in the Sudan talks."
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    found = typed_in("Brazil and Argentina signed the accord in the Grand Hall of the palace.")
    assert ("Brazil", "SUPPORT", "Argentina") in found
    assert not any("Grand Hall" in (source, target) for source, _, target in found)


def test_an_envoy_ordered_to_go_home_is_expelled() -> None:
    found = typed_in("Chad ordered Sudan's ambassador to go home on Monday.")
    assert ("Chad", "SANCTION", "Sudan's ambassador") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_protesters_after_from_and_an_owners_bid_are_no_acts_of_the_subject() -> None:
    found = typed_in(
        "Peru said it had granted asylum to the former minister, who resigned under pressure "
        "from the army and protesters in Bolivia."
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)
    found = typed_in("Hungary approved Finland's bid to join NATO on Monday.")
    assert ("Finland", "CONSULT", "NATO") not in found
    assert ("Hungary", "SUPPORT", "Finland") in found


def test_a_crowds_demand_is_its_protests_aim() -> None:
    found = typed_in(
        "Thousands of protesters led by the Movement for Socialism occupied Bolivia's "
        "Congress on Friday, demanding that President Carlos Mesa resign."
    )
    assert any(kind == "PROTEST" for _, kind, _ in found), found
    assert not any(kind in ("REQUEST", "COERCE", "CONCEDE") for _, kind, _ in found), found


def test_guard_a_demand_after_hostages_taken_is_a_demand() -> None:
    found = typed_in(
        "Supporters of Hezbollah stormed the U.S. Embassy in Beirut and took 90 people hostage, "
        "demanding that the United States free their leader."
    )
    assert any(kind == "REQUEST" and target == "United States" for _, kind, target in found)


def test_a_meeting_cancelled_is_refused_and_a_snub_named_after_it_answered() -> None:
    found = typed_in(
        "Turkey's foreign minister cancelled a planned meeting with Sweden's prime minister "
        "on Tuesday, a snub that Stockholm criticised as unhelpful."
    )
    assert any(kind == "REJECT" and target.startswith("Sweden") for _, kind, target in found)
    assert not any(kind in ("CONSULT", "SANCTION") for _, kind, _ in found), found
    assert any(source == "Sweden" and kind == "ACCUSE" for source, kind, _ in found), found


def test_recognition_withheld_is_a_rejection() -> None:
    found = stored_in(
        "Kremlin spokesman Dmitry Peskov said Russia did not recognise the jurisdiction of the "
        "International Criminal Court.",
        "2023-03-17",
    )
    assert ("Russia", "REJECT", "International Criminal Court") in found


def test_a_judgement_after_as_then_and_a_verb_keeps_the_second_act() -> None:
    found = typed_in(
        "Amnesty International condemned Saudi Arabia's execution of 81 men as a chilling "
        "escalation and urged the kingdom to establish a moratorium on the death penalty."
    )  # "as a chilling escalation and": no clause of "as" whose subject goes unnamed
    assert {
        ("Amnesty International", "ACCUSE", "Saudi Arabia"),
        ("Amnesty International", "REQUEST", "Saudi Arabia"),
    } <= found


def test_leading_others_in_cutting_ties_is_cutting_them_not_cooperating() -> None:
    found = typed_in(
        "Saudi Arabia led a group of Arab states in cutting diplomatic ties with Qatar on Monday."
    )
    assert ("Saudi Arabia", "SANCTION", "Qatar") in found
    assert ("Saudi Arabia", "COOPERATE", "Qatar") not in found
