"""Titles in the plural, people "of" a state, and leaders named with a group no lexicon
knows: each person is one actor, serving whom the sentence says."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_plural_title_is_no_part_of_either_name() -> None:
    entities = entities_in(
        "Presidents Juan Perez of Argentina and Jose Silva of Brazil signed an agreement "
        "on Thursday.",
        "1990-07-06",
    )
    assert entities["Juan Perez"].kind == "person"
    assert entities["Jose Silva"].kind == "person"
    assert not any(name.startswith("Presidents") for name in entities)
    assert entities["Juan Perez"].affiliation == "argentina"
    assert entities["Jose Silva"].affiliation == "brazil"


def test_a_group_named_before_its_leader_is_his_and_a_group() -> None:
    entities = entities_in(
        "Mozambique's President Joaquim Chissano and RENAMO rebel leader Afonso Dhlakama "
        "signed a peace accord in Rome.",
        "1992-10-04",
    )
    assert entities["Afonso Dhlakama"].kind == "person"
    assert entities["RENAMO"].kind == "armed_group"
    assert entities["Afonso Dhlakama"].affiliation == "renamo"
    assert (  # a name no lexicon knows, before its leader: a body
        entities_in("TAWALA leader Jonas Mwangi rejected the results.", "1992-10-04")["TAWALA"].kind
        == "organisation"
    )


def test_a_role_before_a_name_makes_a_person_not_an_unknown() -> None:
    entities = entities_in(
        "Kenya accused rebel commander Kabwe Ndolo of attacking a convoy near the border.",
        "2019-01-30",
    )
    assert entities["Kabwe Ndolo"].kind == "person"


def test_an_act_protested_is_its_adjectives_state_not_the_protesters() -> None:
    found = typed_in(
        "Egypt recalled its ambassador from Israel on Wednesday in protest at Israeli air "
        "strikes against Hamas in the Gaza Strip."
    )
    assert ("Egypt", "SANCTION", "Israel") in found
    assert ("Israel", "ASSAULT", "Hamas") in found
    assert ("Egypt", "ASSAULT", "Hamas") not in found


def test_an_unknown_name_ending_in_a_known_bodys_word_is_its_own() -> None:
    entities = entities_in(
        "Ghana's opposition National Democratic Congress rejected the election results on "
        "Wednesday.",
        "2024-12-11",
    )
    assert entities["National Democratic Congress"].kind == "organisation"
    assert "United States Congress" not in entities and "National" not in entities
    assert "United States Congress" in entities_in(
        "Yesterday Congress approved aid to Ukraine.", "2024-04-24"
    )


def test_a_group_named_with_its_spaced_article_and_fighters_is_the_group() -> None:
    found = typed_in(
        "Somali troops backed by African Union forces drove al Shabaab militants out of the "
        "town of Afgoye on Sunday."
    )
    assert ("Somali troops", "ASSAULT", "al-Shabaab") in found
    assert ("African Union", "SUPPORT", "Somali troops") in found
