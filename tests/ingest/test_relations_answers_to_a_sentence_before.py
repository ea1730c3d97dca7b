"""An answer that refuses "the accusations", "that demand" or "the warning" of a sentence
before rejects the one who made them against the one answering (or the state it serves); two
who did, or none, and it rejects no one, a state and its own office being one."""

from __future__ import annotations

from relation_support import stored_in


def test_accusations_answered_in_the_next_sentence() -> None:
    found = stored_in(
        "HANOI (Reuters) - Vietnam accused China on Monday of ramming a fishing boat."
        " Beijing dismissed the accusations as groundless.",
        "2020-04-06",
    )
    assert ("China", "REJECT", "Vietnam") in found


def test_demands_answered_in_the_next_sentence() -> None:
    found = stored_in(
        "MINSK (Reuters) - Lithuania demanded that Belarus close its border camps."
        " Belarus rejected the demands on Tuesday.",
        "2021-07-06",
    )
    assert ("Belarus", "REJECT", "Lithuania") in found


def test_an_answer_to_two_accusers_rejects_no_one() -> None:
    found = stored_in(
        "RIGA (Reuters) - Latvia accused Russia of jamming flights, and Estonia accused Russia"
        " of the same. Moscow dismissed the accusations.",
        "2024-05-02",
    )
    assert not any(kind == "REJECT" for _, kind, _ in found)


def test_what_was_said_three_sentences_before_is_answered_by_no_one() -> None:
    found = stored_in(
        "HANOI (Reuters) - Vietnam accused China on Monday of ramming a fishing boat."
        " The boat sank. Its crew swam ashore. Beijing dismissed the accusations.",
        "2020-04-06",
    )
    assert ("China", "REJECT", "Vietnam") not in found


def test_an_embassy_answers_what_a_state_and_its_office_said_against_its_state() -> None:
    found = stored_in(
        "Britain on Monday blamed Russia for a cyber attack on the Electoral Commission. The "
        "Foreign Office summoned the Russian ambassador to protest. The Russian embassy "
        "dismissed the accusations as groundless.",
        "2024-03-25",
    )
    assert ("Russian embassy", "REJECT", "United Kingdom") in found


def test_that_demand_answered_is_the_demand_made_before() -> None:
    found = stored_in(
        "Azerbaijan demanded that Armenia amend its constitution. Armenia rejected that demand "
        "as an attempt to interfere in its internal affairs.",
        "2025-03-14",
    )
    assert ("Armenia", "REJECT", "Azerbaijan") in found
