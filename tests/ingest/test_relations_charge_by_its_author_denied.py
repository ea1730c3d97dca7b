"""A charge named with its author and denied ("denied a charge by Sudan that it armed the
RSF"): the author accuses the one who denies it, the denial rejects the author, and what the
charge tells of "it" is no act of the author named just before the pronoun."""

from __future__ import annotations

from relation_support import stored_in


def test_a_single_charge_by_its_author_is_answered() -> None:
    found = stored_in(
        "Chad denied a charge by Sudan that it sheltered rebels on Monday.", "2006-04-10"
    )
    assert ("Chad", "REJECT", "Sudan") in found
    assert ("Sudan", "ACCUSE", "Chad") in found


def test_what_a_denied_charge_tells_of_it_is_no_act_of_its_author() -> None:
    found = stored_in(
        "The United Arab Emirates denied claims by Sudan that it had armed the Rapid Support"
        " Forces.",
        "2025-03-21",
    )
    assert not any(source == "Sudan" and kind == "COOPERATE" for source, kind, _ in found)


def test_a_speaker_telling_of_itself_still_acts() -> None:
    found = stored_in(
        "Sudan said on Monday that it had armed a militia against the Rapid Support Forces.",
        "2025-03-21",
    )
    assert any(
        source == "Sudan" and target == "Rapid Support Forces" for source, _, target in found
    )
