"""An appeal to "all parties to the fighting" or "the warring factions", joined to an act on
one side, asks those it names, not the side acted on: "imposed an arms embargo on
Yugoslavia and urged all parties to the fighting in Croatia to respect the ceasefire" told
the U.N. asking Yugoslavia (set 40a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_an_appeal_to_all_parties_asks_no_one_acted_on_before() -> None:
    found = stored_in(
        "The African Union suspended Mali on Friday and called on all parties to the conflict"
        " in the north to respect a truce.",
        "2012-03-23",
    )
    assert ("African Union", "SANCTION", "Mali") in found
    assert ("African Union", "REQUEST", "Mali") not in found


def test_guard_an_appeal_naming_no_one_still_asks_the_side_acted_on() -> None:
    found = stored_in(
        "The European Union imposed sanctions on Iran and urged it to return to talks.",
        "2012-01-23",
    )
    assert ("European Union", "REQUEST", "Iran") in found


def test_a_demand_that_the_group_withdraw_is_made_of_the_group_named_before() -> None:
    found = stored_in(
        "The United Nations Security Council imposed an arms embargo on Yemen's Houthi leaders "
        "on Tuesday and demanded that the group withdraw from areas it has seized, including "
        "the capital Sanaa, in a resolution on which Russia abstained.",
        "2015-04-14",
    )
    assert ("UN Security Council", "REQUEST", "Houthis") in found
