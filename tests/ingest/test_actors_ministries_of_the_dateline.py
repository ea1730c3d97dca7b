"""A ministry named by its portfolio alone ("the Interior Ministry said") serves the one state
its sentence names, or the state the story was filed from when it names none, as a leader's
government no lexicon knows does; with no state to go by it serves none.  Sentences written
for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in


def test_a_ministry_of_a_datelined_story_is_the_datelines_states() -> None:
    found = entities_in(
        "TBILISI, Georgia (AP) -- Police detained protesters, and the Interior Ministry said 63 "
        "people had been detained.",
        "2024-05-01",
    )
    assert found["Interior Ministry"].affiliation == "georgia"


def test_a_ministry_in_a_capital_is_that_states() -> None:
    found = entities_in(
        "The Foreign Ministry in Beijing summoned the Japanese ambassador.", "2024-05-01"
    )
    assert found["Foreign Ministry"].affiliation == "china"


def test_guard_a_ministry_with_no_state_to_go_by_serves_none() -> None:
    found = entities_in("The Foreign Ministry summoned the British envoy.", "2024-05-01")
    assert found["Foreign Ministry"].affiliation is None
