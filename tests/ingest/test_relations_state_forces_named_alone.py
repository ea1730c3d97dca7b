"""Police, troops and governments named without a state's name or adjective, opening a clause
("..., and police fired tear gas to disperse them", "Riot police ...", "..., and the army
flew in reinforcements", "government troops were pursuing"), are the state's: the state of
the place they act in, or of the one who leads them, else of the first state, officer or
place their sentence names, as event coders code them.  Police inside a list ("troops and
police landed") are no clause's subject."""

from __future__ import annotations

from relation_support import stored_in


def test_police_after_and_act_for_the_state_of_the_sentence() -> None:
    found = stored_in(
        "Supporters of the opposition Forum for Democratic Change marched through Kampala on "
        "Monday, and police fired tear gas to disperse them.",
        "2011-04-18",
    )
    assert ("Forum for Democratic Change", "PROTEST", "Uganda") in found
    assert ("Uganda", "ASSAULT", "Forum for Democratic Change") in found


def test_police_blaming_a_group_accuse_it_for_the_state_of_the_place() -> None:
    found = stored_in(
        "A car bomb killed 12 people outside a market in Kirkuk on Friday, and police blamed "
        "the Islamic State group.",
        "2015-04-18",
    )
    assert ("Iraq", "ACCUSE", "Islamic State") in found


def test_police_acting_in_a_named_place_are_that_places_state() -> None:
    found = stored_in(
        "Kenya's opposition called a general strike on Monday, and riot police arrested "
        "dozens of Orange Democratic Movement activists in Mombasa.",
        "2008-01-21",
    )
    assert ("Kenya", "COERCE", "Orange Democratic Movement") in found


def test_police_in_a_list_of_forces_are_no_subject() -> None:
    found = stored_in(
        "Australian-led troops and police landed in the Solomon Islands on Thursday to restore "
        "order.",
        "2003-07-24",
    )
    assert ("Australia", "AID", "Solomon Islands") in found
    assert not [row for row in found if row[0] == "Solomon Islands"]  # they are not its police


def test_the_army_after_and_is_the_state_and_its_reinforcements_face_the_attacker() -> None:
    found = stored_in(
        "Islamist fighters seized the Malian town of Konna on Thursday, and the army rushed "
        "reinforcements to the area.",
        "2013-01-10",
    )
    assert ("Mali", "MOBILIZE", "Islamist fighters") in found


def test_the_government_sending_reinforcements_from_its_capital_faces_the_attacker() -> None:
    found = stored_in(
        "Islamic State fighters overran the Iraqi city of Ramadi on Sunday, and the government "
        "rushed reinforcements from Baghdad.",
        "2015-05-17",
    )
    assert ("Iraq", "MOBILIZE", "Islamic State") in found


def test_forces_led_by_an_officer_are_his_states() -> None:
    found = stored_in(
        "Britain suspended aid to Sierra Leone on Friday, a day after troops led by Captain "
        "Valentine Strasser stormed the presidential palace and detained President Joseph "
        "Momoh.",
        "1992-05-01",
    )
    assert ("Sierra Leone", "COERCE", "Joseph Momoh") in found
    assert ("United Kingdom", "COERCE", "Joseph Momoh") not in found


def test_an_act_inside_one_side_does_not_go_on_with_the_pair_before() -> None:
    found = stored_in(
        "Australia and New Zealand suspended defence aid to Fiji on Friday, a day after troops "
        "led by Lieutenant Colonel Sitiveni Rabuka stormed parliament and detained Prime "
        "Minister Timoci Bavadra.",
        "1987-05-15",
    )
    assert not [row for row in found if row[1] == "COERCE"]
