"""An opposition leader whose sentence names one party is that party's ("opposition leader
Hakainde Hichilema ..., accusing his United Party for National Development"; "opposition
leader Freeman Mbowe and dozens of Chadema Party activists"; "... of the Forum for the
Restoration of Democracy"), as event coders code him; with two parties named, or none, he
stays his state's opposition."""

from __future__ import annotations

from relation_support import entities_in


def _affiliation(text: str, person: str) -> str | None:
    return entities_in(text, "2017-04-11")[person].affiliation


def test_the_one_party_the_sentence_names_is_the_opposition_leaders() -> None:
    assert (
        _affiliation(
            "Zambian police arrested opposition leader Hakainde Hichilema on Tuesday, accusing "
            "his United Party for National Development of treason.",
            "Hakainde Hichilema",
        )
        == "united-party-for-national-development"
    )
    assert (
        _affiliation(
            "Tanzanian police arrested opposition leader Freeman Mbowe and dozens of Chadema "
            "Party activists in Mwanza on Wednesday.",
            "Freeman Mbowe",
        )
        == "chadema-party"
    )
    assert (
        _affiliation(
            "Kenyan police detained opposition leader Kenneth Matiba of the Forum for the "
            "Restoration of Democracy on Monday.",
            "Kenneth Matiba",
        )
        == "forum-for-the-restoration-of-democracy"
    )


def test_with_two_parties_named_he_stays_the_opposition() -> None:
    assert (
        _affiliation(
            "Zambian police arrested opposition leader Hakainde Hichilema on Tuesday, as the "
            "Patriotic Front and the United Party for National Development traded accusations.",
            "Hakainde Hichilema",
        )
        == "zambian-opposition"
    )
