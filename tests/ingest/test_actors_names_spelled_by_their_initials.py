"""A name that goes on past "and" or a comma is one name when the initials in brackets
after it spell it ("the Association of Mineworkers and Construction Union (AMCU)"), and
those initials are that name's in the article, whatever body a lexicon knows by them; a
list of names goes on past the initials of one ("the Democratic Alliance (DA) and the EFF
rejected the budget": neither rejects the other)."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_union_named_with_and_before_its_initials_is_one_union() -> None:
    found = entities_in(
        "The Association of Mineworkers and Construction Union (AMCU) rejected the wage offer,"
        " and AMCU said the strike would go on.",
        "2025-02-14",
    )
    union = found["Association of Mineworkers and Construction Union"]
    assert union.kind == "organisation"
    assert "AMCU" in union.names
    assert "Construction Union" not in found


def test_a_body_named_with_commas_before_its_initials_is_one_body() -> None:
    found = entities_in(
        "The dispute went to the Commission for Conciliation, Mediation and Arbitration (CCMA)"
        " on Monday.",
        "2025-02-14",
    )
    assert "Commission for Conciliation, Mediation and Arbitration" in found
    assert "Mediation" not in found and "Arbitration" not in found


def test_a_title_word_inside_a_spelled_name_cuts_nothing() -> None:
    found = entities_in(
        "The Movement for Justice and Development (MJD) boycotted the vote.", "2019-05-02"
    )
    assert "Movement for Justice and Development" in found


def test_initials_the_article_spells_are_not_the_lexicons_other_body() -> None:
    found = entities_in(
        "Rebels of the Justice and Equality Movement (JEM) attacked an army base in Darfur,"
        " and JEM said it had killed 20 soldiers.",
        "2008-05-10",
    )
    assert "JEM" in found["Justice and Equality Movement"].names
    assert not any("Mohammad" in name for name in found)


def test_two_bodies_whose_initials_spell_only_the_last_stay_two() -> None:
    found = entities_in(
        "Talks between the Alliance for Change and Citizens Reform Movement (CRM) broke down"
        " on Monday.",
        "2024-06-10",
    )
    assert "Alliance for Change" in found
    assert "CRM" in found["Citizens Reform Movement"].names


def test_a_list_goes_on_past_a_names_initials() -> None:
    found = stored_in(
        "The Democratic Alliance (DA) and the Economic Freedom Fighters (EFF) rejected the"
        " budget on Wednesday.",
        "2024-06-10",
    )
    assert not any(kind == "REJECT" for _, kind, _ in found)  # neither rejects the other
