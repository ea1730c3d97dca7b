"""The article view's layout and drawing as plain functions (article_view.py is the widget):
how an article is cut into wrapped lines, which sentence the selection's evidence is, where
the search text is found, a line's gutter marks and the styled spans over its text, the segments those spans cut it
into, and which character a click lands on.

No widget state lives here: the view keeps which lines and spans are current and caches
what is drawn.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from personae.store.model import Span
from personae.tui.state import Document, Selection
from personae.tui.wrap import wrap_lines

GUTTER = 3
"""Cells left of the text: a passage mark, a line mark, a space."""

PASSAGE_MARK = "▌"
"""Gutter mark of a passage naming one pinned actor (in that actor's colour)."""
BOTH_MARK = "█"
"""Gutter mark of a passage naming the primary actor and another pinned one."""
EVIDENCE_MARK = "▶"
"""Gutter mark of the lines of the selected relation's or event's evidence sentence."""
MATCH_MARK = "»"
"""Gutter mark of the line holding the current search match."""
AFFILIATE_MARK = "╎"
"""Gutter mark of a passage naming no pinned actor but one that belongs to a pinned actor
(in that actor's colour): a quieter ``▌``."""


LineKey = tuple[Segment | None, Segment | None, tuple["Styled", ...]]
"""What decides how a line looks besides its text: its two gutter marks, its styled spans."""


@dataclass(frozen=True, slots=True)
class Styled:
    """A span of the article to draw in a style; later layers are drawn over earlier ones."""

    start: int
    end: int
    style: Style


def wrapped_lines(
    text: str, passages: tuple[Span, ...], width: int
) -> tuple[list[tuple[int, int, int]], list[int]]:
    """The lines of ``text`` wrapped at ``width`` cells, each (passage or -1, start, end), a
    blank line between passages; and the first line of each passage."""
    lines: list[tuple[int, int, int]] = []
    first_lines: list[int] = []
    for index, passage in enumerate(passages):
        if index:
            lines.append((-1, passage.start, passage.start))
        first_lines.append(len(lines))
        for start, end in wrap_lines(text, passage.start, passage.end, width):
            lines.append((index, start, end))
    return lines, first_lines


def line_at(lines: list[tuple[int, int, int]], first_lines: list[int], line: int) -> int:
    """The passage shown at a line (the next one for a blank line); ``lines`` and
    ``first_lines`` as ``wrapped_lines`` makes them."""
    for passage, _, _ in lines[line:]:
        if passage >= 0:
            return passage
    return len(first_lines)


def selected_evidence(document: Document | None, selection: Selection) -> Span | None:
    """The evidence sentence of the selected relation, else of the selected event."""
    if document is None:
        return None
    article = document.article.id
    corpus = document.corpus
    relation = None if selection.relation is None else corpus.relation(selection.relation, article)
    if relation is not None:
        return relation.evidence
    event = None if selection.event is None else corpus.event(selection.event, article)
    return None if event is None else event.evidence


def search_matches(text: str, search: str) -> list[Span]:
    """Where ``search`` is found in ``text``, in any case."""
    pattern = re.compile(re.escape(search), re.IGNORECASE)
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def covering_spans(
    layers: list[Styled], layer_starts: list[int], longest_span: int, start: int, end: int
) -> tuple[Styled, ...]:
    """The spans of ``layers`` (sorted by start, ``layer_starts`` theirs, none longer than
    ``longest_span``) that cover some of the line from ``start`` to ``end``."""
    first = bisect.bisect_left(layer_starts, start - longest_span)
    last = bisect.bisect_left(layer_starts, end, lo=first)
    return tuple(s for s in layers[first:last] if s.end > start)


def line_strip(text: str, start: int, end: int, base: Style, line_key: LineKey) -> Strip:
    """The line of ``text`` from ``start`` to ``end`` after its gutter, as ``line_key`` says."""
    passage_mark, line_mark, covering = line_key
    blank = Segment(" ", base)
    gutter = [passage_mark or blank, line_mark or blank, blank]
    gutter = [Segment(s.text, base + s.style if s.style else base) for s in gutter]
    return Strip([*gutter, *_segments(text, start, end, base, covering)])


def _segments(
    text: str, start: int, end: int, base: Style, covering: tuple[Styled, ...]
) -> list[Segment]:
    if not covering:
        return [Segment(text[start:end], base)]
    cuts = sorted(
        {start, end, *(max(start, min(end, p)) for s in covering for p in (s.start, s.end))}
    )
    segments = []
    for left, right in itertools.pairwise(cuts):
        style = base
        for s in covering:
            if s.start <= left and right <= s.end:
                style += s.style
        segments.append(Segment(text[left:right], style))
    return segments


def offset_at(text: str, start: int, end: int, column_x: int) -> int:
    """The offset in ``text`` of the character of the line from ``start`` to ``end`` drawn
    at ``column_x`` cells from the line's first (the line's end if it is shorter)."""
    column, at = 0, start
    while at < end and column + cell_len(text[at]) <= column_x:
        column += cell_len(text[at])
        at += 1
    return at
