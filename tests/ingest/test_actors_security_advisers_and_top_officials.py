"""A state's security adviser and its top security official as wire copy titles them ("U.S.
National Security Adviser Jake Sullivan", "Iran's top security official Ali Shamkhani") are
people of that state, never a name that swallows the title."""

from __future__ import annotations

from relation_support import entities_in


def test_a_national_security_adviser_is_a_person_of_the_state_named_before() -> None:
    found = entities_in(
        "Iraqi National Security Adviser Qasim al-Araji met Iranian officials in Baghdad.",
        "2023-03-19",
    )
    assert found["Qasim al-Araji"].affiliation == "iraq"
    assert not any("Adviser" in name for name in found)


def test_a_top_security_official_after_a_possessive_serves_that_state() -> None:
    found = entities_in(
        "Iran's top security official Ali Shamkhani met Iraqi officials in Baghdad.", "2023-03-19"
    )
    assert found["Ali Shamkhani"].affiliation == "iran"
