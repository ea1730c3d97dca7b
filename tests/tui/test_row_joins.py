"""Rows joined in one step (the across view makes tens of thousands) read exactly as
Textual's own join of their parts: same text, same styles, controls still shown."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest
from textual.content import Content

from personae.store.model import Event, Span
from personae.tui.format import printable
from personae.tui.screens.across import _date_prefix, event_listing, event_row, heading_row
from personae.tui.widgets.explorer_list import hanging, hanging_parts, hanging_row
from personae.tui.widgets.rows import Row

#: Texts a store may hold: plain, with controls, wider than a line, on two lines, with a
#: no-break space (not ``isprintable``), in another script.
TEXTS = ["talks", "talks in \x1b[31mred\x1b[0m\rover", "a long label " * 8, "two\nlines"]
TEXTS += ["Apple\u00a0Inc.", "tab\there", "“Straße” über Ελλάδα"]


def _event(label: str, *, stated: bool = True) -> Event:
    return Event("a:e1", "a", "2023-10-07", "day", stated, label, Span(0, 5), ("iran",))


@pytest.mark.parametrize("width", [10, 40, 120])
@pytest.mark.parametrize("label", TEXTS)
def test_an_event_row_is_its_date_and_label_joined(label: str, width: int) -> None:
    for stated in (True, False):
        event = _event(label, stated=stated)
        row = event_row(event, width)
        prefix, body = _date_prefix(event), Content(printable(label))
        if width <= prefix.cell_length + 8 or "\n" not in row.plain:
            expected = prefix + body
            assert (row.plain, row.spans) == (expected.plain, expected.spans)
        assert "\x1b" not in row.plain and "\r" not in row.plain
        assert ("␛" in row.plain) == ("\x1b" in label)


def test_a_styled_body_keeps_its_styles_after_the_prefix() -> None:
    prefix = Content.styled("  + ", "bold green")
    body = Content.assemble(("Iran", "bold"), "  ", ("COOPERATE", "underline"), " works with")
    row = hanging(prefix, body, 120)
    expected = prefix + body
    assert (row.plain, row.spans) == (expected.plain, expected.spans)


def _same(row: Row, expected: Row) -> None:
    """Two rows that read, look and filter alike, line by line."""
    assert row.prompt.plain == expected.prompt.plain
    assert row.prompt.spans == expected.prompt.spans
    assert row.height == expected.height == len(row.lines)
    assert [(line.plain, line.spans) for line in row.lines] == [
        (line.plain, line.spans) for line in expected.lines
    ]
    assert (row.haystack, row.id, row.heads) == (expected.haystack, expected.id, expected.heads)


@pytest.mark.parametrize("width", [10, 40, 120])
@pytest.mark.parametrize("text", TEXTS)
def test_a_row_joined_when_drawn_is_the_row_joined_at_once(text: str, width: int) -> None:
    event = _event(text)
    _same(event_listing(event, width, id="e"), Row(event_row(event, width), id="e"))
    prefix = Content.styled("  + ", "bold green")
    parts: list[str | tuple[str, str]] = [("Iran", "bold"), "  ", (text, "underline"), " works"]
    _same(
        hanging_row(prefix, parts, width, id="r"), Row(hanging_parts(prefix, parts, width), id="r")
    )


@pytest.mark.parametrize("date", [None, "2023-10-07", "2023\x07-10"])
@pytest.mark.parametrize("title", TEXTS)
def test_an_article_heading_joined_when_drawn_is_the_heading_joined_at_once(
    title: str, date: str | None
) -> None:
    entry = cast(Any, SimpleNamespace(date=date, title=title))
    expected = Content.assemble(
        ((date or "undated").ljust(11), "bold"),
        (printable(title), "bold underline"),
        ("  3 mentions", "dim"),
    )
    _same(heading_row(entry, 3, id="a:a"), Row(expected, id="a:a", heads=True))
