"""A subject named as "the rebel leadership" or "the rebel leaders" is the armed group named
before: "... and the rebel leadership appealed to Yugoslavia" was told as the attackers'
appeal (set 41a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_the_rebel_leadership_is_the_group_named_before() -> None:
    found = stored_in(
        "Sri Lankan troops launched an offensive against Tamil Tiger rebels on Monday, and the"
        " rebel leadership appealed to India for help.",
        "2008-01-07",
    )
    requests = {(row[0], row[2]) for row in found if row[1] == "REQUEST"}
    assert requests == {("Liberation Tigers of Tamil Eelam", "India")}, found
