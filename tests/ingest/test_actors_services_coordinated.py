"""A state's armed service named with another of the same state's, without the state's name
again ("U.S. Air Force and Navy jets", "U.S. Marines and Army Rangers"), serves that state.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in


@pytest.mark.parametrize(
    ("text", "service", "state"),
    [
        (
            "U.S. Air Force and Navy jets bombed targets in Tripoli early Tuesday.",
            "Navy",
            "united-states",
        ),
        (
            "About 1,900 U.S. Marines and Army Rangers invaded Grenada on Tuesday.",
            "Army Rangers",
            "united-states",
        ),
        ("Israeli police and Border Police officers raided the mosque.", "Border Police", "israel"),
    ],
)
def test_a_service_named_with_a_states_service_is_that_states(
    text: str, service: str, state: str
) -> None:
    assert entities_in(text, "1986-04-15")[service].affiliation == state


def test_guard_a_service_named_apart_serves_no_state_by_it() -> None:
    found = entities_in("U.S. Marines landed, and the Navy said nothing.", "1986-04-15")
    assert found["Navy"].affiliation is None
