"""Saying one "would no longer" cooperate refuses to (CAMEO 12, REJECT), as "would not"
does: "said it would no longer allow inspections by the IAEA" was stored as a concession
denied (set 41a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_no_longer_cooperating_rejects() -> None:
    found = stored_in(
        "Iran said on Wednesday it would no longer cooperate with the International Atomic"
        " Energy Agency.",
        "2020-06-24",
    )
    assert ("Iran", "REJECT", "International Atomic Energy Agency") in found


def test_guard_no_longer_attacking_stays_an_attack_denied() -> None:
    found = stored_in("Russia said it would no longer attack Ukrainian ports.", "2022-07-01")
    assert not [row for row in found if row[1] == "REJECT"], found


def test_and_said_it_would_no_longer_is_the_sentences_subject() -> None:
    found = stored_in(
        "Pyongyang announced it was leaving the treaty, accusing Washington of plotting an"
        " invasion, and said it would no longer allow inspections by the International Atomic"
        " Energy Agency.",
        "2003-01-10",
    )
    assert ("North Korea", "REJECT", "International Atomic Energy Agency") in found, found
    assert not [row for row in found if row[0] == "United States"], found
