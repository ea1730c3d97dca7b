"""A state's envoy as news names him ("Norwegian peace envoy X", "Spain's special envoy X")
serves the state, though the lexicon knows him only from later years; a name with two
particles ("Humberto de la Calle", "Pieter van den Broek") is one name, not a given name
and a stray surname."""

from __future__ import annotations

from relation_support import entities_in


def test_a_peace_envoy_named_with_his_states_adjective_serves_it() -> None:
    found = entities_in(
        "Norwegian peace envoy Erik Solheim met rebel leaders in Kilinochchi on Wednesday.",
        "2000-11-02",
    )
    assert found["Erik Solheim"].affiliation == "norway"  # the lexicon's dates begin in 2005
    envoy = entities_in(
        "Spain's special envoy Miguel Angel Moratinos met Israeli officials on Monday.",
        "1997-03-03",
    )
    assert envoy["Miguel Angel Moratinos"].affiliation == "spain"


def test_a_name_with_two_particles_is_one_name() -> None:
    found = entities_in(
        "Colombian Foreign Minister Humberto de la Calle met Cuban officials in Havana.",
        "2016-01-01",
    )
    assert found["Humberto de la Calle"].affiliation == "colombia"
    assert "Calle" not in found
    dutch = entities_in("Dutch envoy Pieter van den Broek met officials in Jakarta.", "2016-01-01")
    assert "Pieter van den Broek" in dutch and "Broek" not in dutch
