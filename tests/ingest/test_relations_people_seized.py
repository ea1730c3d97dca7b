"""People seized ("seized seven Indonesian crewmen from a tugboat") are abducted, an attack
on them (CAMEO 181, ASSAULT), as coders code kidnappings; a town seized is a seizure
(COERCE)."""

from __future__ import annotations

from relation_support import stored_in


def test_crewmen_seized_by_gunmen_are_abducted() -> None:
    found = stored_in(
        "Gunmen from the Abu Sayyaf group seized seven Indonesian crewmen from a tugboat in the"
        " Sulu Sea on Saturday.",
        "2016-06-25",
    )
    assert ("Abu Sayyaf", "ASSAULT", "Indonesia") in found
    assert not [row for row in found if row[1] == "COERCE"]


def test_guard_a_town_seized_is_a_seizure() -> None:
    found = stored_in("Iraqi troops seized the Kuwaiti town of Khafji on Tuesday.", "1991-01-29")
    assert ("Iraqi troops", "COERCE", "Kuwait") in found
