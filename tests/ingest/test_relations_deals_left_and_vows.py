"""Withdrawing from a deal reduces relations with its other party, as the CAMEO dictionary
types withdrawing from a treaty, and is no retreat; a leader saying so charges no one; quitting a bloc reduces relations with it, where
quitting a country withdraws from it; vowing to respond threatens whoever struck; a force's
name ("strike group", "air force") and a "training camp" type nothing. Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.ingest.triggers import triggers_of
from personae.store.text import sentences_of


def test_withdrawing_from_a_deal_reduces_relations_and_is_no_retreat() -> None:
    found = typed_in(
        "The United States would withdraw from the nuclear deal with Iran, Trump said."
    )
    assert ("United States", "SANCTION", "Iran") in found
    assert not any(kind == "RETREAT" for _, kind, _ in found)


def test_a_leader_reporting_his_state_s_act_charges_no_one() -> None:
    text = (
        "President Donald Trump said the United States would withdraw from the Iran nuclear deal."
    )
    extraction = extract(RawArticle("", text, date="2018-05-08"), "a")
    names = {e.id: e.name for e in extraction.entities}
    typed = {(names[r.source], r.type, names[r.target]) for r in extraction.relations}
    assert ("United States", "SANCTION", "Iran") in typed
    assert ("Donald Trump", "ACCUSE", "United States") not in typed


def test_quitting_a_bloc_reduces_relations_and_quitting_a_country_withdraws() -> None:
    assert typed_in("Burundi is quitting the International Criminal Court.") == {
        ("Burundi", "SANCTION", "International Criminal Court")
    }
    assert typed_in("Britain quit Iraq in 2009.") == {("United Kingdom", "RETREAT", "Iraq")}


def test_vowing_to_respond_threatens_the_side_that_struck() -> None:
    found = typed_in(
        "Indian jets struck a camp inside Pakistan on Tuesday, and Islamabad vowed to respond."
    )
    assert ("Pakistan", "THREATEN", "India") in found


def test_a_strike_group_and_an_air_force_are_names_not_acts() -> None:
    assert not any(
        kind in ("ASSAULT", "COERCE")
        for _, kind, _ in typed_in(
            "Japan sent an air force transport and a carrier strike group to the Philippines."
        )
    )


def test_a_training_camp_is_no_training() -> None:
    """The camp's word is no act: no trigger stands there to end the bombing's reach."""
    text = "Hamas fired rockets at Israel, and Israeli jets pounded Hamas training camps in Gaza."
    sentence = sentences_of(text)[0]
    body = text[sentence.start : sentence.end]
    words = [
        text[s:e] for s, e, _, _ in triggers_of(text, sentence, body, body.lower(), (0, len(text)))
    ]
    assert words == ["fired", "pounded"]


def test_revoking_an_agreement_reduces_relations() -> None:
    found = typed_in("Chad revoked a defence cooperation agreement with France on Thursday.")
    assert found == {("Chad", "SANCTION", "France")}


def test_calling_a_presence_illegal_is_a_charge_not_a_call() -> None:
    found = typed_in(
        "Niger's junta ended its military pact with Washington, calling the presence of"
        " American troops illegal."
    )
    assert ("Niger", "ACCUSE", "American troops") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_ships_linked_to_a_state_are_no_tie_made() -> None:
    found = typed_in("Hamas attacked ships linked to Israel on Monday.")
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_suspending_coordination_reduces_relations() -> None:
    found = typed_in("The Palestinian Authority suspended security coordination with Israel.")
    assert found == {("Palestine", "SANCTION", "Israel")}


def test_a_charge_d_affaires_summoned_to_protest_is_his_state_complained_to() -> None:
    found = typed_in("Islamabad summoned the Afghan charge d'affaires on Monday to protest.")
    assert found == {("Pakistan", "ACCUSE", "Afghanistan")}
