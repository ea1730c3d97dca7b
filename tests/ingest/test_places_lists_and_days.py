"""Seas, strips, crossings and names before "archipelago", "island" or "barracks" or after
"Plaza" as places, feasts as days, routes as no ties, "Pan-" as no state, and a list whose
first name a comma sets apart."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_features_of_land_and_sea_are_places() -> None:
    found = entities_in(
        "Chad accused Libya of massing troops in the Aouzou Strip and near the Tibesti "
        "Mountains, while ships patrolled the Mediterranean and the South Atlantic.",
        "1987-03-01",
    )
    for name in ("Aouzou Strip", "Tibesti Mountains", "Mediterranean", "South Atlantic"):
        assert found[name].kind == "place", name
    crossing = entities_in(
        "Armenia and Azerbaijan swapped prisoners at the Lachin border crossing on Friday.",
        "2021-01-01",
    )
    assert crossing["Lachin"].kind == "place"


def test_a_name_before_its_islands_or_province_noun_is_a_place() -> None:
    found = entities_in(
        "Vietnam said the acts violated its sovereignty over the Hoang Sa archipelago, and a "
        "fisherman spoke from a hospital on Ly Son island.",
        "2026-03-04",
    )
    assert found["Hoang Sa"].kind == "place"
    assert found["Ly Son"].kind == "place"
    barracks = entities_in(
        "Liberia named Captain Aaron Weah, a commander at the Edward Binyah Kesselly barracks "
        "outside Monrovia, as the leader.",
        "2026-01-18",
    )
    assert barracks["Edward Binyah Kesselly"].kind == "place"  # named for a man, no man
    square = entities_in(
        "Claudia Restrepo told supporters in Bogota's Plaza de Bolivar that she would not concede.",
        "2026-06-24",
    )
    assert square["Plaza de Bolivar"].kind == "place"


def test_a_place_is_no_party_to_a_withdrawal_it_is_left() -> None:
    found = typed_in("Libyan troops completed their withdrawal from the Aouzou Strip on Monday.")
    assert not any(kind == "SANCTION" for _, kind, _ in found)


def test_a_feast_is_a_day_not_an_actor() -> None:
    found = entities_in(
        "Iran freed the British sailors on Wednesday, calling it an Easter gift to Britain.",
        "2007-04-04",
    )
    assert "Easter" not in found


def test_pan_before_a_demonym_names_no_state() -> None:
    found = entities_in(
        "Rebels blew up a bridge on the Pan-American Highway in Honduras.", "1988-01-01"
    )
    assert "United States" not in found
    congress = entities_in("Ghana hosted the Pan-African Congress in Accra.", "2002-01-01")
    assert "Pan-African Congress" in congress
    assert "Africa" not in congress and "United States Congress" not in congress


def test_road_links_cut_are_no_ties() -> None:
    found = typed_in("Tutsi rebels blew up two bridges on Monday, cutting road links to Burundi.")
    assert not any(kind in ("COOPERATE", "PARTNER") for _, kind, _ in found)


def test_a_list_opening_behind_a_comma_keeps_its_first_name() -> None:
    found = typed_in(
        "Kenya, the Democratic Republic of Congo and Uganda imposed a travel ban on Rwanda "
        "on Tuesday."
    )
    for state in ("Kenya", "Democratic Republic of the Congo", "Uganda"):
        assert any(s == state and t == "Rwanda" for s, _, t in found), state


def test_a_city_naming_an_attacks_site_is_no_attacker_but_one_accused_of_it_is_accused() -> None:
    site = typed_in(
        "Washington blamed Libya for a Berlin discotheque bombing that killed two soldiers."
    )
    assert not any(s == "Germany" for s, _, _ in site)
    accused = typed_in("Jordan accused Damascus of the attack on Tuesday.")
    assert ("Jordan", "ACCUSE", "Syria") in accused
