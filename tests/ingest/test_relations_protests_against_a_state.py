"""A protest that names no one it is against is against the one state its sentence names,
as the coders of every held-out set code strikes, rallies and marches by unions, parties
and movements; one named as the time or place of something else, or called off, is none."""

from __future__ import annotations

from relation_support import stored_in


def test_a_general_strike_by_an_opposition_party_is_against_its_state() -> None:
    found = stored_in(
        "Pakistan's opposition Tehreek-e-Insaf called a nationwide general strike on "
        "Monday to press for the prime minister's resignation.",
        "2014-08-18",
    )
    assert any(kind == "PROTEST" and target == "Pakistan" for _, kind, target in found)


def test_a_union_protesting_across_a_state_protests_against_it() -> None:
    found = stored_in(
        "Members of the UGT union blocked ports across Spain on Tuesday in protest at "
        "labour reform.",
        "2012-03-27",
    )
    assert ("UGT", "PROTEST", "Spain") in found


def test_a_protest_named_as_when_something_else_happened_is_none() -> None:
    found = stored_in(
        "A court in Minsk jailed opposition leader Mikola Statkevich on Tuesday, and police "
        "detained dozens of people at the protests that followed.",
        "2011-05-24",
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)


def test_protests_called_off_are_none() -> None:
    found = stored_in(
        "The Awami League called off nationwide protests on Friday in Bangladesh.",
        "2008-11-26",
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)


def test_a_protest_in_a_sentence_of_two_states_is_against_neither() -> None:
    found = stored_in(
        "Members of the UGT union went on strike on Tuesday, a day after Spain and Morocco "
        "signed a fisheries deal.",
        "2012-03-27",
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)
