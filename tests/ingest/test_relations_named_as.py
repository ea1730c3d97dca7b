"""What a naming verb calls the one it names ("hailed President Hugo Chavez as a champion of
Latin America's poor", "branded Iran as the main sponsor of Hezbollah") describes that one:
no act of its own (set 40a, read: Chavez supported Latin America)."""

from __future__ import annotations

from relation_support import stored_in


def test_a_leader_hailed_as_a_champion_of_a_region_champions_no_one() -> None:
    found = stored_in(
        "Cuban President Raul Castro hailed President Nicolas Maduro as a champion of Latin"
        " America's poor.",
        "2014-03-05",
    )
    assert [row for row in found if row[1] == "SUPPORT" and "Maduro" in row[2]], found
    assert not [row for row in found if "Maduro" in row[0]], found


def test_a_state_branded_a_sponsor_is_accused_not_said_to_sponsor() -> None:
    found = stored_in("Washington branded Iran as the main sponsor of Hezbollah.", "2006-08-01")
    assert found == {("United States", "ACCUSE", "Iran")}


def test_guard_an_act_described_as_a_warning_still_warns() -> None:
    found = stored_in(
        "The United States described the strike on Syria as a warning to Russia.", "2017-04-07"
    )
    assert ("United States", "THREATEN", "Russia") in found
