"""Raids by armed forces attack (CAMEO 190, 195: "troops raided a rebel camp", "warplanes
raided the oil terminal"); police raids stay arrests and searches (173, 1711, COERCE).  A
town or an enclave overrun is occupied (192, COERCE); a base or an outpost overrun is fought
for (190, ASSAULT), as coders code them."""

from __future__ import annotations

from relation_support import stored_in


def test_warplanes_raiding_a_states_port_attack_it() -> None:
    found = stored_in(
        "Iranian warplanes raided Iraq's Kirkuk oil refinery on Friday.", "1984-06-08"
    )
    assert ("Iran", "ASSAULT", "Iraq") in found
    assert ("Iran", "COERCE", "Iraq") not in found


def test_police_raiding_a_partys_offices_coerce_it() -> None:
    # a guard: read so before
    found = stored_in(
        "Zimbabwean riot police raided the offices of the Movement for Democratic Change on "
        "Monday.",
        "2007-03-26",
    )
    assert ("Zimbabwean riot police", "COERCE", "Movement for Democratic Change") in found


def test_a_city_overrun_is_occupied_and_a_base_overrun_is_attacked() -> None:
    city = stored_in(
        "Islamic State fighters overran the Iraqi city of Ramadi on Sunday.", "2015-05-17"
    )
    assert ("Islamic State", "COERCE", "Iraq") in city
    base = stored_in(
        "Polisario Front guerrillas overran a Moroccan garrison near Smara on Saturday.",
        "1981-10-17",
    )
    assert ("Polisario Front", "ASSAULT", "Morocco") in base
