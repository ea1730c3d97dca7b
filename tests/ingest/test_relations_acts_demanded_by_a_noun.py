"""An act a demand named as a noun asks for ("chanting demands that the Polish authorities
legalise the union", "amid calls that China release") is not done: it was stored as the
authorities' concession (set 40a, read)."""

from __future__ import annotations

import pytest
from relation_support import stored_in


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kurds marched through Diyarbakir on Sunday, chanting demands that the"
        " Turkish authorities free Abdullah Ocalan.",
        "Hundreds of Tibetans rallied in Dharamsala amid calls that China release the Panchen"
        " Lama.",
    ],
)
def test_a_release_demanded_is_no_release(text: str) -> None:
    found = stored_in(text, "2005-02-15")
    assert not [row for row in found if row[1] in ("CONCEDE", "RETREAT")], found
