"""A state's adjective before a title names the state a one-word name serves ("Saudi King
Abdullah"), before any dictionary person of that name; a region's name opening a group's
("Bougainville Revolutionary Army") is the group's own; initials with a particle ("F.W. de
Klerk") still find the dictionary's person; "X, the foreign minister of China," serves China;
a shrine and a gap are places."""

from __future__ import annotations

from relation_support import entities_in


def test_a_title_after_a_states_adjective_names_the_state_served() -> None:
    found = entities_in("The talks were mediated by Saudi King Abdullah on Tuesday.", "2007-02-08")
    assert found["Abdullah"].affiliation == "saudi-arabia"


def test_a_regions_name_opening_a_groups_is_part_of_it() -> None:
    found = entities_in(
        "The government and Bougainville Revolutionary Army rebels agreed to a truce.",
        "1997-10-10",
    )
    assert found["Bougainville Revolutionary Army"].kind == "armed_group"
    assert "Revolutionary Army" not in found


def test_initials_before_a_particle_and_surname_find_the_dictionarys_person() -> None:
    found = entities_in(
        "President F.W. de Klerk lifted the ban on the African National Congress.", "1990-02-02"
    )
    assert found["F.W. de Klerk"].affiliation == "south-africa"


def test_an_officer_named_in_apposition_as_a_states_minister_serves_it() -> None:
    found = entities_in(
        "Wu Dawei, the foreign minister of China, summoned Japan's ambassador on Monday.",
        "2001-08-14",
    )
    assert found["Wu Dawei"].affiliation == "china"


def test_a_shrine_and_a_gap_are_places() -> None:
    found = entities_in(
        "Koizumi visited the Meiji Shrine, and Australia and Indonesia signed a treaty on the"
        " Timor Gap.",
        "2001-08-14",
    )
    assert found["Meiji Shrine"].kind == "place"
    assert found["Timor Gap"].kind == "place"
