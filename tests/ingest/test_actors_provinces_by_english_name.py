"""Provinces and regions named in English ("Chechnya", "the Basque Country", "Mindanao")
are their state's, as the ISO names in their own language ("País Vasco") already were: an
attack there falls on the state, and selecting the state lights them up.  A one-word name the
lexicon gives a company ("Navarre") is the province where the text places it ("in Aragon and
Navarre"), and a noun after "at" or "across" is no verb ("walked out at pits across ...")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    return {name: (e.kind, e.affiliation) for name, e in entities_in(text, "2005-06-07").items()}


def test_english_names_of_provinces_are_their_states() -> None:
    assert _entities("Police detained dozens of activists in Flanders on Monday.")["Flanders"] == (
        "place",
        "belgium",
    )
    assert _entities("Rebels shelled villages in North Kivu on Monday.")["North Kivu"] == (
        "place",
        "democratic-republic-of-the-congo",
    )
    assert _entities("Drones struck a depot in Kherson on Friday.")["Kherson"] == (
        "place",
        "ukraine",
    )


def test_an_attack_in_a_province_falls_on_its_state() -> None:
    found = stored_in(
        "Rebels of the Moro Islamic Liberation Front attacked an army post in Mindanao on Monday.",
        "2000-03-06",
    )
    assert ("Moro Islamic Liberation Front", "ASSAULT", "Mindanao") in found
    entities = _entities(
        "Guerrillas of Basque Fatherland and Freedom bombed a barracks in the Basque Country "
        "on Tuesday."
    )
    assert entities["Basque Country"] == ("place", "spain")


def test_a_lexicon_company_named_as_a_province_is_the_province() -> None:
    found = _entities("Troops were deployed in Aragon and Navarre on Friday.")
    assert found["Navarre"] == ("place", "spain")
    assert _entities("Police raided offices in Navarre on Friday.")["Navarre"] == (
        "place",
        "spain",
    )
    # named as the company it is, it stays one
    assert _entities("Navarre said on Tuesday its profits rose.")["Navarre"][0] == "company"


def test_a_noun_after_at_or_across_is_no_verb() -> None:
    found = stored_in(
        "Members of the United Mine Workers walked out at pits across Kentucky on Monday in "
        "protest against closures ordered by Peabody Energy.",
        "1993-05-10",
    )
    assert not [row for row in found if row[1] == "ASSAULT"]  # "pits" is where, not an act
    assert ("United Mine Workers", "PROTEST", "Peabody Energy") in found
