"""Names as wires write them: British spellings of the dictionaries' names, a seat of
government that stood for a state that ended, bodies named for ideas joined by "and",
campaigns and parties the dictionaries lack, and a company's "International"."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_british_spelling_names_the_dictionarys_body() -> None:
    found = entities_in(
        "Israel demanded that Palestine Liberation Organisation fighters leave Beirut.",
        "1982-08-01",
    )
    assert "Palestine Liberation Organization" in found
    assert "Palestine Liberation Organisation" not in found


def test_moscow_stands_for_the_soviet_union_before_its_end() -> None:
    text = "Norway expelled two diplomats on Tuesday, and Moscow retaliated in kind."
    assert "Soviet Union" in entities_in(text, "1986-05-06")
    assert "Russia" not in entities_in(text, "1986-05-06")
    assert "Russia" in entities_in(text, "2018-05-06")


def test_a_ruling_council_is_who_rules_not_an_act() -> None:
    found = typed_in(
        "Mali's ruling military junta and the opposition coalition M5 met in Bamako on Monday."
    )
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_a_body_named_for_two_ideas_is_one_name() -> None:
    found = entities_in(
        "The opposition Alliance of Democracy and Justice accused the government of fraud.",
        "2021-03-01",
    )
    assert "Alliance of Democracy and Justice" in found
    two = entities_in("The Bank of England and Barclays agreed a rescue plan.", "2021-03-01")
    assert "Barclays" in two


def test_campaigns_and_parties_are_known_wherever_they_stand() -> None:
    opening = entities_in("Greenpeace activists chained themselves to a BP tanker.", "2019-06-01")
    assert opening["Greenpeace"].kind == "organisation"
    leaders = entities_in("Commonwealth leaders suspended Nigeria on Saturday.", "1995-11-11")
    assert "Commonwealth of Nations" in leaders
    party = entities_in(
        "Zimbabwe's ruling ZANU-PF party expelled the vice president on Monday.", "2017-11-06"
    )
    assert "ZANU-PF" in party
    assert "PF" not in party


def test_a_companys_international_is_part_of_its_name() -> None:
    found = entities_in(
        "Philip Morris International sued Uruguay over its tobacco labelling law.", "2010-03-01"
    )
    assert "International" not in found
    assert found["Philip Morris"].kind == "company"


def test_a_government_named_for_its_party_serves_the_state_before_it() -> None:
    found = entities_in(
        "Nicaragua's Sandinista government expelled three US diplomats on Monday.", "1988-07-11"
    )
    assert found["Sandinista government"].affiliation == "nicaragua"


def test_a_groups_singular_names_it() -> None:
    found = entities_in("Contra rebels ambushed an army convoy near Esteli.", "1986-05-01")
    assert "Contras" in found


def test_a_states_name_between_a_title_and_a_surname_is_a_given_name() -> None:
    found = entities_in(
        "Israeli Defence Minister Israel Katz met his Cypriot counterpart in Nicosia.", "2025-03-01"
    )
    assert found["Israel Katz"].kind == "person"
    assert found["Israel Katz"].affiliation == "israel"


def test_a_bodys_word_followed_by_of_and_a_name_is_a_longer_name() -> None:
    found = entities_in(
        "The Congress of South African Trade Unions called a national strike.", "2023-08-01"
    )
    assert "United States Congress" not in found
    assert "Congress of South African Trade Unions" in found
