"""A people's own body whose name a state opens ("Nigeria Labour Congress", "Belarusian
Popular Front") is one organisation, not the state and a remnant; an apostrophe inside a
name ("Landless Workers' Movement") or inside a word ("Shi'ite") cuts nothing."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2008-05-14")


def test_a_union_a_state_s_name_opens_is_one_organisation_of_its_own() -> None:
    found = _entities("The Nigeria Labour Congress launched a nationwide strike on Monday.")
    union = found["Nigeria Labour Congress"]
    assert union.kind == "organisation" and union.affiliation is None
    assert "Labour Congress" not in found and "United States Congress" not in found


def test_a_front_a_state_s_adjective_opens_is_one_organisation() -> None:
    found = _entities("Supporters of the Belarusian Popular Front rallied in Minsk on Sunday.")
    assert found["Belarusian Popular Front"].kind == "organisation"
    assert "Popular Front" not in found


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole() -> None:
    found = _entities("Members of Brazil's Landless Workers' Movement occupied offices on Monday.")
    assert "Landless Workers' Movement" in found
    assert "Landless Workers" not in found and "Movement" not in found


def test_a_capital_inside_a_word_with_an_apostrophe_names_no_one() -> None:
    found = _entities("Lebanon bowed to a key demand of the Shi'ite group Hezbollah on Wednesday.")
    assert "Shi" not in found
    assert "Hezbollah" in found


def test_a_state_s_own_ministry_stays_the_state_s() -> None:
    found = _entities("The Russian Foreign Ministry summoned the envoy on Monday.")
    assert all(e.kind != "organisation" for e in found.values())


def test_a_person_named_as_a_party_s_member_belongs_to_the_party() -> None:
    found = _entities(
        "Police detained Mayor Ekrem Imamoglu of the main opposition Republican People's Party."
    )
    assert found["Ekrem Imamoglu"].affiliation == "republican-peoples-party"


def test_a_person_of_a_state_stays_unclaimed_by_this_reading() -> None:
    found = _entities("Vladimir Putin met Xi Jinping of China on Monday.")
    assert found["Xi Jinping"].affiliation == "china"


def test_a_group_s_name_with_the_article_spaced_is_the_known_group() -> None:
    found = _entities("A U.S. air strike killed an al Shabaab commander near Jilib on Sunday.")
    assert found["al-Shabaab"].kind == "armed_group"
    assert "Shabaab" not in found


def test_a_command_a_place_opens_is_one_body() -> None:
    found = _entities("The strike killed two fighters, the U.S. Africa Command said.")
    assert "Africa Command" in found and "Command" not in found


def test_names_joined_by_particles_stay_whole() -> None:
    found = _entities(
        "Rebels captured Mocimboa da Praia on Wednesday, days after Jamiat-i-Islami fighters"
        " left the valley."
    )
    assert "Mocimboa da Praia" in found
    assert any(name.startswith("Jamiat-i-Islami") for name in found)
    assert not {"Cabo Verde", "Praia", "Jamiat", "Islami"} & found.keys()
