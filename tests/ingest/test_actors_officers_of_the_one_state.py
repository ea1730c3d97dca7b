"""An officer no lexicon knows, titled with a state's office but no state ("..., and Foreign
Minister Pik Botha denounced the move", "Trade and Industry Secretary Lord Young") serves the
one state the sentence names, though a body is named nearer ("the U.N. Security Council"),
or among several the one the story was filed from.
A first portfolio of two ("Trade and Industry Secretary") is no actor.  A state's
intelligence, army or police chief named with its adjective serves it; so does a president
one has "talks with" in its capital, a person whose apposition names the state's office
("Evariste Ndayishimiye, Burundi's president since June"), and a ministry's spokeswoman named
after it ("Foreign Ministry spokeswoman Mao Ning").  A titled officer in a sentence that names
no state serves the state whose body the paragraph last named, before the dateline's."""

from __future__ import annotations

from relation_support import entities_in


def test_a_foreign_minister_serves_the_one_state_named() -> None:
    found = entities_in(
        "The U.N. Security Council imposed an arms embargo on Burma on Monday, and Foreign "
        "Minister Thein Kyaw called the decision unjust.",
        "2007-10-15",
    )
    assert found["Thein Kyaw"].affiliation == "myanmar"


def test_a_secretary_of_two_portfolios_serves_the_state_and_names_no_portfolio() -> None:
    found = entities_in(
        "Nissan said on Monday it would build a plant in Sunderland, and Trade and Industry "
        "Secretary Norman Tebbit welcomed the investment in Britain.",
        "1984-02-01",
    )
    assert found["Norman Tebbit"].affiliation == "united-kingdom"
    assert "Trade" not in found


def test_a_states_intelligence_or_army_chief_serves_that_state() -> None:
    found = entities_in(
        "Jordanian intelligence chief Samih Battikhi met Iraqi army chief Salah Aboud in "
        "Amman on Monday.",
        "1998-03-02",
    )
    assert found["Samih Battikhi"].affiliation == "jordan"
    assert found["Salah Aboud"].affiliation == "iraq"


def test_a_bare_title_in_a_story_from_a_named_states_capital_is_that_states() -> None:
    entities = entities_in(
        "NAIROBI, March 3 (Reuters) - President William Ruto said on Tuesday that Kenya would "
        "send police officers to Haiti despite a court ruling.",
        "2024-03-03",
    )
    assert entities["William Ruto"].affiliation == "kenya"


def test_a_monarch_no_lexicon_knows_is_the_datelines_state() -> None:
    entities = entities_in(
        "AMMAN, Feb 7 (Reuters) - King Hussein met Israeli Prime Minister Yitzhak Rabin on Monday.",
        "1995-02-07",
    )
    assert entities["Hussein"].affiliation == "jordan"  # not Israel, the one state named


def test_a_president_met_in_the_capital_of_the_dateline_leads_its_state() -> None:
    found = entities_in(
        "AMMAN, June 3 (AP) - British Foreign Secretary Geoffrey Howe arrived here on Friday"
        " for talks with President Faisal al-Rawabdeh on Jordan's border with Iraq.",
        "1986-06-03",
    )
    assert found["Faisal al-Rawabdeh"].affiliation == "jordan"


def test_a_person_described_by_a_states_office_in_apposition_serves_it() -> None:
    found = entities_in(
        "Ugandan President Yoweri Museveni held talks on Monday with Evariste Ndayishimiye,"
        " Burundi's president since June, in Kampala.",
        "2020-09-14",
    )
    assert found["Evariste Ndayishimiye"].affiliation == "burundi"


def test_an_officer_opening_a_paragraph_serves_a_state_as_one_opening_a_sentence() -> None:
    entities = entities_in(
        "LONDON, March 25 (AP) - Britain on Monday imposed sanctions on two Russian men over a "
        "cyber attack on the Electoral Commission.\n\nDeputy Prime Minister Oliver Dowden told "
        "parliament that the attack was part of a campaign by Moscow to undermine British "
        "democracy.",
        "2024-03-25",
    )
    assert entities["Oliver Dowden"].affiliation == "united-kingdom"  # not Russia's


def test_a_ministrys_spokeswoman_named_after_it_serves_the_ministrys_state() -> None:
    entities = entities_in(
        "China rejected that account. Foreign Ministry spokeswoman Mao Ning told reporters in "
        "Beijing that the coast guard had acted with restraint.",
        "2026-03-04",
    )
    assert entities["Mao Ning"].affiliation == "china"


def test_an_officer_in_a_sentence_naming_no_state_serves_the_paragraphs_last_body() -> None:
    entities = entities_in(
        "HELSINKI, Feb 11 (Reuters) - Finland detained a tanker on Wednesday.\n\nIn Oslo, "
        "Norway's Ministry of Justice said a cable had failed. Prime Minister Kari Nordvik "
        "urged caution.",
        "2026-02-11",
    )
    assert entities["Kari Nordvik"].affiliation == "norway"  # not the dateline's Finland
