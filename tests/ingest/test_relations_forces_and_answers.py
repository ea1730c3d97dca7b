"""Forces sent, arriving, leaving and taking, and acts answered: peacekeepers and forces
that come to help are aid, other forces that arrive a show of force; forces that left after
doing something withdrew; capturing soldiers or a town is an attack, arresting a suspect is
not; reinforcing a border mobilises; ordering one's troops to act is the act; an act "in
response to" another's is not the responder's, nor part of an act the responder ordered;
an answer told by its act ("retaliated by ordering") is that act. Sentences written for
these tests."""

from __future__ import annotations

from relation_support import links_in, stored_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_forces_sent_as_peacekeepers_are_aid_and_other_forces_a_show_of_force() -> None:
    peace = _typed(
        "Ghana flew 800 troops into Liberia on Monday as part of a regional peacekeeping force."
    )
    assert ("Ghana", "AID", "Liberia") in peace
    assert not any(kind == "MOBILIZE" for _, kind, _ in peace)
    massed = _typed("Ethiopia deployed 800 troops along its border with Eritrea on Monday.")
    assert not any(kind == "AID" for _, kind, _ in massed)


def test_forces_that_arrive_to_help_are_aid_and_a_leader_who_arrives_visits() -> None:
    medics = _typed("Chinese medics arrived in Serbia on Saturday to help fight the epidemic.")
    assert ("China", "AID", "Serbia") in medics
    troops = _typed("Rwandan troops arrived in Mozambique on Friday.")
    assert ("Rwandan troops", "MOBILIZE", "Mozambique") in troops
    leader = _typed("Indian Prime Minister Narendra Modi arrived in Egypt on Saturday.")
    assert not any(kind in ("AID", "MOBILIZE") for _, kind, _ in leader)
    assert any(kind == "CONSULT" for _, kind, _ in leader)


def test_forces_that_did_something_and_left_a_country_withdrew_from_it() -> None:
    found = _typed("Estonia said its soldiers had handed over their base and left Mali.")
    assert any(kind == "RETREAT" and target == "Mali" for _, kind, target in found)
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_capturing_soldiers_is_an_attack_taking_ground_an_occupation_an_arrest_neither() -> None:
    soldiers = _typed("Taliban fighters captured three Pakistani soldiers near the border.")
    assert any(kind == "ASSAULT" for _, kind, _ in soldiers)
    town = _typed("Houthi fighters seized Yemen's main airport on Tuesday.")  # CAMEO 192
    assert ("Houthis", "COERCE", "Yemen") in town
    suspect = _typed("Turkish police arrested a Syrian suspect in Ankara.")
    assert not any(kind == "ASSAULT" for _, kind, _ in suspect)


def test_ordering_troops_to_reinforce_a_border_mobilises_against_the_neighbour() -> None:
    found = _typed("Armenia ordered troops to reinforce its border with Azerbaijan on Sunday.")
    assert ("Armenia", "MOBILIZE", "Azerbaijan") in found
    assert not any(kind == "COERCE" for _, kind, _ in found)
    asked = _typed("Germany urged Serbia to withdraw its troops from Kosovo.")
    assert ("Germany", "REQUEST", "Serbia") in asked
    assert not any(kind == "RETREAT" for _, kind, _ in asked)


def test_an_act_answered_is_not_the_one_who_answers_it() -> None:
    found = _typed(
        "Israeli jets struck Hamas positions in Gaza on Sunday in retaliation for a rocket"
        " attack on the town of Sderot."
    )
    assert ("Israel", "ASSAULT", "Hamas") in found
    assert not any(target == "Sderot" for _, _, target in found)  # whose attack is not said
    beyond = _typed(
        "Egypt launched air strikes on targets in Gaza in retaliation for an attack on Sinai."
    )
    assert not any(target == "Sinai" for _, _, target in beyond)


def test_forces_sent_in_response_to_an_act_are_a_show_of_force_to_its_doer() -> None:
    found = _typed(
        "Britain sent two warships to the Gulf in response to Iran's seizure of an oil tanker."
    )
    assert ("United Kingdom", "MOBILIZE", "Iran") in found
    assert not any(source == "United Kingdom" and kind == "COERCE" for source, kind, _ in found)


def test_a_count_before_a_name_and_a_plural_makes_the_plural_a_noun() -> None:
    found = _typed("French jets struck more than 20 Islamic State targets in Syria on Friday.")
    assert ("France", "ASSAULT", "Islamic State") in found
    assert not any(source == "Islamic State" for source, _, _ in found)


def test_forces_sent_to_help_fight_are_aid() -> None:
    found = _typed(
        "Chad flew 900 soldiers into Niger on Friday to help fight jihadists near the border."
    )
    assert ("Chad", "AID", "Niger") in found
    assert not any(kind == "MOBILIZE" for _, kind, _ in found)


def test_water_cannon_fired_at_a_boat_is_force_used_on_it() -> None:
    # CAMEO 175, which the PLOVER table files under ASSAULT, as every held-out coder did
    found = _typed("Chinese coast guard ships fired water cannon at Vietnamese fishing boats.")
    assert any(kind == "ASSAULT" for _, kind, _ in found)


def test_accepting_terms_concedes() -> None:
    found = _typed("Serbia accepted the European Union's terms for a deal on Monday.")
    assert ("Serbia", "CONCEDE", "European Union") in found


def test_the_act_answered_after_an_order_to_leave_is_its_doers() -> None:
    found = _typed(
        "Russia ordered four British diplomats to leave the country on Thursday in retaliation"
        " for London's expulsion of four Russian envoys."
    )
    assert ("Russia", "SANCTION", "British diplomats") in found
    assert ("United Kingdom", "SANCTION", "Russian envoys") in found


def test_an_answer_told_by_its_act_is_that_act() -> None:
    found = _typed(
        "Fiji expelled Australia's high commissioner on Tuesday, and the Australian government"
        " retaliated hours later by ordering Fiji's top diplomat in Canberra to leave."
    )
    assert ("Australian government", "SANCTION", "Fiji") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_guard_a_retaliation_with_no_act_told_is_an_attack() -> None:
    found = _typed("Israel retaliated against Hezbollah positions in southern Lebanon.")
    assert ("Israel", "ASSAULT", "Hezbollah") in found


def test_troops_flown_in_at_a_governments_request_are_aid_to_it() -> None:
    found = _typed(
        "India flew paratroopers into the Maldives on Thursday at the request of its president to"
        " put down an attempted coup by foreign mercenaries."
    )
    assert ("India", "AID", "Maldives") in found
    assert not [row for row in found if row[1] == "MOBILIZE"]


def test_forces_arriving_as_part_of_a_blocs_force_a_president_requested_aid_his_state() -> None:
    found = _typed(
        "Russian paratroopers began arriving in Kazakhstan on Thursday as part of a Collective"
        " Security Treaty Organization force that President Kassym-Jomart Tokayev had requested"
        " to help restore order."
    )
    assert ("Russia", "AID", "Kazakhstan") in found
    assert not [row for row in found if row[2] == "Collective Security Treaty Organization"]


def test_strikes_on_its_own_sites_answered_are_strikes_on_the_subject() -> None:
    found = stored_in(
        "Iran fired missiles at a U.S. air base in Qatar on Monday in retaliation for American "
        "strikes on its nuclear sites.",
        "2025-06-23",
    )
    assert {("Iran", "ASSAULT", "United States"), ("United States", "ASSAULT", "Iran")} <= found


def test_a_state_that_denied_losses_and_vowed_to_respond_threatens_the_striker() -> None:
    found = _typed(
        "India said its warplanes struck a training camp of the Jaish-e-Mohammed militant group "
        "inside Pakistan on Tuesday, while Pakistan denied any casualties and vowed to respond."
    )
    assert ("Pakistan", "THREATEN", "India") in found
    assert ("India", "THREATEN", "Jaish-e-Mohammed") not in found
