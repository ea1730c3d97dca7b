"""A second verb joined by "and" without a comma is the first one's subject's, and its own
event; objects named by their kind ("the Gulf state", "the regional bloc", "the ruling
junta"); leaving a bloc; an act answered "in a tit-for-tat response to"; mediation by a
third side; ignoring a deadline rejects it; overrunning a base attacks. Sentences written
for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_second_verb_after_and_without_a_comma_is_the_first_subjects_own_event() -> None:
    found = _typed(
        "Algeria recalled its ambassador from Rabat on Monday and demanded that Morocco apologise."
    )
    assert ("Algeria", "SANCTION", "Morocco") in found
    assert ("Algeria", "REQUEST", "Morocco") in found


def test_a_second_verb_in_a_subordinate_clause_keeps_that_clauses_subject() -> None:
    found = _typed(
        "The UN condemned Ethiopia on Friday, two days after Ethiopian troops crossed and"
        " occupied parts of Somalia."
    )
    assert not any(source == "United Nations" and kind == "ASSAULT" for source, kind, _ in found)
    assert ("Ethiopian troops", "COERCE", "Somalia") in found  # occupied: CAMEO 192


def test_objects_named_by_their_kind_are_the_state_or_body_named_before() -> None:
    gulf = _typed(
        "Bahrain cut ties with Qatar on Monday, accusing the Gulf state of backing militants."
    )
    assert ("Bahrain", "ACCUSE", "Qatar") in gulf
    bloc = _typed(
        "Guinea said it was leaving ECOWAS on Sunday, accusing the regional bloc of betrayal."
    )
    assert ("Guinea", "ACCUSE", "ECOWAS") in bloc
    assert ("Guinea", "SANCTION", "ECOWAS") in bloc  # leaving a bloc reduces relations
    assert not any(kind == "CONSULT" for _, kind, _ in bloc)
    junta = _typed(
        "The European Union suspended aid to Mali on Tuesday and called on the ruling junta to"
        " hold elections."
    )
    assert ("European Union", "REQUEST", "Mali") in junta


def test_an_act_answered_in_a_tit_for_tat_response_is_the_answered_doers() -> None:
    found = _typed(
        "Hungary expelled two Czech diplomats in a tit-for-tat response to Prague's expulsion"
        " of two Hungarian diplomats."
    )
    assert ("Hungary", "SANCTION", "Czech diplomats") in found
    assert ("Czechia", "SANCTION", "Hungarian diplomats") in found


def test_mediation_by_a_third_side_meets_each_side() -> None:
    found = _typed(
        "Armenia and Azerbaijan swapped prisoners on Tuesday after mediation by Georgia."
    )
    assert {("Georgia", "CONSULT", "Armenia"), ("Georgia", "CONSULT", "Azerbaijan")} <= found


def test_ignoring_a_deadline_rejects_it() -> None:
    found = _typed("Houthi rebels ignored a United Nations deadline to leave the port.")
    assert ("Houthis", "REJECT", "United Nations") in found


def test_two_subjects_acting_together_are_each_others_partners_not_their_own() -> None:
    found = _typed(
        "Chile and Bolivia restored diplomatic relations on Monday, and the Bolivian flag was"
        " raised over its embassy in Santiago."
    )
    assert {("Chile", "SUPPORT", "Bolivia"), ("Bolivia", "SUPPORT", "Chile")} <= found


def test_what_a_deal_is_about_is_no_party_to_it() -> None:
    found = _typed("Spain and Morocco signed an accord on Saharan fisheries in Rabat on Friday.")
    assert ("Spain", "SUPPORT", "Morocco") in found or ("Spain", "AGREE", "Morocco") in found
    assert not any("Sahara" in target for _, _, target in found)
    returning = _typed(
        "Kenya and Somalia signed an agreement on Monday to start returning Somali refugees."
    )
    assert any(s == "Kenya" and t == "Somalia" for s, _, t in returning)
    sold = _typed("Brazil agreed to sell fighter jets to Argentina.")
    assert any(s == "Brazil" and t == "Argentina" for s, _, t in sold)


def test_an_attack_noun_with_its_doer_before_a_relative_clause_is_the_clauses_subject() -> None:
    found = _typed("Iraq condemned a Turkish drone strike that killed two Iraqi border guards.")
    assert ("Turkey", "ASSAULT", "Iraqi border guards") in found


def test_what_a_name_called_the_main_act_is_its_charge_against_the_doer() -> None:
    found = _typed(
        "Iran detained two French nationals in what Paris called hostage diplomacy on Monday."
    )
    assert ("France", "ACCUSE", "Iran") in found


def test_a_call_rejected_with_a_day_between_is_still_its_authors_request() -> None:
    found = _typed("Israel rejected on Monday a call by France and Germany to halt the offensive.")
    assert {("France", "REQUEST", "Israel"), ("Germany", "REQUEST", "Israel")} <= found


def test_a_states_breakaway_regions_are_what_is_acted_on_and_are_actors() -> None:
    found = _typed(
        "Moscow recognised the independence of Moldova's breakaway region of Transnistria."
    )
    assert ("Russia", "SUPPORT", "Transnistria") in found
    assert not any(target == "Moldova" for _, _, target in found)


def test_soviet_is_the_soviet_union_and_bosnian_serb_its_republic() -> None:
    soviet = _typed("Soviet troops attacked Afghan rebels near Kandahar in 1986.")
    assert any(s.startswith("Soviet") for s, _, _ in soviet)
    serb = _typed("NATO jets bombed a Bosnian Serb ammunition dump on Thursday.")
    assert ("NATO", "ASSAULT", "Republika Srpska") in serb


def test_a_subject_opening_its_own_clause_after_and_takes_no_name_before_it() -> None:
    found = _typed(
        "The EU praised Lebanon on Wednesday, meeting a key demand of the IMF, and Chad flew"
        " 900 soldiers into Niger to help fight jihadists."
    )
    assert ("Chad", "AID", "Niger") in found
    assert not any(s == "International Monetary Fund" and t == "Niger" for s, _, t in found)
    listed = _typed("Iran, Syria, and Russia signed a trade pact with China on Monday.")
    assert {s for s, k, t in listed if t == "China"} == {"Iran", "Syria", "Russia"}
