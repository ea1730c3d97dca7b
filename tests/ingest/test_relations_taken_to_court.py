"""Taking a side to a court, or reporting it to the Security Council, accuses it (CAMEO 115
and 112, ACCUSE): "took Poland to the European Court of Justice", "voted to report Iran to
the U.N. Security Council"; saying one would do so unless another acts threatens it."""

from __future__ import annotations

from relation_support import stored_in


def test_a_side_taken_to_court_or_reported_to_the_council_is_accused() -> None:
    found = stored_in(
        "The European Commission took Hungary to the European Court of Justice on Thursday "
        "over a law restricting foreign-funded charities.",
        "2018-12-07",
    )
    assert ("European Commission", "ACCUSE", "Hungary") in found
    reported = stored_in(
        "The IAEA board voted on Friday to report North Korea to the U.N. Security Council.",
        "2003-02-12",
    )
    assert ("International Atomic Energy Agency", "ACCUSE", "North Korea") in reported


def test_a_court_case_said_to_come_unless_is_a_threat() -> None:
    found = stored_in(
        "Peru said it would take Chile to the International Court of Justice unless Santiago "
        "agreed to talks on the maritime border.",
        "2006-02-04",
    )
    assert ("Peru", "THREATEN", "Chile") in found
