"""A threat whose condition is that someone be freed or reinstated ("threatened to use force
if Bazoum is not reinstated") is not aimed at that someone: they are whom the demand is for.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


@pytest.mark.parametrize(
    "text",
    [
        "The Economic Community of West African States threatened to use force if Bazoum is "
        "not reinstated by Sunday.",
        "The rebels warned they would attack Monrovia unless Charles Taylor was released.",
    ],
)
def test_the_one_a_condition_asks_to_be_freed_is_not_threatened(text: str) -> None:
    found = typed_in(text)
    assert not {t for t in found if t[1] == "THREATEN" and ("Bazoum" in t[2] or "Taylor" in t[2])}


def test_guard_the_one_a_condition_names_as_acting_is_threatened() -> None:
    assert ("Kim", "THREATEN", "South Korea") in typed_in(
        "Kim warned that Pyongyang would use its weapons if South Korea attacked it."
    )
