"""A building named by its own name ("the Westgate shopping mall in Nairobi", "the Bataclan
theatre in Paris") is where an attack struck, no party: the attack is on the state where it
stands (set 41a, read: al Shabaab attacked "Westgate")."""

from __future__ import annotations

from relation_support import stored_in


def test_a_theatre_stormed_in_a_capital_is_an_attack_on_its_state() -> None:
    found = stored_in("ISIS gunmen stormed the Bataclan theatre in Paris on Friday.", "2015-11-13")
    assert ("Islamic State", "ASSAULT", "France") in found
    assert not [row for row in found if row[2] == "Bataclan"], found
