"""A party whose name opens with its state's name and is followed by a lower-case "party"
("the opposition Pakistan Tehreek-e-Insaf party") is one organisation, not the state and a
fragment; a person named in apposition as "the former prime minister and leader of" a group
no lexicon ties to anyone belongs to it."""

from __future__ import annotations

from relation_support import entities_in


def test_a_party_named_with_its_state_and_a_lower_case_party_is_one_organisation() -> None:
    found = entities_in(
        "Police detained supporters of the opposition Bangladesh Nationalist Jatiyatabadi party"
        " in Dhaka.",
        "2014-01-05",
    )
    assert found["Bangladesh Nationalist Jatiyatabadi"].kind == "organisation"


def test_a_long_apposition_before_leader_of_still_ties_the_person() -> None:
    found = entities_in(
        "Police arrested Tamba Kallon, the former mayor and leader of the opposition Freedom"
        " Alliance, on Tuesday.",
        "2014-01-05",
    )
    assert found["Tamba Kallon"].affiliation == "freedom-alliance"
