"""A count capitalised inside a sentence opens a body's name ("Nepal's Seven Party
Alliance"); what a body is made of does not end a list of subjects ("the Seven Party
Alliance of mainstream political parties and Maoist rebels"); and two sides that agree "to
work together" agree with each other, not with whoever their aim names ("to end King
Gyanendra's direct rule"); one side's negotiators and the other meet each other, not the
venue's state ("resumed peace talks in the Malaysian capital")."""

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


def test_negotiators_of_one_side_and_the_other_meet_each_other() -> None:
    text = (
        "KUALA LUMPUR (AP) - Philippine government negotiators and Moro Islamic Liberation Front"
        " rebels resumed formal peace talks in the Malaysian capital on Wednesday."
    )
    found = stored_in(text, "2011-02-09")
    assert ("Philippine government", "CONSULT", "Moro Islamic Liberation Front") in found
    assert not any("Malaysia" in (source, target) for source, _, target in found)
