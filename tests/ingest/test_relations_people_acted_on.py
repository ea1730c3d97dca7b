"""People a state acts on: a list counted by nationality ("twelve British and two Dutch
plane-spotters") names each of their states, whether the count is written in figures or in
words; so do people named after a state's act as a noun ("Venezuela's deportation of 1,000
Colombians"); and protesting that act ("protested China's detention of two Canadians")
accuses the state, supporting no one."""

from __future__ import annotations

from relation_support import typed_in


def test_each_nationality_counted_in_words_is_acted_on() -> None:
    found = typed_in("Iranian police detained three German and two Austrian climbers on Sunday.")
    assert {target for _, kind, target in found if kind == "COERCE"} >= {"Germany", "Austria"}


def test_guard_each_nationality_counted_in_figures_is_acted_on() -> None:
    found = typed_in("Iranian police detained 3 German and 2 Austrian climbers on Sunday.")
    assert {target for _, kind, target in found if kind == "COERCE"} >= {"Germany", "Austria"}


def test_a_states_act_named_as_a_noun_after_its_possessive() -> None:
    found = typed_in(
        "Colombia recalled its ambassador on Monday in response to Venezuela's deportation of "
        "1,000 Colombians."
    )
    assert ("Venezuela", "COERCE", "Colombia") in found
    assert ("Russia", "COERCE", "Crimea") in typed_in(
        "Britain condemned Russia's annexation of Crimea on Tuesday."
    )


def test_protesting_a_states_detention_of_ones_nationals_accuses_that_state() -> None:
    found = typed_in("Australia protested Vietnam's detention of two Australian journalists.")
    assert ("Australia", "ACCUSE", "Vietnam") in found
    assert not [row for row in found if row[1] == "SUPPORT"]


def test_a_body_described_by_who_leads_it_tells_no_act() -> None:
    assert not typed_in("Troops from a Russian-led military alliance arrived in Armenia.") & {
        ("Russia", "ALLY", "Armenia"),
        ("Armenia", "ALLY", "Russia"),
    }
    assert not [
        row
        for row in typed_in("Nigerian-led ECOWAS troops landed in Liberia.")
        if row[1] == "COOPERATE"
    ]


def test_guard_an_alliance_formed_is_still_an_alliance() -> None:
    assert ("United Kingdom", "ALLY", "France") in typed_in(
        "France and Britain formed a military alliance in 1947."
    )
