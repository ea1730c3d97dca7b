"""A charge dismissed is its author's charge, never one by the side that dismisses it:
"India dismissed Pakistani accusations that it was backing militants" told India accusing
Pakistan, as "dismissed" was typed as the accusation it refuses."""

from __future__ import annotations

import pytest
from relation_support import stored_in


@pytest.mark.parametrize(
    ("text", "author", "answerer"),
    [
        (
            "India dismissed Pakistani accusations that it was backing militants in Balochistan.",
            "Pakistan",
            "India",
        ),
        (
            "Beijing dismissed Japanese accusations that Chinese ships had entered its waters"
            " near the Senkaku islands.",
            "Japan",
            "China",
        ),
        (
            "Tehran dismissed Saudi allegations that it had armed the Houthi rebels in Yemen.",
            "Saudi Arabia",
            "Iran",
        ),
    ],
)
def test_the_one_who_dismisses_a_charge_accuses_no_one(
    text: str, author: str, answerer: str
) -> None:
    found = stored_in(text, "2016-03-07")
    assert (author, "ACCUSE", answerer) in found
    assert (answerer, "ACCUSE", author) not in found


def test_charges_named_again_by_the_one_who_denies_them_are_no_new_charge() -> None:
    found = stored_in(
        "Sri Lanka on Monday denied Indian allegations that it was arming Tamil groups, calling"
        " the charges a smokescreen for New Delhi's own failures.",
        "1990-01-01",
    )
    assert ("India", "ACCUSE", "Sri Lanka") in found
    assert ("Sri Lanka", "ACCUSE", "India") not in found
