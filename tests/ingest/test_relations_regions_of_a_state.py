"""Regions named after "the <state's> regions of" are the object of the act ("recognised the
breakaway Georgian regions of Abkhazia and South Ossetia"), not the state whose regions they
are; a town named so ("shelled the Lebanese city of Tyre") leaves the state the object."""

from __future__ import annotations

from relation_support import stored_in


def test_regions_recognised_are_the_object_not_their_state() -> None:
    found = stored_in(
        "Russia on Monday recognised the separatist Ukrainian regions of the Donetsk People's "
        "Republic and the Luhansk People's Republic as independent states.",
        "2022-02-21",
    )
    assert ("Russia", "SUPPORT", "Donetsk People's Republic") in found
    assert ("Russia", "SUPPORT", "Luhansk People's Republic") in found
    assert ("Russia", "SUPPORT", "Ukraine") not in found


def test_a_town_of_a_state_leaves_the_state_the_object() -> None:
    # a guard: read so before
    found = stored_in("Israeli troops shelled the Lebanese city of Tyre on Sunday.", "1996-04-14")
    assert ("Israeli troops", "ASSAULT", "Lebanon") in found
