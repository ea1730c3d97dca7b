"""A vow to retaliate by an officer of the side that just accused another is aimed at the
accused, not at its own state (the officer's state is no object of its officer); a flight
into exile is no deployment to where the leader flees."""

from __future__ import annotations

from relation_support import stored_in


def told(text: str, date: str = "2020-10-11") -> set[tuple[str, str, str]]:
    return stored_in(text, date, denied=False)


def test_the_accusers_officer_threatens_the_accused() -> None:
    found = told(
        "Georgia accused Russian troops of shelling Gori, and Tbilisi's defence ministry vowed"
        " to retaliate."
    )
    assert ("Tbilisi's defence ministry", "THREATEN", "Russian troops") in found


def test_fleeing_into_exile_deploys_nothing() -> None:
    found = told(
        "Haitian President Jean-Bertrand Aristide resigned and flew into exile in the Central"
        " African Republic on Sunday.",
        "2004-03-01",
    )
    assert not any(kind == "MOBILIZE" for _, kind, _ in found)
