"""Words that describe rather than tell an act: "led by jailed Fatah leader X" (who leads a
group, and what befell its leader earlier), "prisoners in Israeli jails" (a noun after a
state's adjective); and strikes on "opposition-held areas" hit the one armed group named,
as "rebels led by" a name make it one."""

from __future__ import annotations

from relation_support import stored_in


def test_a_group_led_by_a_jailed_leader_is_neither_jailed_nor_cooperating_here() -> None:
    found = stored_in(
        "Hundreds of Palestinian detainees in Israeli prisons, led by jailed Hamas leader Yahya"
        " Sinwar, began a hunger strike on Monday.",
        "2011-09-27",
    )
    assert not [row for row in found if row[1] in ("COERCE", "COOPERATE")]


def test_strikes_on_opposition_held_areas_hit_the_armed_group_named() -> None:
    found = stored_in(
        "Rebels led by Jaish al-Fatah seized Idlib on Saturday, while Syrian jets struck"
        " opposition-held areas nearby.",
        "2015-03-28",
    )
    assert [row for row in found if row[1] == "ASSAULT" and row[2] == "Jaish al-Fatah"]
