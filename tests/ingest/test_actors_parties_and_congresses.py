"""A party named by adjectives before its noun keeps them all ("Liberal Democratic Party",
"Democratic Justice Party"), and so does one named "All" ("All Progressives Congress"); a
bare "Congress" acted on by another state's head in an article of no one of the United
States is that state's congress, not the US Congress."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_adjectives_before_a_partys_noun_are_its_name() -> None:
    found = entities_in(
        "The Liberal Democratic Party chose a new leader in Tokyo, and in Seoul the ruling"
        " Democratic Justice Party nominated its candidate.",
        "1987-06-10",
    )
    assert "Liberal Democratic Party" in found and "Democratic Party" not in found
    assert "Democratic Justice Party" in found and "Justice Party" not in found


def test_another_states_head_dissolving_congress_dissolves_his_own() -> None:
    found = stored_in(
        "Guatemalan President Jorge Serrano dissolved Congress and the Supreme Court on Tuesday.",
        "1993-05-25",
    )
    assert ("Jorge Serrano", "COERCE", "Guatemalan Congress") in found
    assert not any("United States" in target for _, _, target in found)
    entities = entities_in("Peruvian President Alberto Fujimori dissolved Congress.", "1992-04-06")
    assert entities["Peruvian Congress"].affiliation == "peru"


def test_congress_in_an_article_of_the_united_states_is_the_us_congress() -> None:
    assert ("Barack Obama", "REQUEST", "United States Congress") in stored_in(
        "President Barack Obama urged Congress to approve aid to Ukraine.", "2014-03-03"
    )
    assert "United States Congress" in entities_in(
        "Congress passed a bill imposing sanctions on Iran.", "2010-06-06"
    )


def test_another_states_head_later_in_the_article_leaves_congress_to_its_own_sentence() -> None:
    text = (
        "Guatemalan President Jorge Serrano dissolved Congress and suspended the constitution."
        "\n\nChadian President Hissene Habre fled into exile in Cameroon."
    )
    assert ("Jorge Serrano", "COERCE", "Guatemalan Congress") in stored_in(text, "1993-05-26")


def test_a_party_named_all_keeps_its_first_word() -> None:
    found = entities_in(
        "Muhammadu Buhari of the All Nigeria Peoples Party rejected the result on Tuesday, and"
        " the All Progressives Congress called for calm.",
        "2007-04-24",
    )
    assert found["All Nigeria Peoples Party"].kind == "organisation"
    assert found["All Progressives Congress"].kind == "organisation"
    assert "Nigeria Peoples Party" not in found
