"""States as they were on the article's day: West Germany until 1990 (its offices and its
seat, Bonn, are its own, as coders code them), the cities of a union that broke up its
union's (Kiev in 1986, Prague in 1989), East Germany's cities East Germany's; the state's
own name stays its own (Lithuania in 1991), and after the break-up every place is today's."""

from __future__ import annotations

import pytest
from relation_support import coded_in, entities_in, stored_in


def test_a_west_german_office_is_west_germanys() -> None:
    text = "East German leader Erich Honecker met West German Chancellor Helmut Schmidt on Friday."
    found = entities_in(text, "1981-12-11")
    assert "West German Chancellor" not in found
    assert found["Helmut Schmidt"].affiliation == "west-germany"
    assert ("East Germany", "CONSULT", "West Germany") in stored_in(text, "1981-12-11")


def test_bonn_and_germany_stood_for_the_federal_republic() -> None:
    found = stored_in("Bonn recalled its ambassador from Prague on Monday.", "1968-08-26")
    assert ("West Germany", "SANCTION", "Czechoslovakia") in found
    kohl = "Chancellor Helmut Kohl thanked Hungary on Monday for opening its border."
    assert ("west germany", "hungary", "SUPPORT") in coded_in(kohl, "1989-09-11")
    assert ("germany", "hungary", "SUPPORT") in coded_in(kohl, "1995-09-11")


def test_an_east_german_city_was_east_germanys() -> None:
    text = "Police in Leipzig beat Polish reporters, and Poland protested to Bonn."
    assert coded_in(text, "1989-10-09") >= {
        ("east germany", "poland", "ASSAULT"),
        ("poland", "west germany", "ACCUSE"),
    }
    assert ("germany", "poland", "ASSAULT") in coded_in(text, "1999-10-09")


@pytest.mark.parametrize(
    ("text", "date", "then"),
    [
        (
            "KIEV (AP) - Police in Kiev detained Swedish reporters on Monday.",
            "1986-05-05",
            "Soviet Union",
        ),
        (
            "PRAGUE (AP) - Riot police beat Austrian reporters on Friday.",
            "1989-11-17",
            "Czechoslovakia",
        ),
        (
            "KIEV (AP) - Police in Kiev detained Swedish reporters on Monday.",
            "2004-05-05",
            "Ukraine",
        ),
    ],
)
def test_a_place_was_its_unions_until_the_break_up(text: str, date: str, then: str) -> None:
    reporters, act = ("sweden", "COERCE") if "Swedish" in text else ("austria", "ASSAULT")
    assert (then.lower(), reporters, act) in coded_in(text, date)


def test_a_states_own_name_stays_its_own() -> None:
    text = "VILNIUS, Lithuania (AP) - Soviet troops stormed the Vilnius television tower on Sunday."
    assert ("soviet union", "lithuania", "ASSAULT") in coded_in(text, "1991-01-13")
