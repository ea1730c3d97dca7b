"""A share before a verb's object ("pulled the last of its troops out of Cambodia", "the rest
of its soldiers") hid the object from the verb's patterns: the pull was read as force, not a
withdrawal (set 40a, read)."""

from __future__ import annotations

import pytest
from relation_support import stored_in


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Vietnam said it had pulled the last of its troops out of Cambodia on Tuesday.",
            "Vietnam",
            "Cambodia",
        ),
        ("Israel pulled the rest of its soldiers out of southern Lebanon.", "Israel", "Lebanon"),
        ("Cuba pulled the bulk of its troops out of Angola in 1991.", "Cuba", "Angola"),
    ],
)
def test_troops_pulled_out_after_a_share_withdraw(text: str, source: str, target: str) -> None:
    found = stored_in(text, "1989-09-26")
    assert (source, "RETREAT", target) in found
    assert (source, "COERCE", target) not in found
