"""A count capitalised inside a sentence opens a body's name ("Nepal's Seven Party
Alliance"); what a body is made of does not end a list of subjects ("the Seven Party
Alliance of mainstream political parties and Maoist rebels"); and two sides that agree "to
work together" agree with each other, not with whoever their aim names ("to end King
Gyanendra's direct rule")."""

from __future__ import annotations

from relation_support import entities_in, stored_in

_NEPAL = (
    "KATHMANDU (AP) - Nepal's Seven Party Alliance of mainstream political parties and Maoist "
    "rebels have agreed to work together to end King Gyanendra's direct rule."
)


def test_a_count_inside_a_sentence_opens_a_name() -> None:
    found = entities_in(_NEPAL, "2005-11-22")
    assert "Seven Party Alliance" in found
    assert "Party Alliance" not in found


def test_sides_working_together_agree_with_each_other() -> None:
    found = stored_in(_NEPAL, "2005-11-22")
    assert found >= {
        ("Seven Party Alliance", "AGREE", "Maoist rebels"),
        ("Maoist rebels", "AGREE", "Seven Party Alliance"),
    }
    assert not any(target == "Gyanendra" for _, _, target in found)
