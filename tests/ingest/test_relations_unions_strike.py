"""A union or its workers that "struck" a company's plants stopped work there (CAMEO 143,
PROTEST), as event coders code a strike; forces that struck a camp attacked it.  A union's
name after a state's adjective ("the Canadian Auto Workers") is one name, not the state, and
"trade" before "union" makes no trade."""

from __future__ import annotations

from relation_support import entities_in, stored_in, typed_in


def test_a_union_that_struck_a_companys_plants_protests() -> None:
    found = stored_in(
        "Members of the United Steel Workers union struck Alcan's smelters in Quebec on Monday "
        "over pensions.",
        "2004-05-03",
    )
    assert ("United Steel Workers", "PROTEST", "Alcan") in found
    assert not [row for row in found if row[1] == "ASSAULT"]


def test_a_unions_name_after_a_states_adjective_is_one_name() -> None:
    people = entities_in(
        "The Canadian Auto Workers struck General Motors on Wednesday.", "1996-10-02"
    )
    assert "Canadian Auto Workers" in people
    assert ("Canadian Auto Workers", "PROTEST", "General Motors") in stored_in(
        "The Canadian Auto Workers struck General Motors on Wednesday.", "1996-10-02"
    )


def test_forces_that_struck_a_camp_still_attack() -> None:
    # a guard: read so before
    found = stored_in("Israeli aircraft struck a Hamas training camp in Gaza.", "2008-12-27")
    assert ("Israel", "ASSAULT", "Hamas") in found


def test_a_trade_union_is_no_trade_made() -> None:
    found = stored_in(
        "Millions of workers downed tools on Friday in a strike called by the Cosatu trade "
        "union federation against South Africa's labour laws.",
        "1988-06-06",
    )
    assert not [row for row in found if row[1] == "COOPERATE"]


def test_a_strike_extended_is_still_the_unions_protest_not_credit_given() -> None:
    found = typed_in(
        "The SUNTRACS union extended its indefinite strike against the government of Panama."
    )
    assert ("SUNTRACS", "PROTEST", "Panama") in found
    assert not any(kind == "AID" for _, kind, _ in found)


def test_two_federations_named_in_an_apposition_both_strike_against_the_state() -> None:
    found = typed_in(
        "Greece's two biggest labour federations, GSEE and ADEDY, launched a 48-hour general "
        "strike on Tuesday."
    )  # "ADEDY, launched a strike" is its act, no product launched
    assert {("GSEE", "PROTEST", "Greece"), ("ADEDY", "PROTEST", "Greece")} <= found


def test_a_general_strike_extended_by_a_federation_is_its_protest_against_the_state() -> None:
    found = typed_in(
        "Venezuela's largest labour federation, the CTV, and the Fedecamaras business chamber "
        "extended a general strike into a third week on Monday."
    )
    assert {("CTV", "PROTEST", "Venezuela"), ("Fedecamaras", "PROTEST", "Venezuela")} <= found


def test_police_that_fired_on_union_members_shot_at_them_not_dismissed_them() -> None:
    found = typed_in("Mexican federal police fired on members of the CNTE teachers union.")
    assert ("Mexican federal police", "ASSAULT", "CNTE") in found


def test_union_leaders_after_a_union_named_with_its_noun_are_that_union() -> None:
    found = stored_in(
        "OAXACA, Mexico (AP) — Federal police fired on members of the CNTE teachers union on "
        "Sunday, and union leaders accused the government on Monday of committing a massacre.",
        "2016-06-20",
    )
    assert ("CNTE", "ACCUSE", "Mexico") in found
