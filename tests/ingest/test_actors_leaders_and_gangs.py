"""A leader's hyphenated given name ("Lee Myung-bak") is one name; a government named by a
leader the lexicon does not know ("Prime Minister Ariel Henry's government") keeps the
leader's whole name and serves the one state its sentence names; a cartel or a gang is an
armed group; "Paramilitary" opening a sentence is no part of the group's name;
Czechoslovakia and East Germany are named by their adjectives too."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2012-05-14")


def test_a_hyphenated_given_name_is_one_name() -> None:
    found = _entities("South Korean President Lee Myung-bak met Japan's prime minister in Seoul.")
    lee = next(e for e in found.values() if "Lee Myung-bak" in (e.name, *e.aliases))
    assert lee.kind == "person" and "Lee Myung" not in found


def test_a_government_named_by_an_unknown_leader_serves_the_state_its_sentence_names() -> None:
    found = _entities(
        "Gunmen attacked a police station in Haiti on Friday, and Prime Minister Garry Conille's"
        " government appealed to the United Nations for help."
    )
    government = found["Garry Conille's government"]
    assert government.kind == "government" and government.affiliation == "haiti"
    two = _entities(
        "Iraq and Turkey traded accusations on Monday, and Prime Minister Adil Jalal's"
        " government recalled its envoy."
    )
    assert two["Adil Jalal's government"].affiliation is None  # two states: whose is unclear


def test_a_cartel_or_a_gang_is_an_armed_group() -> None:
    found = _entities("Mexican police arrested six members of the Juarez cartel on Saturday.")
    assert found["Juarez cartel"].kind == "armed_group"


def test_paramilitary_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = _entities("Paramilitary Rapid Support Forces shelled army positions in Omdurman.")
    assert "Rapid Support Forces" in found
    assert "Paramilitary Rapid Support Forces" not in found


def test_states_of_the_cold_war_are_named_by_their_adjectives() -> None:
    found = _entities("East German advisers were seen near the Czechoslovak border in 1968.")
    assert found["East Germany"].kind == "state" and found["Czechoslovakia"].kind == "state"
