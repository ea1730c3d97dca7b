"""A relative clause with a subject of its own tells that subject's act on the name it
follows: "the IAEA, which Prime Minister X has accused of bias" is X's charge against the
agency; "..., in a resolution that Colombo rejected" is Colombo's rejection of the
resolution's author, even after an appeal whose own clause it follows."""

from __future__ import annotations

from relation_support import stored_in


def test_a_titled_name_in_an_object_relative_is_the_one_who_acts() -> None:
    found = stored_in(
        "Venezuela said on Monday it was leaving the Organization of American States, "
        "which President Nicolas Maduro has accused of meddling in its affairs.",
        "2017-04-28",
    )
    assert ("Nicolas Maduro", "ACCUSE", "Organization of American States") in found


def test_a_rejection_after_an_appeal_is_aimed_at_who_appealed() -> None:
    found = stored_in(
        "The European Parliament on Thursday called on Hungary to investigate abuses of "
        "migrants at its border, in a resolution that Budapest rejected as political blackmail.",
        "2022-09-15",
    )
    assert ("European Parliament", "REQUEST", "Hungary") in found
    assert ("Hungary", "REJECT", "European Parliament") in found
