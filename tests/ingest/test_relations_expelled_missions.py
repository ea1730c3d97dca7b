"""Expelling a mission's head or members, or ordering a state's forces off a base, is an
expulsion (CAMEO 166x, PLOVER SANCTION), not a coerced person (174).  Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Harare expelled the head of the EU observer mission.", ("Zimbabwe", "European Union")),
        (
            "Baghdad expelled the chief of the U.N. inspection team on Monday.",
            ("Iraq", "United Nations"),
        ),
        (
            "Uzbekistan has ordered the United States to leave the Karshi-Khanabad air base "
            "within 180 days.",
            ("Uzbekistan", "United States"),
        ),
        ("Mali ordered French troops to leave the country.", ("Mali", "French troops")),
    ],
)
def test_an_expelled_mission_or_garrison_is_sanctioned(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "SANCTION", pair[1]) in typed_in(text), typed_in(text)


def test_guard_ordering_someone_to_leave_a_meeting_is_no_expulsion_of_forces() -> None:
    found = typed_in("Uganda ordered Kenya's delegation to leave the talks in Kampala.")
    assert not {t for t in found if t[1] == "SANCTION"}, found
