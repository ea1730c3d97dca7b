"""The tense of the clause decides which way a bare weekday or month points."""

from __future__ import annotations

from datetime import date

import pytest

from personae.store.ingest.dates import find_dates

TUESDAY = date(2006, 3, 28)  # Tuesday 28 March 2006


def _date(text: str, published: date = TUESDAY) -> str:
    (found,) = find_dates(text, 0, len(text), published)
    return found.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks are set to begin on Wednesday.", "2006-03-29"),
        ("The ministers met on Wednesday.", "2006-03-22"),
        ("The ministers will meet on Wednesday.", "2006-03-29"),
        ("On Wednesday, the ministers will meet again.", "2006-03-29"),
        ("On Wednesday, the ministers met again.", "2006-03-22"),
        ("The vote is scheduled for Thursday.", "2006-03-30"),
        ("Parliament is to vote on Friday.", "2006-03-31"),
        ("The summit is to be held on Friday.", "2006-03-31"),
        ("The company plans to open the plant on Monday.", "2006-04-03"),
        ("He said talks would not resume until Friday.", "2006-03-31"),
        ("They will sign this coming Friday.", "2006-03-31"),
        ("They signed last Friday.", "2006-03-24"),
        ("They sign next Tuesday.", "2006-04-04"),
        ("They signed last Tuesday.", "2006-03-21"),
        ("Voting has been open since Monday.", "2006-03-27"),
    ],
)
def test_weekday_direction_follows_tense(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elections will be held in May.", "2006-05"),
        ("Elections were held in May.", "2005-05"),
        ("Elections are due in October.", "2006-10"),
        ("The plant closed in February.", "2006-02"),
        ("The plant will reopen in February.", "2007-02"),
        ("The plant will reopen on February 2.", "2007-02-02"),
        ("The plant opened on April 2.", "2005-04-02"),
    ],
)
def test_month_direction_follows_tense(text: str, expected: str) -> None:
    assert _date(text) == expected


def test_months_coordinated_with_in_each_get_a_date() -> None:
    text = "He appeared in March and June to unveil the iPad 2."
    found = find_dates(text, 0, len(text), date(2011, 8, 25))
    assert [(text[d.start : d.end], d.date) for d in found] == [
        ("in March", "2011-03"),
        ("June", "2011-06"),
    ]


def test_month_of_this_year_is_one_date() -> None:
    text = "He has been on leave since January of this year."
    found = find_dates(text, 0, len(text), date(2011, 8, 25))
    assert [(text[d.start : d.end], d.date) for d in found] == [
        ("since January of this year", "2011-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides agreed to a two-month truce starting on Saturday.", "2006-04-01"),
        ("They agreed to a ceasefire beginning on Thursday.", "2006-03-30"),
        ("The rebels announced a truce effective on Monday.", "2006-04-03"),
    ],
)
def test_what_starts_on_a_weekday_after_a_past_verb_starts_ahead(text: str, expected: str) -> None:
    # the past of "agreed" told when the accord was made; "starting on" tells when its
    # truce begins, from the article's day on (it was read as the Saturday before)
    assert _date(text) == expected


def test_guard_what_began_on_a_weekday_began_before() -> None:
    assert _date("The fighting, which began on Saturday, killed 20 people.") == "2006-03-25"
