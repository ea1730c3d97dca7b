"""A state named again by the start of its official name ("the Islamic Republic" after Iran,
"the Hashemite Kingdom" after Jordan) is that state, when it is the one state of the article
whose official name starts so."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_the_islamic_republic_after_iran_is_iran() -> None:
    text = (
        "Denmark recalled its ambassador from Tehran on Tuesday and said it would seek new"
        " European Union sanctions against the Islamic Republic."
    )
    assert "Islamic Republic" not in entities_in(text, "2018-10-30")
    assert ("European Union", "COERCE", "Iran") in stored_in(text, "2018-10-30")


def test_guard_two_islamic_republics_leave_the_words_unresolved() -> None:
    entities = entities_in(
        "Iran and Pakistan traded accusations on Friday, and the Islamic Republic closed a"
        " border crossing.",
        "2024-01-19",
    )
    assert "Islamic Republic" in entities  # not taken for either state
