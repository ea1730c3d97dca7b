"""A threat made by a pronoun after ", and" is the clause subject's ("..., and it threatened
to blow up the plane unless the Algerian authorities freed ..."); a leader named in a
reduced passive ("rebels of X led by Y captured") is no subject of the verb after it; driving
an armed side out of a place is force against it (CAMEO 190), driving vehicles is not; a
complaint or a case lodged with a body accuses whom it is against (CAMEO 11x), not the body.
A hostile measure said to come on a condition threatens whom the condition names, as troops
threatened into a place do; what the condition tells is no event, but a participle after it is
the threatener's own act."""

from __future__ import annotations

from relation_support import stored_in


def test_a_pronoun_threatening_after_and_is_the_clause_subject() -> None:
    found = stored_in(
        "The Abu Sayyaf group claimed responsibility on Monday for the kidnapping of "
        "three nurses, and it threatened to behead them unless the Philippine "
        "government paid a ransom.",
        "2001-06-04",
    )
    assert {target for source, kind, target in found if kind == "THREATEN"} & {
        "Philippines",
        "Philippine government",
    }
    found = stored_in(
        "Hezbollah guerrillas captured two soldiers near the border, and they threatened "
        "to kill them if Israel did not free Lebanese prisoners.",
        "2006-07-12",
    )
    assert ("Hezbollah", "THREATEN", "Israel") in found


def test_a_threat_without_a_condition_names_no_condition_target() -> None:
    found = stored_in(
        "The Abu Sayyaf group seized three nurses on Monday, and it threatened to behead "
        "them, a Philippine army spokesman said.",
        "2001-06-04",
    )
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_a_leader_named_by_led_by_is_no_subject() -> None:
    found = stored_in(
        "Rebels of the Revolutionary United Front led by Foday Sankoh captured Freetown "
        "on Saturday.",
        "1998-02-14",
    )
    assert ("Revolutionary United Front", "COERCE", "Sierra Leone") in found
    assert not any(source == "Foday Sankoh" for source, _, _ in found)


def test_a_state_leading_an_unnamed_force_still_acts() -> None:
    found = stored_in(
        "A coalition led by Saudi Arabia bombed Sanaa airport on Friday.", "2015-04-03"
    )
    assert ("Saudi Arabia", "ASSAULT", "Yemen") in found


def test_driving_an_armed_side_out_of_a_place_is_force_against_it() -> None:
    found = stored_in(
        "Ugandan troops drove Lord's Resistance Army fighters out of the town of Gulu on Thursday.",
        "2003-09-11",
    )
    assert ("Ugandan troops", "ASSAULT", "Lord's Resistance Army") in found


def test_driving_tractors_from_one_city_to_another_is_no_attack() -> None:
    found = stored_in(
        "Farmers of the Copa union drove hundreds of tractors from Lille to Brussels on Monday.",
        "2009-10-05",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_complaint_lodged_with_a_body_accuses_whom_it_is_against() -> None:
    found = stored_in(
        "Argentina filed complaints with the World Trade Organization against Chile and "
        "Peru on Tuesday over their curbs on beef imports.",
        "2004-03-09",
    )
    assert ("Argentina", "ACCUSE", "Chile") in found
    assert ("Argentina", "ACCUSE", "Peru") in found
    assert ("Argentina", "ACCUSE", "World Trade Organization") not in found


def test_a_case_brought_against_a_state_accuses_it() -> None:
    found = stored_in(
        "Gambia brought a case against Myanmar at the International Court of Justice on Monday.",
        "2019-11-11",
    )
    assert ("Gambia", "ACCUSE", "Myanmar") in found
    assert ("Gambia", "ACCUSE", "International Court of Justice") not in found


def test_a_complaint_to_a_body_with_no_one_against_accuses_the_body() -> None:
    found = stored_in("Chile lodged a complaint with the United Nations on Friday.", "2004-03-09")
    assert ("Chile", "ACCUSE", "United Nations") in found


def test_a_bodys_leaders_warning_under_a_condition_threaten_its_subject() -> None:
    found = stored_in(
        "SADC leaders warned they would send troops if the Lesotho army did not return "
        "to barracks.",
        "1998-09-20",
    )
    sadc = "Southern African Development Community"  # the lexicon's name for "SADC"
    assert {target for source, kind, target in found if source == sadc and kind == "THREATEN"} & {
        "Lesotho",
        "Lesotho army",
    }


def test_a_government_named_by_its_seat_after_and_acts_anew() -> None:
    found = stored_in(
        "FARC guerrillas attacked an army base in southern Colombia, killing nine "
        "soldiers, and the government in Bogota suspended peace talks with the rebels.",
        "2002-02-20",
    )
    assert ("Colombia", "SANCTION", "Revolutionary Armed Forces of Colombia") in found


def test_a_hostile_measure_said_to_come_on_a_condition_threatens() -> None:
    found = stored_in(
        "India said it would suspend the Indus water treaty if Pakistan failed to act "
        "against the militants.",
        "2016-09-26",
    )
    assert ("India", "THREATEN", "Pakistan") in found


def test_aid_said_to_come_on_a_condition_threatens_no_one() -> None:
    found = stored_in("Japan said it would send aid if Nepal asked for it.", "2015-04-27")
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_troops_threatened_into_a_place_threaten_whom_the_condition_names() -> None:
    found = stored_in(
        "Ethiopia warned on Monday that it would send troops into Somalia if the Islamic "
        "Courts Union kept arming rebels who use the border region as a base for attacks "
        "on Ethiopian soil.",
        "2006-11-20",
    )
    assert ("Ethiopia", "THREATEN", "Islamic Courts Union") in found
    assert not any(
        kind == "ASSAULT" and source == "Islamic Courts Union" for source, kind, _ in found
    )  # the attacks are the condition's, not told as done


def test_a_participle_after_a_condition_is_the_threateners_act() -> None:
    found = stored_in(
        "Pyongyang threatened on Thursday to strike South Korea if Seoul went ahead with "
        "joint drills with the United States next month, accusing it of rehearsing an "
        "invasion.",
        "2013-02-28",
    )
    assert ("North Korea", "ACCUSE", "South Korea") in found
