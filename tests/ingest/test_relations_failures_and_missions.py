"""Failing at a task turns no one down ("failed to halt their advance"), while failing to
reach agreement or to comply still does; a state's troops serving a body ("Belgian U.N.
peacekeepers") are the state's.  Sentences written for these tests, in the shapes of wire
copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in, stored_in, typed_in


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the town of Goma after Congolese troops failed to stop their advance, "
        "despite pleas from Rwanda.",
        "Kenyan forces failed to dislodge al-Shabaab fighters from the port of Kismayo.",
    ],
)
def test_failing_at_a_task_rejects_no_one(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "REJECT"}, typed_in(text)


def test_guard_failing_to_comply_is_still_a_refusal() -> None:
    found = typed_in("Syria failed to comply with the demands of the Arab League on Monday.")
    assert ("Syria", "REJECT", "Arab League") in found


def test_a_states_troops_serving_a_body_are_the_states() -> None:
    text = (
        "Militiamen killed seven Pakistani U.N. peacekeepers near Mogadishu on Saturday, "
        "Pakistan said."
    )
    found = entities_in(text, "1993-06-05")
    troops = found["Pakistani U.N. peacekeepers"]
    assert troops.affiliation == "pakistan"
    assert troops.kind == "government"


def test_guard_the_bodys_troops_alone_are_the_bodys() -> None:
    found = entities_in("Gunmen attacked U.N. peacekeepers in Mali on Friday.", "2019-01-20")
    assert "United Nations" in found


def test_a_refusal_to_act_against_someone_is_that_act_denied() -> None:
    text = "India declined to condemn Russia at the United Nations."
    assert stored_in(text, "2022-03-02") == {("India", "ACCUSE", "Russia")}  # told as not done
    assert not stored_in(text, "2022-03-02", denied=False)
