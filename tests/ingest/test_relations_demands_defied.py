"""A demand, deadline or ultimatum defied is a rejection of whoever made it, and a demand
named with its author that author's request; a ban defied is told of a protest, and coded as
the protest alone.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_demands_defied_are_rejected_and_were_requested() -> None:
    found = typed_in(
        "Kuwait restored diplomatic ties with Iraq on Monday, defying demands by Saudi Arabia"
        " that it keep its distance."
    )
    assert ("Kuwait", "REJECT", "Saudi Arabia") in found
    assert ("Saudi Arabia", "REQUEST", "Kuwait") in found


def test_a_deadline_ignored_is_rejected() -> None:
    found = typed_in("Serbia ignored a deadline set by NATO to withdraw its troops on Friday.")
    assert ("Serbia", "REJECT", "NATO") in found


def test_a_ban_defied_is_no_rejection() -> None:
    found = typed_in(
        "Supporters of Kenya's opposition marched in Nairobi on Monday, defying a police ban"
        " on demonstrations by the government of Kenya."
    )
    assert not any(kind == "REJECT" for _, kind, _ in found)


def test_what_a_demand_by_its_author_asks_for_is_not_done() -> None:
    found = typed_in(
        "Kuwait restored diplomatic ties with Iraq on Monday, defying demands by Saudi Arabia"
        " that Kuwait distance itself from Baghdad."
    )
    assert not any(kind == "ACCUSE" for _, kind, _ in found)
