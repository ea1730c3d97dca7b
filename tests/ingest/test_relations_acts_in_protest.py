"""An act done "in protest against" another's plan is the doer's protest too, a second
event on the pair, and the protester is the clause's subject, not the name before the
phrase ("Greenpeace activists occupied Shell's Brent Spar platform in protest against the
company's plan": the platform protested; set 40a, read).  An envoy recalled in protest is
the recall alone (set 38a's coders)."""

from __future__ import annotations

from relation_support import stored_in


def test_a_farm_occupied_in_protest_against_its_owner_is_a_protest_against_it() -> None:
    found = stored_in(
        "Landless Workers Movement activists occupied a Monsanto research farm in Parana in"
        " protest against the company's genetically modified crops.",
        "2003-05-01",
    )
    assert ("Landless Workers Movement", "PROTEST", "Monsanto") in found


def test_the_name_before_the_phrase_is_no_protester() -> None:
    found = stored_in(
        "Greenpeace activists occupied Shell's disused Brent Spar platform in the North Sea on"
        " Sunday in protest against the company's plan to sink it.",
        "1995-04-30",
    )
    assert ("Greenpeace", "PROTEST", "Shell") in found
    assert not [row for row in found if row[0] == "Brent Spar"], found


def test_guard_an_envoy_recalled_in_protest_is_the_recall_alone() -> None:
    found = stored_in(
        "Chile recalled its ambassador from Peru in protest at Lima's maritime claims.",
        "2008-01-17",
    )
    assert ("Chile", "SANCTION", "Peru") in found
    assert ("Chile", "PROTEST", "Peru") not in found
