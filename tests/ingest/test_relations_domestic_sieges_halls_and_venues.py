"""Read from domestic news of Asia and the Middle East: a siege called off is a protest given
up; a building named "of the" something ("the Great Hall of the People") is one place, not a
hall and a people; talks "in the Norwegian capital" are held there, not with Norway, and a
name repeated as its initials in brackets ("(FARC)") is still the same party of a pair; an
Assistant Secretary of State is a title, no actor; "two Giza camps of Muslim Brotherhood
supporters" are the Brotherhood's; a sacked minister named by his state's adjective is its
no more; supporters led in a rally protest, no joint work; security compounds are buildings,
nothing compounded; a gunbattle with militants is fought by each side; a temple named so is
a place; a hedge in a clause told after ", and" ("Beijing said the two were suspected") is
that clause's, not the protest's before it; combat drills are drills, no attack; "Militant"
before a people's adjective is no name ("Militant Iranian students" are Iran's)."""

from __future__ import annotations

from relation_support import coded_in, entities_in, links_in


def test_a_siege_called_off_is_a_protest_given_up() -> None:
    text = (
        "BANGKOK (Reuters) - The People's Alliance for Democracy called off its siege of "
        "Bangkok's airports on Wednesday after a court dissolved the ruling party."
    )
    assert coded_in(text, "2008-12-03") == {
        ("people's alliance for democracy", "thailand", "CONCEDE")
    }


def test_a_hall_of_the_people_is_one_place() -> None:
    found = entities_in(
        "BEIJING (Reuters) - Premier Wen Jiabao met student leaders in the Great Hall of the "
        "People on Thursday.",
        "2010-05-20",
    )
    assert found["Great Hall of the People"].kind == "place"
    assert "People" not in found


def test_talks_in_a_capital_named_by_its_state_are_between_those_who_hold_them() -> None:
    text = (
        "OSLO (Reuters) - Negotiators for the Colombian government and the Revolutionary Armed "
        "Forces of Colombia (FARC) resumed peace talks in the Norwegian capital on Thursday."
    )
    assert coded_in(text, "2012-10-18") == {
        ("colombia", "revolutionary armed forces of colombia", "CONSULT"),
        ("revolutionary armed forces of colombia", "colombia", "CONSULT"),
    }


def test_an_assistant_secretary_of_state_is_a_title() -> None:
    found = entities_in(
        "MANAMA (Reuters) - Bahrain accused U.S. Assistant Secretary of State Tom Malinowski on "
        "Monday of meddling in its internal affairs.",
        "2014-07-07",
    )
    assert "Assistant" not in found
    assert found["Tom Malinowski"].affiliation == "united-states"


def test_camps_named_by_their_city_are_their_owners() -> None:
    text = (
        "CAIRO (Reuters) - Egyptian security forces stormed two Giza camps of Muslim Brotherhood "
        "supporters on Wednesday."
    )
    assert coded_in(text, "2013-08-14") == {("egypt", "muslim brotherhood", "ASSAULT")}


def test_a_sacked_minister_named_by_his_states_adjective_is_its_no_more() -> None:
    text = (
        "KUALA LUMPUR (AP) - Sacked Malaysian deputy prime minister Anwar Ibrahim was arrested by "
        "police at his home on Sunday."
    )
    assert coded_in(text, "1998-09-20") == {("malaysia", "anwar ibrahim", "COERCE")}


def test_supporters_led_in_a_rally_are_a_protest_not_joint_work() -> None:
    text = (
        "MANILA (AP) - Former senator Benigno Aquino led tens of thousands of supporters in a "
        "rally against President Ferdinand Marcos on Sunday."
    )
    assert coded_in(text, "1983-08-21") == {("benigno aquino", "ferdinand marcos", "PROTEST")}


def test_security_compounds_seized_are_buildings_of_their_owner() -> None:
    text = (
        "GAZA (Reuters) - Hamas gunmen seized the main security compounds of their Fatah rivals "
        "in Gaza City on Wednesday."
    )
    assert coded_in(text, "2007-06-13") == {("hamas", "fatah", "COERCE")}


def test_a_gunbattle_with_militants_is_fought_by_each_side() -> None:
    text = (
        "SRINAGAR (Reuters) - Indian soldiers stormed a mosque on Monday after a gunbattle with "
        "Hizbul Mujahideen militants holed up inside."
    )
    assert coded_in(text, "2010-06-07") == {
        ("india", "hizbul mujahideen", "ASSAULT"),
        ("hizbul mujahideen", "india", "ASSAULT"),
    }


def test_a_temple_named_so_is_a_place_of_its_state() -> None:
    found = entities_in(
        "AMRITSAR, India (Reuters) - Indian troops stormed the Golden Temple on Wednesday.",
        "1984-06-06",
    )
    assert found["Golden Temple"].kind == "place"


def test_a_hedge_in_a_clause_told_after_and_is_that_clauses_own() -> None:
    links = links_in(
        "OTTAWA (Reuters) - Canada summoned China's ambassador on Friday to protest against the "
        "arrest of two Canadian citizens, and Beijing said the two were suspected of spying."
    )
    hedges = {(x.source, x.type): x.hedge for x in links}
    assert hedges[("Canada", "ACCUSE")] is None  # the protest is told as fact
    assert "suspected" in {x.hedge for x in links if x.source != "Canada"}


def test_combat_drills_are_drills_no_attack() -> None:
    found = coded_in(
        "MANILA (AP) - American and Filipino marines began joint combat drills near the "
        "disputed Scarborough Shoal on Monday.",
        "2016-04-04",
    )
    assert ("united states", "philippines", "COOPERATE") in found
    assert not any(kind == "ASSAULT" for _, _, kind in found)


def test_militant_before_a_peoples_adjective_is_no_name() -> None:
    text = (
        "TEHRAN (AP) - Militant Iranian students seized the British embassy in Tehran on Tuesday."
    )
    assert "Militant Iranian" not in entities_in(text, "2011-11-29")
    assert coded_in(text, "2011-11-29") == {("iran", "united kingdom", "PROTEST")}
