"""A walkout is a protest, not an attack ("a month-long strike against the state copper
company", "a 48-hour strike"); a verb that only makes more of an act ("escalating",
"intensified", "stepped up") gives way to the act, which a participle after a comma makes
the main clause subject's ("..., escalating a month-long strike against Codelco"). A union
named after its state and its members is one name; a company's labour union is an actor of
its own, who strikes against the company."""

from __future__ import annotations

from relation_support import stored_in


def test_a_strike_of_weeks_is_a_protest() -> None:
    found = stored_in(
        "The Confederation of Copper Workers began a month-long strike against Codelco on Monday.",
        "2011-11-11",
    )
    assert ("Confederation of Copper Workers", "PROTEST", "Codelco") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_an_air_strike_is_still_an_attack() -> None:
    found = stored_in("Israel launched a strike against Hamas in Gaza on Friday.", "2014-07-11")
    assert ("Israel", "ASSAULT", "Hamas") in found


def test_escalating_a_strike_is_the_strike_of_the_main_subject() -> None:
    found = stored_in(
        "Miners led by the National Union of Mineworkers blocked roads to the Marikana "
        "mine on Monday, escalating a week-long strike against Lonmin.",
        "2012-08-20",
    )
    assert ("National Union of Mineworkers", "PROTEST", "Lonmin") in found
    assert not any(kind in ("COOPERATE", "ASSAULT") for _, kind, _ in found)


def test_a_union_named_after_its_state_and_of_its_members_is_one_name() -> None:
    found = stored_in(
        "The Zimbabwe Congress of Trade Unions staged a strike against the government of "
        "Robert Mugabe on Tuesday.",
        "1998-11-11",
    )
    assert {source for source, kind, _ in found if kind == "PROTEST"} == {
        "Zimbabwe Congress of Trade Unions"
    }


def test_a_companys_union_is_its_own_actor_and_strikes_against_the_company() -> None:
    found = stored_in(
        "Samsung's labour union staged a three-day strike at the company's chip plants on Monday.",
        "2024-07-08",
    )
    unions = {source for source, kind, _ in found if kind == "PROTEST"}
    assert unions and all(source.endswith(" union") for source in unions)
    assert any(kind == "PROTEST" and target.startswith("Samsung") for _, kind, target in found)
