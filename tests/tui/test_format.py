"""The wording the panes use: dates at their precision, word wrap, safe text, repaints."""

from __future__ import annotations

import pytest
from textual.geometry import Region

from store.model import Event, Span
from tui.format import date_label, printable
from tui.widgets.repaint import changed_lines
from tui.wrap import wrap_lines


def event(date: str, precision: str, stated: bool = True) -> Event:
    return Event("e", "a", date, precision, stated, "label", Span(0, 1))


@pytest.mark.parametrize(
    ("date", "precision", "stated", "label"),
    [
        ("2008", "year", True, "2008"),
        ("2023-10", "month", True, "Oct 2023"),
        ("2023-10-07", "day", False, "~7 Oct 2023"),
        ("1990s", "decade", False, "~1990s"),
        ("2009/2012", "range", True, "2009–2012"),
        ("2023-10-07/2023-10-28", "range", False, "~7–28 Oct 2023"),
        ("2022-02/2023-10", "range", True, "Feb 2022–Oct 2023"),
        ("2023-09-30/2023-10-02", "range", True, "30 Sep–2 Oct 2023"),
    ],
)
def test_dates_read_at_their_precision(date: str, precision: str, stated: bool, label: str) -> None:
    assert date_label(event(date, precision, stated)) == label


def test_wrap_keeps_offsets_and_width() -> None:
    text = "one two three four five six seven\nhard break here"
    lines = list(wrap_lines(text, 0, len(text), 10))
    assert [text[s:e].rstrip() for s, e in lines] == [
        "one two",
        "three four",
        "five six",
        "seven",
        "hard break",
        "here",
    ]
    assert all(len(text[s:e].rstrip()) <= 10 for s, e in lines)


def test_wrap_cuts_a_word_longer_than_the_line() -> None:
    text = "a supercalifragilistic b"
    assert [text[s:e] for s, e in wrap_lines(text, 0, len(text), 8)] == [
        "a ",
        "supercal",
        "ifragili",
        "stic b",
    ]


def test_printable_keeps_length_and_shows_controls() -> None:
    raw = "a\x1b]0;pwned\x07b\u202ec\x9bd"
    shown = printable(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert shown.startswith("a␛]0;pwned␇b")


def test_changed_lines_repaints_each_run_of_changes_once() -> None:
    before = ["a", "b", "c", "d", "e", "f"]
    after = ["A", "B", "c", "D", "e", "F"]
    assert changed_lines(before, after, 30) == [
        Region(0, 0, 30, 2),
        Region(0, 3, 30, 1),
        Region(0, 5, 30, 1),
    ]
    assert changed_lines(before, before, 30) == []
