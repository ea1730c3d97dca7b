"""Political parties and movements the coders' dictionaries lack are known by name and by
the initials news and coders use ("the NLD", "CNRP"): one actor under both, its own, never
its state's; and a leader's possessive before a known party's name is no name of its own
("Kizza Besigye's Forum for Democratic Change"); "X, founder of the Y Party" is the party's
even without an article, where "Steve Jobs, co-founder of Apple" only says who he is; a former leader whose sentence
names "her" party ("former Prime Minister Sheikh Hasina ... her Awami League supporters") is
the party's, as coders code her; "party activists" and "the party" are the party named
before, whatever its name's last word ("Awami League"); a country's "Catholic bishops" speak
for the Catholic Church; someone named before "other leaders of" a body is the body's, and
"sentenced ousted President X" sentences X (an epithet after a past verb is no second verb);
armed groups by their initials (GIA, AQIM, ULFA), and peacekeeping missions as their body's
(UNIFIL the UN's, AMISOM the African Union's)."""

from __future__ import annotations

import pytest
from relation_support import coded_in, entities_in


def test_a_party_and_its_initials_are_one_actor() -> None:
    text = (
        "Myanmar's junta detained leaders of the National League for Democracy on Monday, "
        "and the NLD called for protests."
    )
    found = entities_in(text, "2021-02-01")
    assert found["National League for Democracy"].kind == "organisation"
    assert found["National League for Democracy"].affiliation is None
    assert "NLD" not in found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Cambodian police arrested Kem Sokha, leader of the opposition CNRP, on Sunday.",
            "cambodia national rescue party",
        ),
        (
            "Pakistani police detained dozens of PTI workers in Lahore on Saturday.",
            "pakistan tehreek e insaf",
        ),
    ],
)
def test_initials_alone_name_the_party(text: str, party: str) -> None:
    assert any(party in (source, target) for source, target, _ in coded_in(text, "2017-09-03"))


def test_a_leaders_possessive_before_a_known_party_is_no_name() -> None:
    text = (
        "Uganda's government said it would keep its ban on rallies by Kizza Besigye's Forum "
        "for Democratic Change."
    )
    found = entities_in(text, "2011-04-18")
    assert "Forum for Democratic Change" in found
    assert not any(name.endswith("'s Forum") for name in found)


def test_a_founder_of_a_party_in_apposition_is_the_partys() -> None:
    found = entities_in(
        "Former president Luiz Inacio Lula da Silva, founder of the Workers' Party, was jailed "
        "on Saturday.",
        "2018-04-07",
    )
    assert found["Luiz Inacio Lula da Silva"].affiliation == "workers-party"
    jobs = entities_in("Steve Jobs, co-founder of Apple, resigned on Wednesday.", "2011-08-24")
    assert jobs["Steve Jobs"].affiliation != "apple"


def test_a_former_leader_whose_sentence_names_his_party_is_the_partys() -> None:
    text = (
        "DHAKA (AP) - Bangladeshi police arrested former Prime Minister Sheikh Hasina at her "
        "home on Monday, and hundreds of her Awami League supporters clashed with police."
    )
    assert ("bangladesh", "awami league", "COERCE") in coded_in(text, "2007-07-16")
    alone = "DHAKA (AP) - Former Prime Minister Sheikh Hasina flew to London on Monday."
    assert all(e.affiliation != "awami-league" for e in entities_in(alone, "2007-07-16").values())


def test_party_activists_are_the_party_named_before() -> None:
    text = (
        "DHAKA (AP) - A nationwide strike called by the opposition Bangladesh Nationalist Party "
        "shut shops on Sunday, and police said they had arrested more than 100 party activists."
    )
    assert ("bangladesh", "bangladesh nationalist party", "COERCE") in coded_in(text, "2013-06-02")
    league = "Police beat Awami League supporters in Dhaka, and the party called a strike."
    assert ("awami league", "bangladesh", "PROTEST") in coded_in(league, "2013-06-02")


def test_catholic_bishops_are_the_church() -> None:
    text = (
        "MANAGUA (Reuters) - Nicaraguan police attacked students overnight, and the country's "
        "Catholic bishops condemned the assault."
    )
    assert ("catholic church", "nicaragua", "ACCUSE") in coded_in(text, "2018-07-14")


def test_a_leader_named_with_the_rest_of_the_partys_leaders_is_the_partys() -> None:
    text = (
        "YANGON (Reuters) - Myanmar's army detained Aung San Suu Kyi and other leaders of her "
        "ruling National League for Democracy in dawn raids on Monday."
    )
    assert entities_in(text, "2021-02-01")["Aung San Suu Kyi"].affiliation == (
        "national-league-for-democracy"
    )
    found = coded_in(text, "2021-02-01")
    assert ("myanmar", "national league for democracy", "COERCE") in found
    assert ("myanmar", "aung san suu kyi", "COERCE") not in found
    mursi = (
        "CAIRO (Reuters) - An Egyptian court sentenced ousted President Mohamed Mursi and more "
        "than 100 other members of the Muslim Brotherhood to death on Saturday."
    )
    assert ("egypt", "muslim brotherhood", "COERCE") in coded_in(mursi, "2015-05-16")


@pytest.mark.parametrize(
    ("initials", "group", "people", "state"),
    [
        ("GIA", "armed islamic group", "Algerian", "algeria"),
        ("AQIM", "al qaeda in the islamic maghreb", "Malian", "mali"),
        ("ULFA", "united liberation front of assam", "Indian", "india"),
    ],
)
def test_armed_groups_by_their_initials(initials: str, group: str, people: str, state: str) -> None:
    text = f"{initials} gunmen attacked {people} troops on Friday, killing 12 soldiers."
    assert (group, state, "ASSAULT") in coded_in(text, "2010-01-08")


def test_a_peacekeeping_mission_is_its_bodys() -> None:
    text = "UNIFIL peacekeepers came under fire near the border, and Israel blamed Hezbollah."
    found = entities_in(text, "2006-08-01")
    assert found["United Nations Interim Force in Lebanon"].affiliation == "united-nations"
