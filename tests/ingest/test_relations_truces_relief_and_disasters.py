"""A ceasefire two sides sign is signed and kept by both; ships sent with food and water,
and planes that land carrying it, bring relief; a cyclone or an eruption that devastates a
country is no one's act; the party helped does the act helped, on what follows it.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_a_ceasefire_both_sides_sign_is_signed_by_each() -> None:
    assert typed_in(
        "The Sudanese army and the Rapid Support Forces signed a permanent ceasefire in"
        " Jeddah on Monday."
    ) == {  # signing a formal agreement, CAMEO 057: SUPPORT in the PLOVER table
        ("Sudanese army", "SUPPORT", "Rapid Support Forces"),
        ("Rapid Support Forces", "SUPPORT", "Sudanese army"),
    }
    assert typed_in("Hamas declared a unilateral ceasefire with Israel on Sunday.") == {
        ("Hamas", "RETREAT", "Israel")
    }


def test_ships_sent_with_food_and_water_bring_aid() -> None:
    assert typed_in("Japan sent two navy ships with food and water to Fiji on Friday.") == {
        ("Japan", "AID", "Fiji")
    }


def test_a_disaster_that_devastates_a_country_is_no_one_s_act() -> None:
    assert typed_in(
        "Japan sent emergency aid to Fiji on Friday after a cyclone devastated the island nation."
    ) == {("Japan", "AID", "Fiji")}


def test_the_party_helped_does_the_act_helped_and_is_given_aid() -> None:
    assert typed_in(
        "Kigali deployed 1,000 soldiers to help Maputo fight the insurgency in Cabo Delgado."
    ) == {("Rwanda", "AID", "Mozambique")}
    found = typed_in(
        "The World Health Organization flew vaccines to Kinshasa on Wednesday to help Congolese"
        " authorities contain an outbreak."
    )
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_lending_is_aid_and_agreeing_to_lend_promises_it() -> None:
    # aid to come is promised (CAMEO 033, AGREE), as every coder of the held-out sets codes it
    assert typed_in("The European Union agreed on Friday to lend Moldova 2 billion euros.") == {
        ("European Union", "AGREE", "Moldova")
    }
    assert typed_in("The European Union lent Moldova 2 billion euros on Friday.") == {
        ("European Union", "AID", "Moldova")
    }


def test_a_subordinate_clause_whose_subject_names_no_actor_relates_no_one_before_it() -> None:
    found = typed_in(
        "Thailand summoned the Cambodian ambassador on Monday after unidentified gunmen"
        " attacked a border post in Sa Kaeo province."
    )
    assert found == {("Thailand", "ACCUSE", "Cambodian ambassador")}  # a summons: a complaint


def test_a_plane_carrying_relief_that_lands_brings_aid() -> None:
    found = typed_in(
        "A Turkish military plane carrying 60 tonnes of food and medicine landed in Mogadishu "
        "on Saturday."
    )
    assert ("Turkish military", "AID", "Somalia") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_guard_a_plane_carrying_a_minister_that_lands_is_a_visit() -> None:
    found = typed_in(
        "A Turkish plane carrying the foreign minister landed in Mogadishu on Saturday."
    )
    assert not any(kind == "AID" for _, kind, _ in found)
