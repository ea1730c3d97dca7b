"""A state's own courts and cases brought before them: "the Supreme Court" or "the
Constitutional Court" of a story is its state's court (a government body of that state, so
protesters against its ruling protest no foreign body), while "the International Court of
Justice" stays a body of its own; a top prosecutor asking the Constitutional Court to shut
down a party charges that party; gendarmes named without their state are its police; a
party's supporters who blocked roads protest against its state."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_a_supreme_court_is_its_states_court() -> None:
    text = "JERUSALEM (Reuters) - The Supreme Court ruled on Monday that the law was void."
    court = entities_in(text, "2024-06-25")["Supreme Court"]
    assert (court.kind, court.affiliation) == ("government", "israel")


def test_an_international_court_stays_a_body_of_its_own() -> None:
    text = "THE HAGUE (Reuters) - The International Court of Justice ruled on Friday."
    court = entities_in(text, "2024-01-26")["International Court of Justice"]
    assert (court.kind, court.affiliation) == ("organisation", None)


def test_a_prosecutor_asking_a_court_to_shut_down_a_party_charges_it() -> None:
    text = (
        "ANKARA (Reuters) - Turkey's chief prosecutor asked the Constitutional Court on "
        "Tuesday to shut down the pro-Kurdish Democratic Society Party."
    )
    assert coded_in(text, "2007-11-16") == {("turkey", "democratic society party", "ACCUSE")}


def test_gendarmes_named_without_their_state_are_its_police() -> None:
    text = "ANKARA (AP) - Gendarmes detained 20 HDP activists in Hakkari on Monday."
    assert coded_in(text, "2016-11-07") == {("turkey", "peoples' democratic party", "COERCE")}


def test_a_partys_supporters_who_blocked_roads_protest_against_its_state() -> None:
    text = (
        "KATHMANDU (Reuters) - Police fired tear gas at thousands of Nepali Congress supporters "
        "who blocked the main highway into the capital on Monday."
    )
    assert coded_in(text, "2006-04-10") == {
        ("nepal", "nepali congress", "ASSAULT"),
        ("nepali congress", "nepal", "PROTEST"),
    }
