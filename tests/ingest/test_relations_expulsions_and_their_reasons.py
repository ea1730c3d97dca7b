"""An expulsion told with its reason blames whoever the reason names: "after concluding that
Russian agents were involved", "saying Moscow had failed to cooperate"; a speaker who says
another state's act "was a violation of" a law or a truce accuses that state; "the accusation"
rejected after an expulsion is the expeller's. Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_a_finding_that_a_state_s_agents_were_involved_blames_it() -> None:
    found = typed_in(
        "Bulgaria expelled two Russian diplomats on Friday after concluding that Russian agents"
        " were involved in explosions at arms depots."
    )
    assert ("Bulgaria", "ACCUSE", "Russia") in found


def test_saying_a_state_failed_to_cooperate_blames_it() -> None:
    found = typed_in(
        "The Netherlands expelled an Iranian diplomat on Monday, saying Tehran had failed to"
        " cooperate with an inquiry into two killings."
    )
    assert ("Netherlands", "ACCUSE", "Iran") in found


def test_agents_in_talks_blame_no_one() -> None:
    found = typed_in(
        "Norway said on Monday that Iranian officials were involved in talks with Saudi envoys."
    )
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_saying_another_state_s_act_was_a_violation_accuses_it() -> None:
    found = typed_in(
        "Pakistan said on Tuesday that the Indian air strike was a flagrant violation of the"
        " ceasefire."
    )
    assert ("Pakistan", "ACCUSE", "India") in found
    assert typed_in("Iran said the Israeli attack was a clear breach of international law.") == {
        ("Iran", "ACCUSE", "Israel")
    }


def test_the_accusation_rejected_after_an_expulsion_is_the_expeller_s() -> None:
    found = typed_in(
        "Russia expelled two Estonian diplomats on Monday, prompting Tallinn to reject the"
        " accusation as baseless."
    )
    assert {("Estonia", "REJECT", "Russia"), ("Russia", "ACCUSE", "Estonia")} <= found


def test_an_accusation_with_no_hostile_act_before_has_no_author() -> None:
    found = typed_in(
        "Chile and Peru met in Lima on Monday, and Bolivia rejected the accusation as baseless."
    )
    assert not any(kind in ("REJECT", "ACCUSE") for _, kind, _ in found)
