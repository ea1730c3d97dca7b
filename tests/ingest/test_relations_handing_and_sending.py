"""What is handed, disbursed, airlifted or flown in to a state is aid to it; a wanted person
handed over is the receiving state's cooperation, as an extradition is; war machines sent
toward a state and battalions ordered to its border are a show of force; recalling a high
commissioner and calling off talks reduce relations. Sentences written for these tests, in
the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_things_handed_over_to_a_state_are_aid_to_it() -> None:
    assert typed_in(
        "Japan handed over four patrol boats to the Philippine coast guard in Manila on Monday."
    ) == {("Japan", "AID", "Philippine coast guard")}


def test_a_passive_handing_over_runs_from_the_agent_to_the_recipient() -> None:
    assert typed_in("A new hospital in Apia was handed to Samoa by China on Thursday.") == {
        ("China", "AID", "Samoa")
    }


def test_a_wanted_person_handed_over_is_cooperation_with_the_state_that_gets_him() -> None:
    assert typed_in("Mexico handed over drug lord Joaquin Guzman to the United States.") == {
        ("Mexico", "COOPERATE", "United States")
    }


def test_handing_over_power_is_no_aid() -> None:
    assert not any(
        kind == "AID" for _, kind, _ in typed_in("The junta handed power to Mali's parliament.")
    )


def test_money_disbursed_and_grain_airlifted_are_aid() -> None:
    assert typed_in("The World Bank disbursed $500 million to Kenya on Monday.") == {
        ("World Bank", "AID", "Kenya")
    }
    assert ("Germany", "AID", "Sudan") in typed_in(
        "Germany began airlifting grain into Sudan on Friday."
    )


def test_military_planes_landing_with_medical_supplies_bring_aid() -> None:
    assert typed_in(
        "Turkish military planes landed in Kabul on Friday carrying medical supplies."
    ) == {("Turkish military", "AID", "Afghanistan")}


def test_war_machines_sent_toward_a_state_are_a_show_of_force() -> None:
    found = typed_in("Russia sent 40 aircraft and six navy ships toward Japan on Monday.")
    assert found == {("Russia", "MOBILIZE", "Japan")}


def test_battalions_ordered_to_a_border_are_mobilised_against_the_neighbour() -> None:
    found = typed_in("Ecuador ordered three army battalions to the border with Peru on Sunday.")
    assert found == {("Ecuador", "MOBILIZE", "Peru")}


def test_recalling_a_high_commissioner_reduces_relations() -> None:
    assert typed_in("Britain recalled its high commissioner from Harare on Friday.") == {
        ("United Kingdom", "SANCTION", "Zimbabwe")
    }


def test_calling_off_talks_reduces_relations_instead_of_holding_them() -> None:
    assert typed_in("Seoul called off talks with Tokyo on fishing rights on Saturday.") == {
        ("South Korea", "SANCTION", "Japan")
    }
