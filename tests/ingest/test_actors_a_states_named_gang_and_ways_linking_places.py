"""A gang or group with its own name after a state's possessive ("Brazil's First Capital
Command gang") is named without the state's word, and a road or bridge "linking" two
places ties no one to anyone."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_named_gang_after_a_states_possessive() -> None:
    found = entities_in(
        "Police in Paraguay arrested three members of Brazil's Red Command gang on Friday.",
        "2023-01-13",
    )
    assert "Red Command" in found
    assert not any(name.startswith("Brazil's") for name in found)


def test_a_bridge_linking_two_towns_ties_no_one() -> None:
    found = stored_in(
        "Argentina handed the suspect to Brazilian police on the bridge linking Puerto Iguazu"
        " with Foz do Iguacu.",
        "2023-01-13",
    )
    assert not any(kind == "COOPERATE" for _, kind, _ in found)
