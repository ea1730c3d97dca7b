""" "The group" stands for no council or assembly ("... the UN Security Council. Rwanda
denies backing the group": not the council), and a charge of working with someone ("accused
Kinshasa of working with the FDLR") is what the accuser says, no work done together by the
accuser."""

from __future__ import annotations

from relation_support import stored_in


def test_the_group_is_no_council() -> None:
    found = stored_in(
        "Congo's foreign minister spoke at an emergency session of the UN Security Council."
        " Rwanda denies backing the group.",
        "2025-01-27",
    )
    assert not any(target == "UN Security Council" for _, _, target in found)


def test_the_group_is_still_a_rights_group_named_before() -> None:
    found = stored_in(
        "Amnesty International said on Monday that police had tortured detainees in Harare."
        " Zimbabwe accused the group of lying.",
        "2019-02-04",
    )
    assert ("Zimbabwe", "ACCUSE", "Amnesty International") in found


def test_a_charge_of_working_with_an_armed_group() -> None:
    found = stored_in(
        "Rwanda accused Burundi of working with the FDLR, a Hutu armed group.", "2024-01-15"
    )
    assert not any(kind == "COOPERATE" and source == "Rwanda" for source, kind, _ in found)
    assert ("Rwanda", "ACCUSE", "Burundi") in found
