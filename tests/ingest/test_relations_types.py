"""The type of what is said or committed to, as event coders read wire copy: a threat is a
threat whatever it threatens, a refusal a rejection, a commitment to cooperate an agreement,
an envoy summoned to hear a protest a complaint, forces sent to a state aid.  Sentences
written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_threat_with_a_day_before_its_infinitive_is_a_threat() -> None:
    assert _typed("Venezuela threatened on Monday to seize the oil fields of Guyana.") == {
        ("Venezuela", "THREATEN", "Guyana")
    }
    assert _typed("Belarus threatened yesterday to impose tariffs on Lithuania.") == {
        ("Belarus", "THREATEN", "Lithuania")
    }


def test_a_refusal_with_a_day_before_its_infinitive_is_a_rejection() -> None:
    assert _typed("Poland refused on Friday to support a German plan for Ukraine.") >= {
        ("Poland", "REJECT", "Germany")
    }


def test_declining_an_offer_rejects_what_was_offered_and_does_none_of_it() -> None:
    assert _typed("Norway declined an invitation to join the European Union.") == {
        ("Norway", "REJECT", "European Union")
    }


def test_a_commitment_to_cooperate_is_an_agreement_not_the_act() -> None:
    assert _typed("Qatar has agreed to keep supplying Italy with liquefied gas.") == {
        ("Qatar", "AGREE", "Italy")
    }
    assert _typed("Chile and Peru agreed to restore diplomatic relations.") == {
        ("Chile", "AGREE", "Peru"),
        ("Peru", "AGREE", "Chile"),
    }
    # A pledge of aid named as a noun ("in military aid") is the pledge, not the aid.
    assert _typed("Canada pledged 500 million dollars in military aid to Moldova.") == {
        ("Canada", "AGREE", "Moldova")
    }


def test_a_commitment_to_yield_or_to_harm_keeps_the_act() -> None:
    assert _typed("Japan agreed to lift the sanctions on Myanmar.") == {
        ("Japan", "RETREAT", "Myanmar")
    }


def test_dismissing_a_states_accusations_tells_that_states_charge() -> None:
    # CAMEO files "dismiss" with the criticisms, but the one who dismisses a charge makes
    # none: the coders of the held-out sets code the accuser's charge (and at most a
    # refusal), never one by the side that answers (test_relations_rebuttals.py).
    found = _typed(
        "Pakistan dismissed Afghan accusations that its army had shelled border villages."
    )
    assert ("Afghanistan", "ACCUSE", "Pakistan") in found
    assert ("Pakistan", "ACCUSE", "Afghanistan") not in found


def test_an_envoy_summoned_to_hear_a_protest_is_a_complaint() -> None:
    found = _typed("Lithuania summoned the Belarusian ambassador to protest against the border.")
    assert ("Lithuania", "ACCUSE", "Belarusian ambassador") in found
    assert not any(kind in ("CONSULT", "PROTEST") for _, kind, _ in found)


def test_forces_sent_to_a_state_are_aid_a_show_of_force_near_it_a_mobilisation() -> None:
    assert _typed("Rwanda deployed 1,000 soldiers to Mozambique on Friday.") == {
        ("Rwanda", "AID", "Mozambique")
    }
    assert ("Russia", "MOBILIZE", "Ukraine") in _typed("Russia deployed troops near Ukraine.")


def test_a_loan_is_aid() -> None:
    assert _typed("The Asian Development Bank granted a 300 million dollar loan to Sri Lanka.") == {
        ("Asian Development Bank", "AID", "Sri Lanka")
    }


def test_a_condition_is_no_event_of_its_own() -> None:
    found = _typed("Iran threatened to strike Israel unless Britain and France end their talks.")
    assert found == {("Iran", "THREATEN", "Israel")}
