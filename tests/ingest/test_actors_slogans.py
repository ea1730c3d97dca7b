"""Words a crowd chants, shouts or carries on banners are its words, no actor: "chanting
"Freedom" and "Down with the dictatorship"" names no one called Freedom or Down."""

from __future__ import annotations

from relation_support import entities_in


def test_chanted_slogans_name_no_actor() -> None:
    found = entities_in(
        "HAVANA, July 11 (Reuters) - Thousands of Cubans took to the streets on Sunday chanting "
        '"Freedom" and "Down with the dictatorship" in the largest protests in decades.',
        "2021-07-11",
    )
    assert "Freedom" not in found and "Down" not in found
    assert "Cuba" in found


def test_a_quoted_name_after_a_verb_of_saying_stays_an_actor() -> None:
    found = entities_in(
        'The minister said "Gazprom" had cut supplies to Ukraine on Friday.', "2009-01-02"
    )
    assert "Gazprom" in found
