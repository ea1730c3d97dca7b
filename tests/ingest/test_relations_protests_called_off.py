"""A protest called off ("called off nationwide protests") is none made."""

from __future__ import annotations

from relation_support import stored_in


def test_protests_called_off_are_none() -> None:
    found = stored_in(
        "The Awami League called off nationwide protests on Friday in Bangladesh.",
        "2008-11-26",
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)
