"""A court upholding a conviction, a sentence or a ban coerces the one it falls on ("upheld
opposition leader Anwar Ibrahim's conviction"), as the first verdict did; upholding a law or
a ruling of one's own is no act on anyone.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_a_conviction_upheld_coerces_the_convicted() -> None:
    found = typed_in(
        "Pakistan's Supreme Court upheld opposition leader Imran Khan's corruption conviction on"
        " Monday."
    )
    assert any(
        "Pakistan" in source and kind == "COERCE" and target == "Imran Khan"
        for source, kind, target in found
    )


def test_death_sentences_upheld_coerce_those_sentenced() -> None:
    found = typed_in(
        "Egypt's top court upheld the death sentences of 20 Muslim Brotherhood members on Monday."
    )
    assert ("Egypt", "COERCE", "Muslim Brotherhood") in found


def test_a_ceasefire_upheld_coerces_no_one() -> None:
    found = typed_in("Israel and Hamas upheld the ceasefire on Monday despite a rocket attack.")
    assert not any(kind == "COERCE" for _, kind, _ in found)
