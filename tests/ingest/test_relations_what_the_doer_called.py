"""The doer's own word on why it acted ("expelled two British diplomats for what it called
activities incompatible with their status") is its charge against those it acted on, a
second event on the pair (set 40a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_an_expulsion_for_what_the_expeller_called_spying_is_also_a_charge() -> None:
    found = stored_in(
        "Moscow expelled two Estonian diplomats on Friday for what it called activities"
        " incompatible with their status.",
        "2013-05-17",
    )
    assert ("Russia", "SANCTION", "Estonian diplomats") in found
    assert ("Russia", "ACCUSE", "Estonian diplomats") in found
