"""The wording the panes use: dates at their precision, word wrap, safe text, repaints."""

from __future__ import annotations

import re
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.geometry import Region

from personae.store.corpus import Corpus
from personae.store.model import Event, Relation, Span
from personae.store.text import UNPRINTABLE
from personae.tui.format import date_label, printable, relation_markers
from personae.tui.widgets.repaint import changed_lines
from personae.tui.wrap import _ONE_CELL_EACH, _wrap_by_cells, _wrap_one_cell_each, wrap_lines


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


def test_printable_returns_text_python_calls_printable_as_it_is() -> None:
    # so it may skip searching such text: none of what it replaces is printable to Python
    unprintable = [c for c in map(chr, range(sys.maxunicode + 1)) if UNPRINTABLE.match(c)]
    assert unprintable and not any(c.isprintable() for c in unprintable)


def test_changed_lines_repaints_each_run_of_changes_once() -> None:
    before = ["a", "b", "c", "d", "e", "f"]
    after = ["A", "B", "c", "D", "e", "F"]
    assert changed_lines(before, after, 30) == [
        Region(0, 0, 30, 2),
        Region(0, 3, 30, 1),
        Region(0, 5, 30, 1),
    ]
    assert changed_lines(before, before, 30) == []


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab  \n-é’—Ж"), max_size=60),
    width=st.integers(min_value=1, max_value=12),
)
def test_plain_text_wraps_the_same_by_lines_as_by_words(text: str, width: int) -> None:
    """Text of one cell per character takes the fast path; it must break exactly where
    measuring each word's cells does, or highlights would land on other words."""
    for hard in re.finditer(r"[^\n]+", text):
        by_lines = list(_wrap_one_cell_each(text, hard.start(), hard.end(), width))
        by_words = list(_wrap_by_cells(text, hard.start(), hard.end(), width))
        assert by_lines == by_words


def test_the_fast_wrap_only_takes_one_cell_characters_whose_only_blank_is_space() -> None:
    taken = [chr(c) for c in range(0x30000) if _ONE_CELL_EACH.fullmatch(chr(c))]
    assert "é" in taken and "’" in taken and "漢" not in taken and "\u00a0" not in taken
    for character in taken:
        assert cell_len(character) == 1, hex(ord(character))
        assert character == " " or not re.match(r"\s", character), hex(ord(character))
        assert not UNPRINTABLE.match(character), hex(ord(character))


def test_a_speaker_is_named_as_the_reader_knows_it(corpus: Corpus) -> None:
    said = Relation("r", "a", "iran", "russia", "AID", Span(0, 1), attribution="russia")
    assert ("said by Russia", "attributed") in relation_markers(said, corpus)  # not "russia"
    quoted = replace(said, attribution="a senior official")
    assert ("said by a senior official", "attributed") in relation_markers(quoted, corpus)
