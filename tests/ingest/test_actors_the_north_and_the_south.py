""" "The North" and "the South" stand for the one state of that half the text named before
("North Korea fired shells ..., and the South returned fire"), never for an actor of their
own; a half no state was named for, and names that only begin with the word ("the South
China Sea", "the North Korean army"), stay what they were."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def _read(text: str, date: str) -> tuple[set[tuple[str, str, str]], set[str]]:
    """The relations stored for ``text`` and the names of its entities."""
    return stored_in(text, date), set(entities_in(text, date))


def test_the_south_after_its_neighbour_is_named_is_that_state() -> None:
    found, names = _read(
        "North Vietnamese gunboats shelled South Vietnam's coast on Friday, and the South "
        "sent warships to the Gulf of Tonkin.",
        "1972-04-14",
    )
    assert ("North Vietnam", "ASSAULT", "South Vietnam") in found
    assert "South" not in names


def test_the_norths_possessive_is_the_northern_state() -> None:
    found, names = _read(
        "South Korea accused North Korea on Monday of sinking a warship, and said the North's "
        "submarines had fired a torpedo at the Cheonan.",
        "2010-05-24",
    )
    assert ("South Korea", "ACCUSE", "North Korea") in found
    assert "North" not in names


def test_halves_no_state_was_named_for_stay_as_they_were() -> None:
    found = entities_in(
        "China sent warships to the South China Sea, and Vietnam protested.", "2014-05-07"
    )
    assert "South China Sea" in found
    assert "North Korea" not in entities_in(
        "Farmers in the North protested against low prices on Monday.", "2014-05-07"
    )
