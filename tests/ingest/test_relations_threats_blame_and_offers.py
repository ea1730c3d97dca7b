"""A threat whose object is the measure itself, any act to come "unless" another acts, one
named inside the verb's words ("bowed to Chinese pressure"), blame laid in what a speaker
says, an offer made on a condition, attacks named as a state's noun, and what a ban stops; what
"critics say" after a comma and "and" is a clause of its own."""

from __future__ import annotations

from relation_support import typed_in


def test_a_measure_threatened_as_a_noun_is_a_threat_not_the_measure() -> None:
    found = typed_in("Washington threatened fresh sanctions against Caracas on Monday.")
    assert ("United States", "THREATEN", "Venezuela") in found
    assert not any(kind == "COERCE" for _, kind, _ in found)
    tariffs = typed_in("Beijing is threatening retaliatory tariffs on Canadian canola.")
    assert ("China", "THREATEN", "Canada") in tariffs


def test_a_ban_on_arms_sales_stops_them_and_gives_no_aid() -> None:
    found = typed_in("Canada imposed a ban on arms sales to Turkey on Friday.")
    assert ("Canada", "COERCE", "Turkey") in found
    assert not any(kind == "AID" for _, kind, _ in found)


def test_a_speaker_who_says_another_is_to_blame_accuses_it() -> None:
    assert ("Ukraine", "ACCUSE", "Russia") in typed_in(
        "Ukraine said on Friday that Moscow was responsible for the dam's destruction."
    )
    assert ("Israel", "ACCUSE", "Iran") in typed_in(
        "Israel said Iran was behind the attack on the tanker."
    )
    assert ("United Kingdom", "ACCUSE", "Russia") in typed_in(
        "Britain said Russia had almost certainly been behind the intrusion."
    )
    assert typed_in("Kenya said it was responsible for the security of the camp.") == set()


def test_an_act_offered_on_a_condition_is_an_intent() -> None:
    found = typed_in(
        "Washington will ease sanctions on Caracas if it holds free elections, officials said."
    )
    assert ("United States", "AGREE", "Venezuela") in found
    assert not any(kind == "RETREAT" for _, kind, _ in found)
    plain = typed_in("Japan will send aid to Indonesia, officials said.")
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert ("Japan", "AGREE", "Indonesia") in plain


def test_an_attack_named_by_the_attackers_adjective_is_theirs() -> None:
    assert ("Saudi Arabia", "ASSAULT", "Yemen") in typed_in(
        "Saudi air strikes on Sanaa killed 12 people on Tuesday."
    )
    assert ("Iraq", "ASSAULT", "Kuwait") in typed_in("The Iraqi attack on Kuwait killed hundreds.")


def test_an_act_told_after_an_appeal_in_a_clause_of_its_own_is_not_asked_for() -> None:
    found = typed_in(
        "Armenia asked Russia on Tuesday to send peacekeepers after Azerbaijani forces shelled "
        "Armenian villages."
    )
    assert ("Armenia", "REQUEST", "Russia") in found
    assert ("Azerbaijani forces", "ASSAULT", "Armenia") in found


def test_a_release_demanded_asks_whoever_holds_the_captives() -> None:
    found = typed_in("Hezbollah demanded the release of Hezbollah fighters held by Israel.")
    assert ("Hezbollah", "REQUEST", "Israel") in found
    assert not any(kind == "RETREAT" for _, kind, _ in found)
    assert ("Polisario Front", "REQUEST", "Morocco") in typed_in(
        "The Polisario Front called for the release of Sahrawi activists jailed by Morocco."
    )
    assert ("Ukraine", "REQUEST", "Russia") in typed_in(
        "Ukraine demanded the return of Ukrainian children taken by Russia."
    )


def test_a_second_act_after_a_condition_is_the_subjects_own() -> None:
    found = typed_in(
        "Turkey threatened to launch an operation unless the YPG pulled back, and accused the "
        "United States of arming the militia."
    )
    assert ("Turkey", "ACCUSE", "United States") in found
    assert not any(kind == "AID" for _, kind, _ in found)  # the arming is charged, not told
    urged = typed_in(
        "Egypt warned it would cut ties if Israel attacked Rafah, and urged the United Nations "
        "to act."
    )
    assert ("Egypt", "REQUEST", "United Nations") in urged


def test_an_act_ordered_as_a_noun_is_the_act() -> None:
    found = typed_in(
        "Bolivian President Evo Morales ordered the seizure of oil fields operated by Repsol."
    )
    assert ("Evo Morales", "COERCE", "Repsol") in found
    assert not any(kind == "REQUEST" for _, kind, _ in found)
    assert typed_in("Putin ordered the army to withdraw from Kherson.") == set()


def test_a_charge_against_an_act_by_someone_charges_its_author() -> None:
    found = typed_in("The UN condemned the killing of two Israeli soldiers by Hezbollah.")
    assert ("United Nations", "ACCUSE", "Hezbollah") in found
    assert ("United Nations", "ACCUSE", "Israeli soldiers") not in found


def test_gunmen_working_for_a_group_are_its_agents() -> None:
    assert ("Boko Haram", "ASSAULT", "Nigerian soldiers") in typed_in(
        "Two Nigerian soldiers were killed by militants linked to Boko Haram."
    )


def test_hackers_blamed_are_agents_not_an_attack_by_who_blames_them() -> None:
    found = typed_in(
        "Britain on Monday blamed hackers working for Russia's GRU military intelligence "
        "agency for a cyber attack on the Electoral Commission."
    )
    assert ("United Kingdom", "ACCUSE", "Russia") in found
    assert not any(kind == "ASSAULT" and source == "United Kingdom" for source, kind, _ in found)


def test_a_court_that_finds_a_party_responsible_charges_it() -> None:
    assert ("European Court of Human Rights", "ACCUSE", "Turkey") in typed_in(
        "The European Court of Human Rights found Turkey responsible for the deaths of 34 "
        "villagers."
    )
    assert typed_in("Police found two bodies near the Syrian border.") == set()


def test_strikes_on_things_in_a_state_hit_the_state() -> None:
    found = typed_in(
        "Houthi rebels fired missiles at Riyadh, and the Saudi-led coalition responded with air "
        "strikes on ports and depots across western Yemen."
    )
    assert any(kind == "ASSAULT" and target == "Yemen" for _, kind, target in found)
    assert ("Israel", "ASSAULT", "Lebanon") in typed_in(
        "Israel responded with air strikes on bridges and roads across southern Lebanon."
    )


def test_a_coup_leader_named_in_an_apposition_acts_on_no_one_before_him() -> None:
    found = typed_in(
        "Australia suspended defence cooperation with Fiji in 1987 after the island's army "
        "commander, Colonel Sitiveni Rabuka, seized power in a coup."
    )
    assert ("Australia", "SANCTION", "Fiji") in found
    assert not any(target == "Australia" for _, _, target in found)


def test_a_second_verb_phrase_after_talks_is_an_event_of_its_own() -> None:
    found = typed_in(
        "India and China held talks in Moscow on Thursday and agreed to ease tensions along "
        "their border."
    )
    assert {("India", "CONSULT", "China"), ("India", "AGREE", "China")} <= found


def test_a_threat_after_a_measure_on_the_same_side_is_told_too() -> None:
    found = typed_in(
        "ECOWAS voted on Sunday to suspend Mali's membership and threatened economic sanctions "
        "against Bamako."
    )
    assert ("ECOWAS", "THREATEN", "Mali") in found


def test_a_bodys_officer_opening_a_clause_after_and_is_no_object_of_the_first() -> None:
    found = typed_in(
        "Senegal's police detained opposition leader Ousmane Sonko and other leaders of the "
        "Pastef party in raids on Monday, and U.N. Secretary-General Antonio Guterres called "
        "for their immediate release."
    )
    assert ("Antonio Guterres", "REQUEST", "Senegal") in found
    assert not any(target == "United Nations" for _, _, target in found)


def test_a_measure_decided_to_take_effect_unless_another_yields_is_a_threat() -> None:
    found = typed_in(
        "ECOWAS decided to impose sanctions on Guinea unless the junta sets an election date."
    )
    assert ("ECOWAS", "THREATEN", "Guinea") in found
    plain = typed_in("The African Union voted to suspend Mali's membership on Friday.")
    assert ("African Union", "SANCTION", "Mali") in plain


def test_duties_retaliating_on_goods_named_at_length_are_a_measure() -> None:
    found = typed_in(
        "Canada imposed tariffs on Chinese steel, and Beijing immediately retaliated with duties "
        "on the same amount of Canadian goods."
    )
    assert ("China", "COERCE", "Canada") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_expelling_peacekeepers_or_aid_agencies_reduces_relations() -> None:
    assert ("Mali", "SANCTION", "United Nations") in typed_in(
        "Mali expelled the UN peacekeepers on Friday."
    )
    assert ("Niger", "SANCTION", "Doctors Without Borders") in typed_in(
        "Niger expelled three aid agencies including Doctors Without Borders on Tuesday."
    )
    assert ("Hungary", "COERCE", "Serbia") in typed_in("Hungary expelled 20 migrants to Serbia.")


def test_a_condition_in_the_sentence_before_conditions_nothing_after() -> None:
    found = typed_in(
        "ECOWAS will suspend Mali unless the junta sets a date. Pakistan's Foreign Office "
        "summoned India's envoy to protest against shelling by Indian troops."
    )
    assert ("Foreign Office", "ACCUSE", "India's envoy") in found


def test_an_actor_said_to_be_involved_in_a_plot_is_blamed() -> None:
    assert ("United Kingdom", "ACCUSE", "Syria") in typed_in(
        "Britain said Syria had been directly involved in a plot to bomb an airliner."
    )
    # a part in talks is no charge
    assert typed_in("Germany said Iran was involved in the talks.") == set()


def test_a_charge_told_after_with_is_its_subjects_not_part_of_an_order() -> None:
    found = typed_in(
        "Bolivia ordered the U.S. ambassador to leave the country within 72 hours, with "
        "President Evo Morales accusing Washington of backing the opposition."
    )
    assert ("Evo Morales", "ACCUSE", "United States") in found
    # what no one named agreed to is no one's agreement
    found = typed_in(
        "Hungary blocked an aid package for Ukraine, with Prime Minister Viktor Orban refusing "
        "to lift his veto, hours after fellow leaders agreed to open talks with Kyiv."
    )
    assert not any(kind == "AGREE" for _, kind, _ in found)


def test_any_act_to_come_unless_another_acts_threatens_it() -> None:
    found = typed_in(
        "Iran will resume uranium conversion at its Isfahan plant unless the European Union "
        "presents acceptable proposals within days, a senior Iranian official said on Monday."
    )
    assert ("Iran", "THREATEN", "European Union") in found


def test_guard_an_act_to_come_if_another_acts_is_no_threat() -> None:
    found = typed_in("The United States will lift sanctions on Iran if Tehran complies.")
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_pressure_not_bowed_to_is_rejected_whoever_the_adjective_names() -> None:
    found = typed_in(
        "Japanese Prime Minister Junichiro Koizumi said on Tuesday that he would not bow to "
        "Chinese pressure to stop visiting the Yasukuni war shrine."
    )
    assert ("Junichiro Koizumi", "REJECT", "China") in found
    assert ("Japan", "CONCEDE", "China") in typed_in("Japan bowed to Chinese pressure on Tuesday.")


def test_threats_critics_speak_of_aim_at_no_one_named_before_them() -> None:
    found = typed_in(
        "Guinea has seen two coups, and critics say ECOWAS's threats have lost credibility."
    )
    assert not any(kind == "THREATEN" for _, kind, _ in found)
