"""A group's own strike, march or sit-in that names no one it is against is against the state
the sentence names, as event coders code it (CAMEO 141-145): "Britain's miners' union voted
to continue its strike" protests against Britain.  A protest aimed at someone keeps its aim;
a state, a court or a sentence naming two states gets none; "struck down" is no strike."""

from __future__ import annotations

from relation_support import stored_in


def test_a_unions_strike_is_against_the_state_the_sentence_names() -> None:
    found = stored_in(
        "Members of South Africa's National Union of Metalworkers began an indefinite strike "
        "on Monday over wages, defying President Jacob Zuma's call for restraint.",
        "2014-07-01",
    )
    assert ("National Union of Metalworkers", "PROTEST", "South Africa") in found


def test_guard_a_partys_march_protests() -> None:
    found = stored_in(
        "Thousands of supporters of the Awami League marched through Dhaka on Friday, "
        "chanting demands that the Bangladeshi authorities free their leaders.",
        "2007-03-02",
    )
    assert [row for row in found if row[0] == "Awami League" and row[1] == "PROTEST"]


def test_a_protest_led_by_a_group_is_its_own() -> None:
    # a guard: "protests led by X" was the government's protest against X
    found = stored_in(
        "The Thai government declared a state of emergency in Bangkok on Tuesday after weeks "
        "of protests led by the People's Alliance for Democracy.",
        "2008-09-02",
    )
    assert ("People's Alliance for Democracy", "PROTEST", "Thailand") in found
    assert not [row for row in found if row[0] == "Thai government" and row[1] == "PROTEST"]


def test_a_protest_against_a_government_whose_state_is_not_named() -> None:
    found = stored_in(
        "The Thai government declared a state of emergency on Tuesday after protests by the "
        "People's Alliance for Democracy.",
        "2008-09-02",
    )
    assert ("People's Alliance for Democracy", "PROTEST", "Thai government") in found


def test_guard_a_protest_with_an_aim_keeps_it() -> None:
    found = stored_in(
        "Greenpeace activists staged a sit-in outside Shell's offices in The Hague on Monday "
        "to protest against Shell's drilling plans in the Arctic.",
        "2012-06-04",
    )
    protests = [row for row in found if row[1] == "PROTEST"]
    assert protests and all(row[2] == "Shell" for row in protests)


def test_guard_no_protest_when_two_states_could_be_its_target() -> None:
    found = stored_in(
        "Members of the Jamiat Ulema-e-Islam began a general strike on Friday, as India and "
        "Pakistan held talks.",
        "2004-02-20",
    )
    assert not [row for row in found if row[1] == "PROTEST"]


def test_guard_a_court_striking_down_a_law_is_no_strike() -> None:
    found = stored_in(
        "Kenya's Supreme Court struck down a law on Friday that President Uhuru Kenyatta "
        "had signed in March.",
        "2019-06-14",
    )
    assert not [row for row in found if row[1] == "PROTEST"]


def test_riot_police_and_one_party_rule_are_no_acts() -> None:
    found = stored_in(
        "Zambian riot police broke up an opposition rally in Lusaka on Saturday, where "
        "thousands had gathered to demand an end to President Kenneth Kaunda's one-party rule.",
        "1990-07-07",
    )
    assert not [row for row in found if row[1] in ("COOPERATE", "PROTEST") and "police" in row[0]]
    assert not [row for row in found if row[1] == "COOPERATE"]


def test_protests_by_supporters_of_a_party_are_the_partys_against_the_state() -> None:
    found = stored_in(
        "Pakistani police arrested former Prime Minister Imran Khan on Tuesday, sparking violent "
        "protests by supporters of his Pakistan Tehreek-e-Insaf (PTI) party.",
        "2023-05-09",
    )
    assert ("Pakistan Tehreek-e-Insaf", "PROTEST", "Pakistani police") in found
    assert ("Pakistani police", "PROTEST", "Pakistan Tehreek-e-Insaf") not in found
