""" "Indian" before a people's noun in an article about the Americas is the hemisphere's
indigenous peoples, not India; India named by name, or "Indian" before an office, stays
India.  A route ("through Chile", "via Wi-Fi") is no one an act is aimed at."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_indian_protesters_in_guatemala_are_no_indians_of_india() -> None:
    text = (
        "Thousands of Indian protesters blocked highways across Guatemala on Monday, "
        "demanding the resignation of the attorney general."
    )
    assert "India" not in entities_in(text, "2023-10-09")
    assert not [row for row in stored_in(text, "2023-10-09") if "India" in row]


def test_guard_india_named_by_its_offices_stays_india() -> None:
    text = "Indian Prime Minister Narendra Modi met Brazilian President Lula in Brasilia."
    assert "India" in entities_in(text, "2023-08-22")


def test_guard_indian_people_in_an_article_that_names_india_stay_india() -> None:
    text = "Indian villagers fled to India's border with Nepal, where Mexican aid arrived."
    assert "India" in entities_in(text, "2023-08-22")


def test_a_route_is_no_target() -> None:
    found = stored_in(
        "Bolivia's president resigned on Friday after weeks of protests against a plan to "
        "export natural gas through Chile.",
        "2003-10-17",
    )
    assert not [row for row in found if row[2] == "Chile"]
