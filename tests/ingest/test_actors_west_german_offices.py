"""West Germany's offices are Germany's (the Federal Republic, pycountry's Germany): "West
German Chancellor Helmut Schmidt" is the chancellor, no actor "West German Chancellor", and
"Bonn" speaks for the state as its seat of government did."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_west_german_office_is_germanys() -> None:
    text = "East German leader Erich Honecker met West German Chancellor Helmut Schmidt on Friday."
    found = entities_in(text, "1981-12-11")
    assert "West German Chancellor" not in found
    assert found["Helmut Schmidt"].affiliation == "germany"
    assert ("East Germany", "CONSULT", "Germany") in stored_in(text, "1981-12-11")


def test_bonn_speaks_for_the_federal_republic() -> None:
    found = stored_in("Bonn recalled its ambassador from Prague on Monday.", "1968-08-26")
    assert ("Germany", "SANCTION", "Czechoslovakia") in found
