"""Financing suspended is a sanction; a body ordered to leave a country, however long its
name, is expelled; protesters who storm a place protest; a deadline to leave given to
companies named at length still expels them.  Sentences written for these tests, in the
shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_financing_suspended_is_a_sanction() -> None:
    found = typed_in("The World Bank on Tuesday suspended new public financing to Ghana.")
    assert found == {("World Bank", "SANCTION", "Ghana")}, found


def test_a_body_ordered_to_leave_the_country_is_expelled() -> None:
    found = typed_in(
        "Honduras on Monday ordered the United Nations-backed anti-corruption mission known as "
        "MACCIH to leave the country within 24 hours."
    )
    assert ("Honduras", "SANCTION", "MACCIH") in found, found


def test_protesters_who_storm_a_place_protest() -> None:
    found = typed_in(
        "Thousands of protesters from the United Front for Democracy stormed Bangkok's main "
        "airport on Tuesday night."
    )
    assert {t[1] for t in found} == {"PROTEST"}, found


def test_guard_troops_who_storm_a_city_attack_it() -> None:
    found = typed_in("Russian troops stormed the Ukrainian port of Mariupol.")
    assert {t[1] for t in found} == {"ASSAULT"}, found


def test_a_deadline_to_leave_given_to_companies_named_at_length_expels_them() -> None:
    found = typed_in(
        "President Nicolas Maduro gave ExxonMobil and other oil companies operating off the "
        "disputed Essequibo region three months to leave."
    )
    assert {t[1] for t in found} == {"SANCTION"}, found
