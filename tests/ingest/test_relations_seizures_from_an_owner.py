"""A seizure is coded against the one it takes from ("seized a stake in a company from
Spain's Repsol", "gold was seized by Malian authorities from Barrick Gold's mine"), not
against what it takes nor where it came from.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_a_seizure_is_against_the_company_it_takes_from() -> None:
    found = typed_in(
        "Bolivia moved on Monday to nationalise a majority stake in power company Transredes"
        " from Britain's BP."
    )
    assert ("Bolivia", "COERCE", "BP") in found
    assert not any(target == "Transredes" for _, _, target in found)


def test_a_passive_seizure_is_the_agent_s_against_the_owner_of_the_site() -> None:
    found = typed_in(
        "Two tonnes of copper were seized by Zambian authorities from Glencore's Mopani mine"
        " on Friday."
    )
    assert ("Zambia", "COERCE", "Glencore") in found


def test_where_a_seized_ship_sailed_from_is_not_whom_it_was_taken_from() -> None:
    found = typed_in("Iran seized a British tanker sailing from Iraq on Friday.")
    assert ("Iran", "COERCE", "United Kingdom") in found
    assert not any(target == "Iraq" for _, _, target in found)
