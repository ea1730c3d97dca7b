"""An attack on what an armed group holds, named by its fighters' noun ("suspected guerrilla
positions", "rebel-held areas"), strikes the one armed group the sentence named, not the
state where its positions lie."""

from __future__ import annotations

from relation_support import stored_in


def test_strikes_on_guerrilla_positions_hit_the_group_named_before() -> None:
    found = stored_in(
        "PKK guerrillas ambushed a Turkish army patrol on Monday, and Turkish jets retaliated by "
        "bombing suspected guerrilla positions in northern Iraq.",
        "2007-10-22",
    )
    assert ("Turkey", "ASSAULT", "Kurdistan Workers' Party") in found
    assert ("Turkey", "ASSAULT", "Iraq") not in found


def test_air_strikes_on_rebel_held_areas_hit_the_rebels() -> None:
    found = stored_in(
        "M23 fighters shelled the outskirts of Goma on Thursday, and UN helicopters answered with "
        "strikes on rebel-held villages north of the city.",
        "2013-08-22",
    )
    assert ("United Nations", "ASSAULT", "M23") in found
