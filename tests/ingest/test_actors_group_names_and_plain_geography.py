"""A group whose name opens with a place, a border line and "the Gulf" as places, and fire
exchanged with what describes it."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_place_opening_a_groups_generic_name_is_part_of_the_name() -> None:
    entities = entities_in(
        "Sudan's government and the Darfur Revolutionary Army signed a truce.", "2004-04-30"
    )
    assert entities["Darfur Revolutionary Army"].kind == "armed_group"
    assert "Revolutionary Army" not in entities
    named = entities_in("The Kosovo Liberation Army attacked a police post.", "1998-04-30")
    assert list(named) == ["Kosovo Liberation Army"]
    unknown = entities_in("The Cabinda Resistance Front attacked a police post.", "1998-04-30")
    assert unknown["Cabinda Resistance Front"].kind == "armed_group"


def test_a_line_of_control_is_ground_fire_is_exchanged_across() -> None:
    found = typed_in(
        "Indian and Pakistani troops exchanged heavy mortar fire across the Line of Control on"
        " Sunday."
    )
    assert ("India", "ASSAULT", "Pakistani troops") in found
    assert ("Pakistani troops", "ASSAULT", "India") in found
    assert not any("Line of Control" in (source, target) for source, _, target in found)
    assert entities_in("Shelling hit the Line of Control.", "2001-01-01")[
        "Line of Control"
    ].kind == ("place")


def test_the_gulf_is_a_sea_not_a_province_of_papua_new_guinea() -> None:
    entities = entities_in("Iran and Iraq fought a long war in the Gulf.", "1986-01-14")
    assert entities["Gulf"].kind == "place"
    assert entities["Gulf"].affiliation is None
    assert "Papua New Guinea" not in entities


def test_a_company_a_state_owns_is_the_party_not_the_state() -> None:
    found = typed_in("Renault signed an agreement with China's state-owned Dongfeng Motor.")
    assert ("Renault", "SUPPORT", "Dongfeng Motor") in found
    assert not any("China" in (source, target) for source, _, target in found)
    fined = typed_in("Japan's trade regulator fined Qualcomm on Thursday.")
    assert ("Japan", "COERCE", "Qualcomm") in fined


def test_a_states_leader_named_with_its_adjective_serves_it_whatever_the_dates() -> None:
    entities = entities_in("North Korean leader Kim Jong Il met Putin.", "1998-06-15")
    assert entities["Kim Jong Il"].affiliation == "north-korea"
    dictator = entities_in("Chilean dictator Augusto Pinochet fell ill.", "1998-10-16")
    assert dictator["Augusto Pinochet"].affiliation == "chile"
    opposition = entities_in(
        "Zimbabwe's opposition leader Morgan Tsvangirai met Putin.", "2008-06-15"
    )
    # the state's opposition, not the state (CAMEO's ZWEOPP)
    assert opposition["Morgan Tsvangirai"].affiliation == opposition["Zimbabwean opposition"].id


def test_a_name_in_apposition_as_a_groups_leader_belongs_to_the_group() -> None:
    entities = entities_in(
        "Prachanda, leader of the United People's Front, met the king on Tuesday.", "2006-11-21"
    )
    assert entities["Prachanda"].kind == "person"
    assert entities["Prachanda"].affiliation == entities["United People's Front"].id
    found = typed_in(
        "Colombia and Ivan Marquez, chief of the Revolutionary Armed Forces of Colombia,"
        " signed a truce."
    )
    assert ("Colombia", "SUPPORT", "Ivan Marquez") in found


def test_a_body_named_for_the_cause_it_defends_keeps_its_whole_name() -> None:
    entities = entities_in(
        "The Forces for the Defence of Democracy signed a ceasefire.", "2003-11-16"
    )
    assert "Forces for the Defence of Democracy" in entities
    assert "Democracy" not in entities


def test_a_tribunal_for_a_state_keeps_the_state_in_its_name() -> None:
    rwanda = entities_in(
        "The International Criminal Tribunal for Rwanda sentenced Jean Kambanda.", "1998-09-04"
    )
    assert "International Criminal Tribunal for Rwanda" in rwanda
    former = entities_in(
        "Serbia handed Ratko Mladic to the International Criminal Tribunal for the former"
        " Yugoslavia on Tuesday.",
        "2011-05-31",
    )
    assert "International Criminal Tribunal for the former Yugoslavia" in former
    assert "Yugoslavia" not in former


def test_zaire_and_its_adjective_are_the_congo_it_was() -> None:
    troops = entities_in("Zairean troops shelled Angola on Monday.", "1975-11-10")
    assert troops["Zairean troops"].affiliation == "democratic-republic-of-the-congo"
    named = entities_in("Zaire closed its border.", "1994-07-15")
    assert named["Democratic Republic of the Congo"].kind == "state"


def test_a_province_named_after_its_states_adjective_and_noun_is_that_states() -> None:
    entities = entities_in(
        "Rebels seized four towns in the southern Mexican state of Chiapas.", "1994-01-01"
    )
    assert entities["Chiapas"].kind == "place"
    assert entities["Chiapas"].affiliation == "mexico"


def test_a_hostage_named_with_a_states_adjective_is_its_national() -> None:
    entities = entities_in(
        "Abu Sayyaf militants beheaded Canadian hostage John Ridsdel.", "2016-04-25"
    )
    assert entities["John Ridsdel"].affiliation == "canada"
    plural = entities_in("Filipino nurses met Georgian doctors in Oslo.", "2016-04-25")
    assert {"Philippines", "Georgia"} <= set(plural)


def test_what_a_state_has_is_no_company_it_owns() -> None:
    found = typed_in(
        "The African Union threatened to suspend Guinea's membership unless Mamady Doumbouya"
        " restored civilian rule."
    )
    assert ("African Union", "THREATEN", "Guinea") in found
