"""What a meeting is "aimed at" is its purpose, no act of the one met: "a summit with North
Korean leader Kim Jong-il aimed at normalising ties" told Kim agreeing with Japan (set 40a,
read)."""

from __future__ import annotations

from relation_support import stored_in


def test_talks_aimed_at_ending_hostility_are_talks_only() -> None:
    found = stored_in(
        "Turkish President Abdullah Gul held talks in Yerevan with Armenian President Serzh"
        " Sargsyan aimed at ending a century of hostility.",
        "2008-09-06",
    )
    assert ("Turkey", "CONSULT", "Armenia") in found
    assert not [row for row in found if row[1] == "AGREE"], found
