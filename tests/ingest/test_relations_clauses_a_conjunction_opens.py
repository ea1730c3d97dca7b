"""One named after "as", "while", "when" or "after" with a verb of its own acts in a clause
of its own: it is no object of the verb before when that verb already has one ("fired
missiles at cities across Ukraine as President Vladimir Putin launched an invasion")."""

from __future__ import annotations

from relation_support import stored_in


def test_a_leader_acting_in_a_clause_of_its_own_is_not_attacked() -> None:
    found = stored_in(
        "Syrian troops fired rockets at towns across Lebanon on Sunday as President Hafez"
        " al-Assad addressed parliament in Damascus.",
        "1982-06-13",
    )
    assert ("Syrian troops", "ASSAULT", "Lebanon") in found
    assert not [row for row in found if row[1] == "ASSAULT" and "Assad" in row[2]]


def test_the_place_hit_is_the_target_before_an_as_clause() -> None:
    found = stored_in(
        "Israeli jets fired missiles at towns across Lebanon on Monday as Prime Minister"
        " Menachem Begin addressed the Knesset.",
        "1982-06-07",
    )
    assert ("Israel", "ASSAULT", "Lebanon") in found
    assert not [row for row in found if "Begin" in row[2]]


def test_guard_with_nothing_before_it_the_one_named_after_the_conjunction_is_faced() -> None:
    found = stored_in(
        "Greek President Karolos Papoulias put the army on alert on Friday and ordered troops"
        " closer to the border after Turkish police entered a disputed islet.",
        "1996-01-26",
    )
    assert [row for row in found if row[1] == "MOBILIZE" and "Turk" in row[2]], found
