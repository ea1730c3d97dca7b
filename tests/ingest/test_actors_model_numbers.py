"""A name that a hyphen and a number end is a model's (aircraft, missiles, rockets), not an
actor: "a Russian Mi-24 helicopter", "Su-25 jets", "MiG-29 fighters", "a Long March-5 rocket".
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in, stored_in


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Azerbaijan shot down a Russian Mi-24 helicopter over Armenia.", "Mi"),
        ("Russia flew two Tu-95 bombers near Japan on Tuesday.", "Tu"),
        ("China launched a Long March-5 rocket from Hainan, Xinhua said.", "Long"),
        ("Egypt bought Su-35 jets from Russia in 2019.", "Su"),
    ],
)
def test_a_model_is_no_actor(text: str, model: str) -> None:
    found = entities_in(text, "2020-11-10")
    assert not [name for name in found if name.split()[0].startswith(model)], found


def test_the_jets_of_a_model_are_no_party_to_what_their_state_does() -> None:
    # "Su" was read as the attacker, and Ukraine as none
    assert stored_in(
        "Ukrainian Su-25 jets bombed Russian positions near Kherson.", "2022-10-01"
    ) == {("Ukraine", "ASSAULT", "Russia")}


def test_fighters_of_a_model_are_jets_not_an_armed_group() -> None:
    found = entities_in("Syria said its MiG-29 fighters intercepted Israeli planes.", "1990-01-01")
    assert "MiG-29 fighters" not in found
    assert "Syria" in found


def test_guard_a_body_named_with_a_number_is_still_found() -> None:
    found = entities_in("G-20 leaders met in Osaka, and the G-7 condemned Russia.", "2019-06-29")
    assert {"G20", "G7"} <= set(found)
