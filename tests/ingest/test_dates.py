"""Dates: every written form, ranges, decades, and dates relative to publication."""

from __future__ import annotations

from datetime import date

import pytest

from personae.store.ingest.dates import find_dates

PUBLISHED = date(2023, 10, 28)  # a Saturday


def _dates(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str, str, bool]]:
    return [
        (text[d.start : d.end], d.date, d.precision, d.stated)
        for d in find_dates(text, 0, len(text), published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began on October 7, 2023.", ("October 7, 2023", "2023-10-07", "day", True)),
        ("It began on 7 October 2023.", ("7 October 2023", "2023-10-07", "day", True)),
        ("It began on Oct. 7, 2023.", ("Oct. 7, 2023", "2023-10-07", "day", True)),
        ("Filed 2023-10-07 in court.", ("2023-10-07", "2023-10-07", "day", True)),
        ("Filed 10/07/2023 in court.", ("10/07/2023", "2023-10-07", "day", True)),
        ("Filed 25/12/2022 in court.", ("25/12/2022", "2022-12-25", "day", True)),
        ("Georgia was invaded in 2008.", ("2008", "2008", "year", True)),
        ("Sales fell in January 2006.", ("January 2006", "2006-01", "month", True)),
        ("Born in the 1990s, she rose.", ("the 1990s", "1990s", "decade", True)),
        ("Between 2009 and 2012 it grew.", ("Between 2009 and 2012", "2009/2012", "range", True)),
        ("From 2009 to 2012 it grew.", ("From 2009 to 2012", "2009/2012", "range", True)),
        ("The 2010-11 season ended.", ("2010-11", "2010/2011", "range", True)),
    ],
)
def test_written_dates(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened last year.", ("last year", "2022", "year", False)),
        ("It happened earlier this year.", ("earlier this year", "2023", "year", False)),
        ("They met on Monday.", ("on Monday", "2023-10-23", "day", False)),
        ("They met two weeks ago.", ("two weeks ago", "2023-10-14", "day", False)),
        ("They met three years ago.", ("three years ago", "2020", "year", False)),
        ("Yesterday they met.", ("Yesterday", "2023-10-27", "day", False)),
        ("They met this morning.", ("this morning", "2023-10-28", "day", False)),
        ("They meet next month.", ("next month", "2023-11", "month", False)),
        ("They met in January.", ("in January", "2023-01", "month", False)),
        ("They met in March.", ("in March", "2023-03", "month", False)),
        ("They met on Oct. 20.", ("Oct. 20", "2023-10-20", "day", False)),
        ("They met last week.", ("last week", "2023-10-16/2023-10-22", "range", False)),
    ],
)
def test_relative_dates(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _dates(text) == [expected]


def test_month_without_year_well_after_publication_is_last_year() -> None:
    assert _dates("They met in November.", date(2023, 1, 10)) == [
        ("in November", "2022-11", "month", False)
    ]


def test_relative_dates_need_a_publication_date() -> None:
    assert _dates("They met last year and on Monday, in 2008.", None) == [
        ("2008", "2008", "year", True)
    ]


def test_numbers_that_are_not_years() -> None:
    assert _dates("It cost $2008, rose 2008% and sold 1,2008 units; today's mood.") == []
