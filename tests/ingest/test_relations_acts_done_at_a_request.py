"""Who asked for an act ("at the request of China", "in response to a plea from Kabul") asks
its doer, and is no object of the act: "Thai police detained the Uighur activist at the
request of China" told Thailand coercing China."""

from __future__ import annotations

from relation_support import stored_in


def test_the_one_who_asked_for_an_arrest_is_not_arrested() -> None:
    found = stored_in(
        "Thai police detained the Uighur activist at the request of China on Tuesday.",
        "2015-07-07",
    )
    assert ("China", "REQUEST", "Thai police") in found
    assert not [row for row in found if row[1] == "COERCE" and row[2] == "China"], found


def test_the_one_who_asked_for_a_warrant_is_not_its_target() -> None:
    found = stored_in(
        "Interpol issued an arrest warrant for the former minister at the request of Argentina.",
        "2012-03-01",
    )
    assert ("Argentina", "REQUEST", "Interpol") in found
    assert not [row for row in found if row[1] == "COERCE" and row[2] == "Argentina"], found


def test_help_asked_for_is_not_given_and_whom_it_is_against_gets_none() -> None:
    found = stored_in(
        "Niger asked the United States for urgent help to halt the advance of Boko Haram.",
        "2015-01-14",
    )
    assert ("Niger", "REQUEST", "United States") in found
    assert not [row for row in found if row[1] == "AID"]
