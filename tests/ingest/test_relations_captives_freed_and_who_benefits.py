"""People freed are told with their captivity ("freed 20 soldiers held captive for two
years"): the freeing is the act, no capture by anyone now; and who gains from something
("carmakers benefit from subsidies", "programmes benefiting the government") cooperates
with no one."""

from __future__ import annotations

from relation_support import stored_in


def test_soldiers_freed_after_their_captivity() -> None:
    found = stored_in(
        "FARC rebels freed 10 Colombian soldiers held captive for three years, handing them"
        " over to a humanitarian mission in the jungle.",
        "2009-04-01",
    )
    assert ("Revolutionary Armed Forces of Colombia", "RETREAT", "Colombian soldiers") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_a_capture_told_as_an_act_is_still_one() -> None:
    found = stored_in(
        "FARC rebels captured 10 Colombian soldiers in an ambush on Monday.", "2009-04-01"
    )
    assert any(kind in ("ASSAULT", "COERCE") for _, kind, _ in found)


def test_programmes_benefiting_a_government_paused_are_no_cooperation() -> None:
    found = stored_in(
        "The United States paused some aid programmes benefiting the government of Mali on"
        " Friday over the coup.",
        "2020-08-21",
    )
    assert not any(kind == "COOPERATE" for _, kind, _ in found)
    assert ("United States", "SANCTION", "Mali") in found
