"""What a subject calls an act, naming its doer ("asked the Security Council to halt what it
called Thai aggression"), is the subject's charge against that doer (set 41a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_what_it_called_russian_aggression_accuses_russia() -> None:
    found = stored_in(
        "Georgia appealed to the United Nations on Friday to stop what it called Russian"
        " aggression in South Ossetia.",
        "2008-08-08",
    )
    assert ("Georgia", "ACCUSE", "Russia") in found
    assert ("Georgia", "REQUEST", "United Nations") in found
