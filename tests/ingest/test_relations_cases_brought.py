"""A ruling or an order "in a case brought by" a party is that party's complaint against the
other side of the ruling (CAMEO 115, ACCUSE), as event coders code it beside the court's act:
the side named "against", else the one the court acts on or the one that rejects its ruling."""

from __future__ import annotations

from relation_support import stored_in


def test_the_side_a_court_orders_is_accused_by_the_one_who_brought_the_case() -> None:
    found = stored_in(
        "A U.N. tribunal ordered Japan on Monday to halt its whaling programme in the "
        "Antarctic, in a case brought by Australia.",
        "2014-03-31",
    )
    assert ("Australia", "ACCUSE", "Japan") in found


def test_the_side_that_rejects_a_ruling_is_the_one_the_case_was_against() -> None:
    found = stored_in(
        "Colombia on Wednesday rejected a ruling by the International Court of Justice that "
        "redrew its maritime border, in a case brought by Nicaragua.",
        "2012-11-21",
    )
    assert ("Nicaragua", "ACCUSE", "Colombia") in found


def test_a_case_brought_against_a_named_side_accuses_that_side() -> None:
    found = stored_in(
        "A federal judge froze the bank accounts of Argentina on Tuesday in a lawsuit "
        "brought by the hedge fund Elliott Management against the government.",
        "2012-10-02",
    )
    assert ("Elliott Management", "ACCUSE", "Argentina") in found


def test_a_case_named_against_a_side_with_no_ruling_yet_still_accuses_it() -> None:
    found = stored_in(
        "Hearings opened at the International Court of Justice on Monday in a case brought by "
        "Ecuador against Colombia over aerial spraying of herbicides.",
        "2013-09-30",
    )
    assert ("Ecuador", "ACCUSE", "Colombia") in found
    assert not [row for row in found if row[0] == "Colombia" and row[2] == "Ecuador"]
