"""A state's defence force named after it ("the Rwanda Defence Force", "the Uganda People's
Defence Force") is the state's own force, one actor, not the state and a "Defence Force" of
no one's; and the force entering another state occupies it."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_defence_force_named_after_its_state_is_the_states() -> None:
    found = entities_in(
        "The UN called on the Rwanda Defence Force to withdraw from Congolese territory.",
        "2025-01-27",
    )
    assert found["Rwanda Defence Force"].affiliation == "rwanda"
    assert "Defence Force" not in found


def test_a_peoples_defence_force_entering_a_state() -> None:
    found = stored_in(
        "The Uganda People's Defence Force entered Congo on Tuesday to hunt ADF rebels.",
        "2021-11-30",
    )
    assert ("Uganda People's Defence Force", "COERCE", "Democratic Republic of the Congo") in found
