"""Fighters named by a state's adjective and then "of" a group the dictionaries know are the
group's ("Nigerian militants of Boko Haram abducted ..."): neither a group of their own nor
the state (nor are those of a group no dictionary knows, named by several words: "Muslim
militants of the Jamaat al Muslimeen"); and "wherever it went" is no visit."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_militants_of_a_known_group_are_that_group() -> None:
    text = (
        "Police said on Monday that Nigerian militants of Boko Haram had abducted three "
        "Cameroonian soldiers near the border."
    )
    found = stored_in(text, "2014-06-02")
    assert [row for row in found if row[0] == "Boko Haram" and row[1] == "ASSAULT"]
    assert not [row for row in found if row[0] in ("Nigeria", "Nigerian militants")]
    assert "Nigerian militants" not in entities_in(text, "2014-06-02")


def test_wherever_it_went_meets_no_one() -> None:
    found = stored_in(
        "Chad vowed on Friday that its troops would pursue Boko Haram wherever it went.",
        "2015-02-06",
    )
    assert not [row for row in found if row[1] == "CONSULT"]


def test_militants_of_a_group_no_dictionary_knows_are_the_group() -> None:
    # a name of several words after "militants of the" is the group's own, Arabic particles
    # and all; the militants are no second actor
    found = stored_in(
        "Muslim militants of the Jamaat al Muslimeen stormed Trinidad and Tobago's "
        "Parliament on Friday.",
        "1990-07-28",
    )
    assert ("Jamaat al Muslimeen", "ASSAULT", "Trinidad and Tobago") in found
    assert not {t for t in found if t[0] == "Muslim militants"}, found


def test_guard_fighters_of_a_region_stay_fighters() -> None:
    found = entities_in(
        "Kurdish fighters of the Kurdistan Region attacked Islamic State positions.", "2015-01-01"
    )
    assert "Kurdish fighters" in found


def test_fighters_after_a_group_named_with_a_lower_case_group_are_the_group() -> None:
    # Wire copy writes a group's name with a lower-case "group" ("the Maute group").
    names = entities_in(
        "Indonesian police raided a hideout of Jemaah Ansharut Daulah group militants in "
        "Surabaya on Sunday.",
        "2018-05-13",
    )
    assert "Jemaah Ansharut Daulah group" in names
    assert "Jemaah Ansharut Daulah group militants" not in names
