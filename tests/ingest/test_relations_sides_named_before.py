""" "Both sides" and "the warring parties" in a sentence that names neither side are the two
parties of the last typed relation just before: "The Security Council called on both sides
to agree a ceasefire" asks each of them."""

from __future__ import annotations

from relation_support import stored_in

_FIGHT = "KHARTOUM (Reuters) - Sudan's army recaptured the palace from the Rapid Support Forces."


def test_both_sides_called_on_are_each_asked() -> None:
    found = stored_in(
        f"{_FIGHT} The African Union called on both sides to agree a truce.", "2025-03-21"
    )
    assert ("African Union", "REQUEST", "Sudan") in found
    assert ("African Union", "REQUEST", "Rapid Support Forces") in found


def test_the_warring_parties_as_subject_each_act() -> None:
    found = stored_in(
        f"{_FIGHT} The warring parties accused the United Nations of bias.", "2025-03-21"
    )
    assert ("Sudan", "ACCUSE", "United Nations") in found
    assert ("Rapid Support Forces", "ACCUSE", "United Nations") in found


def test_sides_told_of_long_before_are_no_ones() -> None:
    found = stored_in(
        f"{_FIGHT} Prices rose in Port Sudan. Schools stayed shut. Banks closed early."
        " The African Union called on both sides to agree a truce.",
        "2025-03-21",
    )
    assert not any(source == "African Union" for source, _, _ in found)


def test_a_place_attacked_is_no_side() -> None:
    found = stored_in(
        "KYIV (Reuters) - Russia shelled Kharkiv on Monday. The European Union urged both sides"
        " to show restraint.",
        "2025-03-21",
    )
    assert not any(target == "Kharkiv" and kind == "REQUEST" for _, kind, target in found)
