"""Charges told around another act, and reactions to it, as event coders code them: the
officials "whom they accused of" are charged by the subject; a court that rules a state
"has no legal basis" finds against it; an inquiry that "concluded that X was behind" the
harm is its state's charge; aid "suspended" is cut, not given; a delegation prompted "to
walk out" walks out on the one who prompted it; "disappointed by the decision" faults the
decision's maker; a "spy agency" is no charge of spying."""

from __future__ import annotations

from relation_support import stored_in


def test_those_whom_the_subject_accused_are_charged_by_it() -> None:
    found = stored_in(
        "The United States froze the assets of 12 Venezuelan officials on Friday, whom it"
        " accused of drug trafficking.",
        "2018-05-18",
    )
    assert ("United States", "ACCUSE", "Venezuela") in found


def test_a_court_ruling_that_a_state_has_no_legal_basis_finds_against_it() -> None:
    found = stored_in(
        "The International Court of Justice ruled on Friday that Malaysia had no legal basis"
        " for its claim to the islands.",
        "2008-05-23",
    )
    assert ("International Court of Justice", "ACCUSE", "Malaysia") in found


def test_an_inquiry_that_found_a_state_behind_a_harm_is_the_subjects_charge() -> None:
    found = stored_in(
        "Britain expelled four Iranian diplomats on Monday after an inquiry concluded that Iran"
        " was behind the bombing of a London synagogue.",
        "2012-02-06",
    )
    assert ("United Kingdom", "ACCUSE", "Iran") in found


def test_aid_suspended_in_many_words_is_aid_cut() -> None:
    found = stored_in(
        "Japan suspended new economic and technical aid to Myanmar on Tuesday.", "2003-06-24"
    )
    assert ("Japan", "SANCTION", "Myanmar") in found
    assert not [row for row in found if row[1] == "AID"]


def test_a_delegation_prompted_to_walk_out_walks_out_on_who_prompted_it() -> None:
    found = stored_in(
        "A Serbian envoy threatened on Monday to cut off power to the north, prompting the"
        " Kosovo delegation to walk out of the talks.",
        "2022-11-21",
    )
    assert ("Kosovo", "SANCTION", "Serbian envoy") in found


def test_disappointment_with_a_decision_faults_who_made_it() -> None:
    found = stored_in(
        "Ecuador granted asylum to Julian Assange on Thursday, and Britain said it was"
        ' "deeply disappointed" by the decision.',
        "2012-08-16",
    )
    assert ("United Kingdom", "ACCUSE", "Ecuador") in found


def test_a_spy_agency_charges_no_one() -> None:
    found = stored_in("China detained a former U.S. spy agency analyst on Monday.", "2014-09-01")
    assert ("China", "COERCE", "United States") in found  # the detention is still read
    assert not [row for row in found if row[1] == "ACCUSE"]


def test_a_court_that_finds_a_state_guilty_accuses_it() -> None:
    found = stored_in(
        "The Inter-American Court of Human Rights found Peru guilty on Monday of torturing"
        " prisoners.",
        "2006-11-27",
    )
    assert ("Inter-American Court of Human Rights", "ACCUSE", "Peru") in found
    assert ("Inter-American Court of Human Rights", "COERCE", "Peru") not in found


def test_refugees_flown_back_are_deported() -> None:
    found = stored_in(
        "Australia began flying hundreds of Sri Lankan asylum seekers back to Colombo on Monday.",
        "2013-11-18",
    )
    assert ("Australia", "COERCE", "Sri Lanka") in found


def test_a_deal_sealed_in_many_words_is_signed() -> None:
    found = stored_in(
        "Japan and India sealed a landmark civilian nuclear energy deal on Friday.",
        "2016-11-11",
    )
    assert {("Japan", "SUPPORT", "India"), ("India", "SUPPORT", "Japan")} <= found
    assert not [row for row in found if row[1] == "AGREE"]


def test_gunmen_named_by_their_people_are_an_armed_group() -> None:
    found = stored_in(
        "Chechen gunmen took more than 100 people hostage in a school in southern Russia on"
        " Wednesday.",
        "2004-09-01",
    )
    assert [row[0] for row in found] == ["Chechen gunmen"]


def test_food_ferried_to_survivors_along_a_states_coast_is_aid_to_it() -> None:
    found = stored_in(
        "Australian navy helicopters began ferrying food to cyclone survivors along Fiji's"
        " northern coast on Monday, as New Zealand pledged emergency relief to Suva.",
        "2016-02-22",
    )
    assert ("Australian navy", "AID", "Fiji") in found


def test_an_alliances_helicopters_are_the_alliance_and_a_closure_stays_a_closure() -> None:
    found = stored_in(
        "Pakistan closed NATO supply routes on Saturday after alliance helicopters attacked"
        " a border post, killing 24 Pakistani soldiers.",
        "2011-11-26",
    )
    assert ("Pakistan", "COERCE", "NATO") in found
    assert ("Pakistan", "ASSAULT", "NATO") not in found
    assert [row for row in found if row[0] == "NATO" and row[1] == "ASSAULT"]


def test_a_mediator_meets_the_state_a_datelined_sentence_opens_with() -> None:
    found = stored_in(
        "HAVANA, July 7 (Reuters) - Cuba has agreed to free 30 political prisoners under a deal"
        " brokered by the Roman Catholic Church, the Havana archdiocese said on Wednesday.",
        "2010-07-07",
    )
    assert ("Catholic Church", "CONSULT", "Cuba") in found


def test_a_body_of_many_words_prompted_to_demand_asks_who_prompted_it() -> None:
    found = stored_in(
        "Malian soldiers ousted President Amadou Toumani Toure on Thursday, prompting the"
        " Economic Community of West African States to demand his return to office.",
        "2012-03-22",
    )
    assert ("ECOWAS", "REQUEST", "Malian soldiers") in found


def test_rounds_fired_into_waters_face_whom_they_prompted_to_react() -> None:
    found = stored_in(
        "North Korea fired dozens of artillery rounds into waters near the sea border on"
        " Friday, prompting South Korea to raise the alert level of its units.",
        "2016-06-17",
    )
    assert ("North Korea", "MOBILIZE", "South Korea") in found


def test_a_ceasefire_accepted_is_declared_by_both() -> None:
    found = stored_in(
        "The U.N. envoy announced on Monday that Ethiopia and Eritrea had accepted a ceasefire"
        " in their border war.",
        "2000-06-19",
    )
    assert {("Ethiopia", "RETREAT", "Eritrea"), ("Eritrea", "RETREAT", "Ethiopia")} <= found


def test_a_threat_to_make_a_state_pay_threatens_it() -> None:
    found = stored_in(
        "Hezbollah fired rockets at Haifa on Sunday, and the Israeli defence minister warned"
        " that Israel would make Beirut pay for the attack.",
        "2006-07-16",
    )
    assert ("Israel", "THREATEN", "Lebanon") in found
    assert not [row for row in found if row[1] == "COOPERATE"]


def test_targets_pounded_across_a_state_are_attacks_on_it() -> None:
    found = stored_in("Turkish jets pounded targets across northern Iraq on Friday.", "2007-12-16")
    assert ("Turkey", "ASSAULT", "Iraq") in found


def test_lashing_out_at_a_state_charges_it() -> None:
    found = stored_in("Venezuela lashed out at Colombia on Monday.", "2009-07-27")
    assert ("Venezuela", "ACCUSE", "Colombia") in found


def test_a_resolution_rejected_rejects_the_body_that_passed_it() -> None:
    found = stored_in(
        "The U.N. Security Council voted on Friday to impose sanctions on Eritrea, and Asmara"
        " immediately rejected the resolution as illegal.",
        "2009-12-23",
    )
    assert ("Eritrea", "REJECT", "UN Security Council") in found


def test_stones_thrown_by_a_crowd_are_a_riot_not_an_attack() -> None:
    found = stored_in(
        "Palestinian youths pelted Israeli police with stones in Hebron on Friday.", "2015-10-02"
    )
    assert [row[1] for row in found] == ["PROTEST"]
    found = stored_in(
        "Israeli troops pelted Palestinian gunmen with grenades in Hebron on Friday.",
        "2015-10-02",
    )
    assert ("Israeli troops", "ASSAULT", "Palestinian gunmen") in found
    assert not [row for row in found if row[1] == "PROTEST"]


def test_a_critic_named_by_the_state_he_opposes_is_jailed_by_it_and_his_release_asked() -> None:
    found = stored_in(
        "A Minsk court jailed Lukashenko critic Sergei Tikhanovsky for 18 years on Tuesday,"
        " and U.S. Secretary of State Antony Blinken demanded his immediate release.",
        "2021-12-14",
    )
    assert ("Minsk court", "COERCE", "Sergei Tikhanovsky") in found
    assert ("Antony Blinken", "REQUEST", "Minsk court") in found


def test_a_watchdogs_charge_of_killings_is_no_attack_on_the_watchdog() -> None:
    found = stored_in(
        "Amnesty International accused Nigerian troops on Friday of killing dozens of"
        " protesters, a charge the army dismissed as exaggerated.",
        "2020-10-23",
    )
    assert ("Amnesty International", "ACCUSE", "Nigerian troops") in found
    assert not [row for row in found if row[2] == "Amnesty International"]


def test_what_an_investigation_looks_into_is_no_attack() -> None:
    found = stored_in(
        "The International Criminal Court opened an investigation on Monday into killings and"
        " rapes committed during Ivory Coast's post-election violence.",
        "2011-10-03",
    )
    assert [row for row in found if row[0] == "International Criminal Court"]  # its inquiry
    assert not [row for row in found if row[1] == "ASSAULT"]


def test_a_halt_to_military_operations_is_a_retreat_from_where_they_were_waged() -> None:
    found = stored_in(
        "Israel announced a halt to military operations in Lebanon on Monday, and President"
        " Bill Clinton ordered a suspension of air strikes against Iraq.",
        "1998-12-21",
    )
    assert ("Israel", "RETREAT", "Lebanon") in found
    assert not [row for row in found if row[1] in ("REQUEST", "ASSAULT")]


def test_objections_brushed_aside_are_the_objectors_charge_and_the_subjects_rejection() -> None:
    found = stored_in(
        "Russia agreed on Monday to sell S-400 missiles to Turkey, brushing aside objections"
        " from the United States.",
        "2017-09-12",
    )
    assert ("United States", "ACCUSE", "Russia") in found
    assert ("Russia", "REJECT", "United States") in found


def test_things_struck_in_a_state_strike_it_and_it_is_who_goes_on_speaking() -> None:
    found = stored_in(
        "Hamas gunmen killed three Israeli soldiers on Sunday, and Israel bombed bridges and"
        " roads in southern Lebanon and said it held the Lebanese government responsible.",
        "2006-07-13",
    )
    assert ("Israel", "ASSAULT", "Lebanon") in found
    assert [row for row in found if row[0] == "Israel" and row[1] == "ACCUSE"]
    assert not [row for row in found if row[0] == "Hamas" and row[1] == "ACCUSE"]


def test_investigators_are_people_and_what_they_look_into_is_no_act() -> None:
    found = stored_in(
        "Kenyan President Daniel arap Moi pledged on Saturday to cooperate fully with American"
        " investigators looking into Friday's bombing of the U.S. embassy in Nairobi.",
        "1998-08-08",
    )
    assert [row for row in found if row[1] == "AGREE" and row[2] == "United States"]
    assert not [row for row in found if row[1] in ("ACCUSE", "ASSAULT")]


def test_a_fallen_ruler_taken_in_is_given_asylum() -> None:
    found = stored_in(
        "Nigeria said on Monday it had taken in ousted Liberian President Charles Taylor and"
        " his family.",
        "2003-08-11",
    )
    assert [row for row in found if row[0] == "Nigeria" and row[1] == "AID"]
    assert not [row for row in found if row[1] == "COERCE"]


def test_each_of_two_prompted_to_demand_asks_and_passport_control_is_no_cooperation() -> None:
    found = stored_in(
        "Turkish police detained opposition journalist Can Dundar at passport control in an"
        " Istanbul airport on Sunday minutes after he flew home from Germany, prompting the"
        " United States and the European Union to demand his immediate release.",
        "2016-05-08",
    )
    askers = {row[0] for row in found if row[1] == "REQUEST"}
    assert {"United States", "European Union"} <= askers
    assert not [row for row in found if row[1] == "COOPERATE"]


def test_shells_that_slam_into_a_base_strike_it_and_rebuke_no_one() -> None:
    found = stored_in(
        "Syrian artillery shells slammed into a Turkish border post on Wednesday.", "2012-10-03"
    )
    assert [row for row in found if row[1] == "ASSAULT"]
    assert not [row for row in found if row[1] == "ACCUSE"]


def test_a_visitor_greeted_after_a_visit_by_phrase_is_still_the_one_greeted() -> None:
    found = stored_in(
        "Chinese President Xi Jinping landed in Manila on Tuesday on the first visit by a"
        " Chinese leader in 13 years and was greeted at the airport by Philippine President"
        " Rodrigo Duterte.",
        "2018-11-20",
    )
    assert [row for row in found if row[0] == "Rodrigo Duterte" and row[1] == "CONSULT"]
