"""Answers aimed at who acted, arrests, apologies and mediators, as event coders code them:
"vowed to respond" and "fired back" answer whoever did the act before (not that act's
object); an arrest coerces whoever is held; an apology offered is an apology; a mediator
"between" two sides meets each; a people ("ethnic Albanian", "Russian-speaking") is no
state, and a "truce village" no truce."""

from __future__ import annotations

from relation_support import stored_in


def test_a_vow_to_respond_aims_at_the_attacker_not_at_its_target() -> None:
    found = stored_in(
        "Israeli jets struck a Hezbollah arms depot near Damascus on Sunday, Israeli officials"
        " said, and Syria vowed to respond at a time of its choosing.",
        "2013-05-05",
    )
    assert ("Syria", "THREATEN", "Israel") in found
    assert ("Syria", "THREATEN", "Hezbollah") not in found


def test_forces_that_fire_back_attack_whoever_fired_first() -> None:
    found = stored_in(
        "Thai artillery shelled a temple area on Friday, and Cambodian troops fired back with"
        " rockets.",
        "2011-02-04",
    )
    assert ("Cambodian troops", "ASSAULT", "Thailand") in found
    assert not [row for row in found if row[1] == "SUPPORT"]


def test_guard_a_vow_to_respond_to_a_named_state_keeps_it() -> None:
    found = stored_in(
        "Rebels shelled the airport on Monday, and Sudan vowed to respond to Chad.", "2008-05-12"
    )
    assert ("Sudan", "THREATEN", "Chad") in found


def test_an_arrested_journalist_is_arrested_not_attacked() -> None:
    found = stored_in(
        "Turkish police arrested opposition journalist Can Dundar on Thursday.", "2015-11-26"
    )
    assert [row[1] for row in found] == ["COERCE"]


def test_an_apology_offered_is_an_apology() -> None:
    found = stored_in(
        "The Dutch prime minister offered a formal apology to Indonesia on Thursday for the"
        " violence of the colonial era.",
        "2022-02-17",
    )
    assert ("Dutch prime minister", "SUPPORT", "Indonesia") in found
    assert not [row for row in found if row[1] == "AGREE"]


def test_a_mediator_between_two_sides_meets_each_and_their_truce_is_theirs() -> None:
    found = stored_in(
        "Armenia and Azerbaijan agreed to a truce on Saturday after Russia mediated between the"
        " two sides, bringing a halt to weeks of fighting.",
        "2020-10-10",
    )
    assert {("Russia", "CONSULT", "Armenia"), ("Russia", "CONSULT", "Azerbaijan")} <= found
    assert ("Armenia", "RETREAT", "Azerbaijan") in found
    assert not [row for row in found if "Russia" in (row[0], row[2]) and row[1] != "CONSULT"]
    assert not [row for row in found if row[1] == "ASSAULT"]  # the fighting halted


def test_a_plan_brokered_between_two_states_is_mediation_not_an_agreement() -> None:
    found = stored_in(
        "Turkish President Recep Tayyip Erdogan brokered a grain export deal between Russia and"
        " Ukraine on Friday.",
        "2022-07-22",
    )
    assert {("Turkey", "CONSULT", "Russia"), ("Turkey", "CONSULT", "Ukraine")} <= found
    assert not [row for row in found if row[1] == "AGREE"]
    assert ("Russia", "CONSULT", "Ukraine") not in found


def test_a_charge_after_a_claim_by_another_is_still_made() -> None:
    found = stored_in(
        "Two Saudi Aramco refineries were set ablaze on Sunday by missile attacks claimed by"
        " Yemen's Houthi movement, and U.S. Secretary of State Mike Pompeo blamed Iran for the"
        " raids.",
        "2019-09-15",
    )
    assert ("United States", "ACCUSE", "Iran") in found


def test_a_demand_after_but_is_an_event_of_its_own() -> None:
    found = stored_in(
        "The European Union agreed to resume aid to Mali on Monday but insisted that Bamako"
        " hold elections within a year.",
        "2013-02-18",
    )
    assert ("European Union", "REQUEST", "Mali") in found


def test_a_people_named_by_a_state_adjective_is_no_state() -> None:
    found = stored_in(
        "Latvian police detained dozens of Russian-speaking students in Riga on Saturday, and"
        " Moscow protested to Latvia.",
        "2004-05-01",
    )
    assert ("Russia", "ACCUSE", "Latvia") in found  # Moscow's protest, its only act
    assert not [row for row in found if row[2] == "Russia"]
    found = stored_in(
        "Serbian police shelled ethnic Albanian villages in Kosovo on Monday.", "1998-06-01"
    )
    assert ("Serbian police", "ASSAULT", "Kosovo") in found  # where the villages are
    assert not [row for row in found if "Albania" in (row[0], row[2])]


def test_talks_in_a_truce_village_declare_no_truce() -> None:
    found = stored_in(
        "South Korean President Moon Jae-in and North Korean leader Kim Jong Un held talks in"
        " the border truce village of Panmunjom on Saturday.",
        "2018-05-26",
    )
    assert ("South Korea", "CONSULT", "North Korea") in found
    assert not [row for row in found if row[1] == "RETREAT"]


def test_a_report_denounced_still_charges_who_it_accuses() -> None:
    found = stored_in(
        "Rwanda on Tuesday denounced as lies a United Nations report accusing it of arming M23"
        " rebels in Congo.",
        "2012-06-26",
    )
    assert ("United Nations", "ACCUSE", "Rwanda") in found


def test_control_taken_of_a_town_occupies_it_and_an_offensive_attacks_its_foes() -> None:
    found = stored_in(
        "Sudanese troops took full control of Heglig on Friday after a week-long offensive"
        " against forces loyal to the Sudan People's Liberation Movement.",
        "2012-04-20",
    )
    assert not [row for row in found if row[1] == "COOPERATE"]
    assert ("Sudanese troops", "ASSAULT", "Sudan People's Liberation Army") in found


def test_intelligence_supplied_by_a_state_is_its_cooperation_with_the_doer() -> None:
    found = stored_in(
        "Moroccan police arrested four suspected militants in Fez on Monday, acting on"
        " intelligence supplied by France.",
        "2016-03-21",
    )
    assert ("France", "COOPERATE", "Moroccan police") in found
    assert ("Moroccan police", "COOPERATE", "France") not in found


def test_its_ministry_serves_the_state_before_it_and_charges_none_of_its_own() -> None:
    found = stored_in(
        "Georgia accused Russian forces on Sunday of bombing villages near Gori, and its"
        " Defence Ministry said Georgian troops had captured two strategic hills in response.",
        "2008-08-10",
    )
    assert not [row for row in found if row[0] == "Defence Ministry" and row[1] == "ACCUSE"]


def test_a_deadline_refused_is_a_refusal_and_an_era_is_no_state() -> None:
    text = (
        "Iran on Monday refused to meet a French deadline to explain how a Soviet-era missile"
        " came to be fired near the French embassy, and its Foreign Ministry spokesman dismissed"
        " the affair."
    )
    done = stored_in(text, "2019-03-11", denied=False)  # what is told as done, not undone
    assert ("Iran", "REJECT", "France") in done
    found = stored_in(text, "2019-03-11")
    assert not [row for row in found if "Soviet Union" in (row[0], row[2])]
    assert not [row for row in found if row[1] == "CONSULT"]  # "came to be fired": no visit


def test_attackers_pushed_back_are_repelled_and_people_pushed_back_turned_away() -> None:
    found = stored_in(
        "Taliban fighters stormed a district centre on Sunday before Afghan troops pushed them"
        " back.",
        "2015-09-27",
    )
    assert ("Afghan troops", "ASSAULT", "Taliban") in found
    assert not [row for row in found if row[1] in ("REQUEST", "SUPPORT")]
    found = stored_in(
        "Thailand pushed back hundreds of Karen refugees trying to cross from Myanmar on Friday.",
        "1997-02-28",
    )
    assert not [row for row in found if row[1] == "SUPPORT"]


def test_action_threatened_against_those_responsible_threatens_who_acted() -> None:
    found = stored_in(
        "Guinean soldiers detained President Alpha Conde on Sunday, and the African Union"
        " threatened to take action against those responsible unless he was freed.",
        "2021-09-05",
    )
    assert [row for row in found if row[0] == "African Union" and row[1] == "THREATEN"]
