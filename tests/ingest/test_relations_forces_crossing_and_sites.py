"""Forces that cross, push, sweep and take: "crossed the border out of Cambodia" withdraws,
"pushed into Cambodia" invades, "swept across the border" moves and "took control of" takes;
a rival's alert named after ", and" is what a build-up faces; "attack helicopters" are
craft and "an army patrol" a unit; a site named before its noun ("the Ras Tanura oil
processing plant") is its town's state's, and a place of today's Bangladesh was Pakistan's
until December 1971."""

from __future__ import annotations

import pytest
from relation_support import coded_in, entities_in, stored_in


def test_a_site_named_before_its_noun_is_its_towns_states() -> None:
    text = "RIYADH (Reuters) - Houthi drones set ablaze the Ras Tanura oil processing plant."
    assert coded_in(text, "2019-09-14") == {("houthis", "saudi arabia", "ASSAULT")}


def test_a_cities_own_site_is_no_town_elsewhere() -> None:
    text = "MANAMA (Reuters) - Bahraini police cleared Manama's Pearl roundabout on Thursday."
    pearl = entities_in(text, "2011-02-17")["Pearl"]
    assert (pearl.kind, pearl.affiliation) == ("place", "bahrain")


def test_shut_reads_as_closed() -> None:
    text = "ANKARA (Reuters) - Turkey shut NATO's supply routes into Iraq on Sunday."
    assert coded_in(text, "2003-03-02") == {("turkey", "nato", "COERCE")}


def test_attack_helicopters_are_craft_delivered() -> None:
    text = "BAMAKO (Reuters) - Russia delivered four attack helicopters to the Malian air force."
    assert coded_in(text, "2021-09-30") == {("russia", "mali", "AID")}


def test_a_stop_made_in_a_capital_is_a_visit() -> None:
    text = "HANOI (Reuters) - Japanese Prime Minister Shinzo Abe made a brief stop in Hanoi."
    assert coded_in(text, "2017-01-16") == {("japan", "vietnam", "CONSULT")}


def test_a_states_jets_and_helicopters_attack_in_a_clause_of_their_own() -> None:
    text = (
        "ANKARA (Reuters) - Turkey recalled its envoy after Syrian jets and helicopters "
        "attacked two border posts, killing nine Turkish soldiers."
    )
    assert ("syria", "turkey", "ASSAULT") in coded_in(text, "2012-06-22")


def test_a_build_up_faces_the_rival_put_on_alert_after_it() -> None:
    text = (
        "YEREVAN (Reuters) - Armenia moved tanks and troops toward its eastern border on "
        "Friday, and Azerbaijan put its forces on high alert."
    )
    assert coded_in(text, "2020-07-17") == {
        ("armenia", "azerbaijan", "MOBILIZE"),
        ("azerbaijan", "armenia", "MOBILIZE"),
    }


def test_troops_crossing_out_of_a_state_withdraw() -> None:
    text = "HANOI (Reuters) - The last Vietnamese troops crossed the border out of Cambodia."
    assert coded_in(text, "1989-09-26") == {("vietnam", "cambodia", "RETREAT")}


def test_troops_pushing_into_a_state_invade() -> None:
    text = "BANGKOK (Reuters) - Vietnamese troops pushed into Cambodia on Monday."
    assert coded_in(text, "1978-12-25") == {("vietnam", "cambodia", "ASSAULT")}


@pytest.mark.parametrize(
    "moved", ["took control of", "swept across the border and took control of"]
)
def test_troops_that_take_a_capital_take_its_state(moved: str) -> None:
    text = f"MOGADISHU (Reuters) - Ethiopian troops {moved} Mogadishu on Thursday."
    assert stored_in(text, "2006-12-28") == {("Ethiopian troops", "COERCE", "Somalia")}


@pytest.mark.parametrize(
    ("date", "state"), [("1971-12-04", "pakistan"), ("1975-12-04", "bangladesh")]
)
def test_east_pakistan_was_pakistans_until_december_1971(date: str, state: str) -> None:
    text = "NEW DELHI (Reuters) - Indian troops pushed into East Pakistan on Saturday."
    assert coded_in(text, date) == {("india", state, "ASSAULT")}


def test_the_capitals_airport_seized_is_the_states() -> None:
    text = (
        "BANGKOK (AP) - Vietnamese troops stormed the royal palace in Phnom Penh on Sunday and "
        "seized the capital's airport and radio station, Western diplomats said."
    )
    assert coded_in(text, "1979-01-07") == {
        ("vietnam", "cambodia", "ASSAULT"),
        ("vietnam", "cambodia", "COERCE"),
    }


def test_command_centres_struck_are_no_cooperation() -> None:
    text = "WASHINGTON (Reuters) - U.S. and British jets struck Iraqi air defences and command centres."
    assert coded_in(text, "1998-12-20") == {
        ("united states", "iraq", "ASSAULT"),
        ("united kingdom", "iraq", "ASSAULT"),
    }


def test_soldiers_crossing_a_causeway_to_help_are_aid() -> None:
    text = (
        "MANAMA (Reuters) - Saudi soldiers crossed the causeway into Bahrain on Monday to help "
        "protect the kingdom's rulers."
    )
    assert coded_in(text, "2011-03-14") == {("saudi arabia", "bahrain", "AID")}
