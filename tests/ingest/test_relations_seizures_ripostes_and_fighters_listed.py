"""Seizures, ripostes, fighters listed, concessions and budget support: forces that seize
buildings in a capital or a town take them from its state (though not protesters "who have occupied" a square: the clause is theirs, not
the sentence's act); a state that "hit back by recalling" its envoys recalls them, hitting
no one; "government troops and fighters of the Islamist-led United Tajik Opposition" are
the two sides of what they exchange; one who resigns "bowing to two weeks of nationwide
protests," yields to no one named after the comma; "60 million euros in budget support" is
aid given; "stalled peace talks between Israel and the Palestinians" are no meeting of
theirs, until they are "resumed"; an oil terminal named by its place on a state's coast is
that state's; a captured soldier "handed back" is released; "three of its soldiers" and "its
embassy" are the sentence's subject's; "struck what New Delhi described as a militant camp
inside Pakistan" strikes Pakistan, New Delhi only naming the target."""

from __future__ import annotations

from relation_support import coded_in


def test_buildings_seized_in_a_capital_are_taken_from_its_state() -> None:
    text = (
        "TBILISI (Reuters) - Russian troops seized the parliament building and the central post "
        "office in Tbilisi on Monday, witnesses said."
    )
    assert coded_in(text, "2008-08-18") == {("russia", "georgia", "COERCE")}


def test_a_riposte_told_by_its_means_is_that_means_alone() -> None:
    text = (
        "MINSK (Reuters) - Poland expelled two Belarusian diplomats on Tuesday, and Minsk hit "
        "back by expelling a Polish consul."
    )
    assert coded_in(text, "2021-05-25") == {
        ("poland", "belarus", "SANCTION"),
        ("belarus", "poland", "SANCTION"),
    }


def test_troops_and_fighters_of_a_named_movement_fire_at_each_other() -> None:
    text = (
        "DUSHANBE (Reuters) - Tajik government troops and fighters of the Islamist-led United "
        "Tajik Opposition traded artillery fire near the Afghan border on Sunday."
    )
    assert coded_in(text, "1995-05-14") == {
        ("tajikistan", "united tajik opposition", "ASSAULT"),
        ("united tajik opposition", "tajikistan", "ASSAULT"),
    }


def test_bowing_to_protests_named_before_a_comma_yields_to_no_one_named_after() -> None:
    text = (
        "BEIRUT (Reuters) - Lebanon's prime minister resigned on Tuesday, bowing to two weeks "
        "of nationwide protests, hours after Hezbollah supporters wrecked a protest camp."
    )
    assert {r for r in coded_in(text, "2019-10-29") if r[2] in ("CONCEDE", "PROTEST")} == set()


def test_budget_support_given_is_aid() -> None:
    text = (
        "BRUSSELS (Reuters) - The European Commission approved 60 million euros in budget "
        "support for Moldova on Monday."
    )
    assert coded_in(text, "2021-12-06") == {("european union", "moldova", "AID")}


def test_stalled_talks_between_two_sides_are_no_meeting_of_theirs() -> None:
    text = (
        "JERUSALEM (Reuters) - The envoy sought to revive stalled peace talks between Israel "
        "and the Palestinians."
    )
    assert {r for r in coded_in(text, "2014-05-04") if r[2] != "MENTION"} == set()


def test_talks_resumed_after_a_stall_are_a_meeting() -> None:
    text = "Israel and the Palestinians resumed stalled peace talks in Washington on Monday."
    assert coded_in(text, "2013-07-29") == {
        ("israel", "palestine", "CONSULT"),
        ("palestine", "israel", "CONSULT"),
    }


def test_buildings_seized_in_a_town_are_taken_from_its_state() -> None:
    text = (
        "ADEN (Reuters) - Fighters of the separatist Southern Transitional Council seized the "
        "central bank and two army camps in Aden on Wednesday, residents said."
    )
    assert coded_in(text, "2019-08-28") == {("southern transitional council", "yemen", "COERCE")}


def test_an_oil_terminal_struck_on_a_states_coast_is_that_states() -> None:
    text = (
        "RIYADH (Reuters) - The Houthis fired drones at the Jizan oil terminal on Saudi "
        "Arabia's Red Sea coast on Sunday, the coalition said."
    )
    assert coded_in(text, "2022-03-20") == {("houthis", "saudi arabia", "ASSAULT")}


def test_a_captured_soldier_handed_back_is_released() -> None:
    text = (
        "LAHORE (Reuters) - Pakistan handed back a captured Indian soldier at the Wagah border "
        "crossing on Friday."
    )
    assert coded_in(text, "2016-01-22") == {("pakistan", "india", "RETREAT")}


def test_its_soldiers_counted_and_its_embassy_attacked_are_the_subjects() -> None:
    text = (
        "NEW DELHI (Reuters) - India said on Monday that three of its soldiers were killed in a "
        "clash with Chinese troops on the disputed border."
    )
    assert coded_in(text, "2020-06-16") == {
        ("india", "china", "ASSAULT"),
        ("china", "india", "ASSAULT"),
    }
    text = (
        "RIYADH (Reuters) - Saudi Arabia expelled Iran's envoy on Sunday, hours after Iranian "
        "protesters stormed and set fire to its embassy in Tehran."
    )
    assert coded_in(text, "2016-01-03") == {
        ("saudi arabia", "iran", "SANCTION"),
        ("iran opposition", "saudi arabia", "PROTEST"),
    }


def test_a_target_named_by_the_attackers_words_is_hit_where_it_lies() -> None:
    text = (
        "NEW DELHI (Reuters) - Indian warplanes struck what New Delhi described as a militant "
        "camp inside Pakistan on Tuesday."
    )
    assert coded_in(text, "2019-02-26") == {("india", "pakistan", "ASSAULT")}
