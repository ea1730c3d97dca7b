"""Rows joined in one step (the across view makes tens of thousands) read exactly as
Textual's own join of their parts: same text, same styles, controls still shown."""

from __future__ import annotations

import pytest
from textual.content import Content

from personae.store.model import Event, Span
from personae.tui.format import printable
from personae.tui.screens.across import _date_prefix, event_row
from personae.tui.widgets.explorer_list import hanging


def _event(label: str, *, stated: bool = True) -> Event:
    return Event("a:e1", "a", "2023-10-07", "day", stated, label, Span(0, 5), ("iran",))


@pytest.mark.parametrize("width", [10, 40, 120])
@pytest.mark.parametrize(
    "label", ["talks", "talks in \x1b[31mred\x1b[0m\rover", "a long label " * 8, "two\nlines"]
)
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
