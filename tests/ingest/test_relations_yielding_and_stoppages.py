"""Yielding, stopping work, ending a body, cutting lines, answering back: meeting a side's
demand or bowing to its pressure concedes to it; a general strike is a protest; a court's
order to liquidate or a government dissolving a body coerces it; cutting communication
lines reduces relations; a threat reaches past a number; inspectors let in "from" a body
are let in; "the group responded by firing" is the group's own event. Sentences written
for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_meeting_a_demand_or_bowing_to_pressure_concedes_and_meets_no_one() -> None:
    met = _typed("Serbia scrapped the law on Monday, meeting a key demand of the European Union.")
    assert ("Serbia", "CONCEDE", "European Union") in met
    assert not any(kind == "CONSULT" for _, kind, _ in met)
    bowed = _typed("Hungary changed the law on Friday, bowing to pressure from the European Union.")
    assert ("Hungary", "CONCEDE", "European Union") in bowed
    meeting = _typed("Kenya's president met his Ugandan counterpart in Nairobi on Monday.")
    assert any(kind == "CONSULT" for _, kind, _ in meeting)


def test_a_general_strike_is_a_protest_not_an_attack() -> None:
    found = _typed("The CGT union launched a general strike against Argentina's government.")
    assert any(kind == "PROTEST" for _, kind, _ in found)
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_ending_a_body_coerces_it() -> None:
    court = _typed("A Belarus court ordered the liquidation of Viasna, a human rights group.")
    assert any(kind == "COERCE" and target == "Viasna" for _, kind, target in court)
    assert not any(kind == "REQUEST" for _, kind, _ in court)


def test_cutting_communication_lines_reduces_relations() -> None:
    found = _typed("North Korea cut military communication lines with South Korea on Friday.")
    assert ("North Korea", "SANCTION", "South Korea") in found


def test_a_threat_reaches_past_a_number() -> None:
    found = _typed("China threatened to impose a 30 percent tariff on Australian wine.")
    assert ("China", "THREATEN", "Australia") in found
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_inspectors_let_in_from_a_body_are_let_in() -> None:
    found = _typed("Syria allowed inspectors from the OPCW to visit the site on Monday.")
    assert any(kind == "RETREAT" for _, kind, _ in found)


def test_the_group_responding_by_firing_is_its_own_event() -> None:
    found = _typed(
        "Israeli jets struck Hamas positions in Gaza on Friday, and the group responded by"
        " firing rockets at southern Israel."
    )
    assert ("Israel", "ASSAULT", "Hamas") in found
    assert ("Hamas", "ASSAULT", "Israel") in found


def test_forces_massed_at_a_border_face_the_neighbour_across_it() -> None:
    found = _typed(
        "Ethiopia ordered more than 3,000 troops to take part in exercises near its border"
        " with Eritrea in the Afar region."
    )
    assert ("Ethiopia", "MOBILIZE", "Eritrea") in found
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_a_city_where_two_sides_talk_is_no_third_side() -> None:
    found = _typed("Israeli and Hamas negotiators resumed talks in the Egyptian capital Cairo.")
    assert {("Israel", "CONSULT", "Hamas"), ("Hamas", "CONSULT", "Israel")} <= found
    assert not any("Egypt" in (s, t) for s, _, t in found)


def test_all_who_say_it_together_are_no_party_to_what_they_say() -> None:
    found = _typed(
        "Sudan's army and the Rapid Support Forces signed an agreement in Jeddah for a"
        " ceasefire, Saudi Arabia and the United States said."
    )
    assert ("Sudan", "SUPPORT", "Rapid Support Forces") in found
    assert not any("Saudi Arabia" in (s, t) for s, _, t in found)


def test_a_body_led_by_a_state_is_the_one_asked() -> None:
    found = _typed(
        "Armenia asked the Russian-led Collective Security Treaty Organization for help."
    )
    assert ("Armenia", "REQUEST", "Collective Security Treaty Organization") in found
    assert not any(t == "Russia" for _, _, t in found)


def test_a_quote_opened_by_we_is_the_speakers_own_act() -> None:
    found = _typed("'We call on Uganda to withdraw its troops,' the African Union said on Friday.")
    assert ("African Union", "REQUEST", "Uganda") in found


def test_a_second_act_of_one_way_keeps_its_way() -> None:
    found = _typed(
        "Japan praised the Indonesian government's reforms on Monday and pledged a further 10"
        " million dollars for the region's reconstruction."
    )
    assert ("Japan", "AGREE", "Indonesian government") in found
    assert not any(s == "Indonesian government" for s, _, _ in found)


def test_troops_accused_of_what_they_did_while_fighting_are_the_accused() -> None:
    found = _typed(
        "Human Rights Watch accused Rwandan troops fighting in eastern Congo of killing civilians."
    )
    assert ("Human Rights Watch", "ACCUSE", "Rwandan troops") in found


def test_a_threat_is_aimed_at_its_conditions_subject_not_at_names_inside_the_condition() -> None:
    found = _typed(
        "Iran's Revolutionary Guards warned that they would close the Strait of Hormuz if the"
        " United States tried to halt Iranian oil exports."
    )
    assert any(k == "THREATEN" and t == "United States" for _, k, t in found)
    assert not any(t == "Iran" for _, _, t in found)  # the subject's own state


def test_clashing_with_fighters_from_a_group_is_fighting_the_group() -> None:
    found = _typed("Nigerian troops clashed with fighters from Boko Haram near Maiduguri.")
    assert ("Nigerian troops", "ASSAULT", "Boko Haram") in found
    assert ("Boko Haram", "ASSAULT", "Nigerian troops") in found


def test_what_talks_are_about_is_no_party_even_after_a_long_venue() -> None:
    found = _typed(
        "Putin and Erdogan held talks in the Black Sea resort of Sochi on Monday on the fate"
        " of Syria's Idlib province."
    )
    assert not any(t == "Syria" for _, _, t in found)


def test_a_leader_titled_by_his_group_takes_it_for_no_object_and_a_quoted_threat_reaches() -> None:
    found = _typed(
        "Hamas leader Yahya Sinwar threatened on Monday to strike 'without mercy' if Israeli"
        " forces entered Rafah."
    )
    assert not any(t == "Hamas" for _, _, t in found)
    assert any(k == "THREATEN" for _, k, _ in found)
