"""Word-wrapping plain text into lines that remember where they come from.

Each line is a (start, end) range of the article's text, so highlights, evidence and
search matches, all kept as character offsets, land on the right cells after wrapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")
_LINE = re.compile(r"[^\n]+")
_ONE_CELL_EACH = re.compile("[\x20-\x7e\xa1-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027]*")
"""Text of one cell per character whose only blank is the space: printable ASCII, Latin,
Greek, Cyrillic, and the dashes, quotes and ellipsis of typeset news."""


def wrap_lines(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` to ``width`` cells; hard newlines kept.

    A line's trailing spaces are not counted against the width, nor are a paragraph's
    leading ones; a word longer than a whole line is cut.
    """
    width = max(1, width)
    for hard in _LINE.finditer(text, start, end):
        if _ONE_CELL_EACH.fullmatch(text, hard.start(), hard.end()):
            yield from _wrap_one_cell_each(text, hard.start(), hard.end(), width)
        else:
            yield from _wrap_by_cells(text, hard.start(), hard.end(), width)


def _wrap_one_cell_each(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """The same wrap for text of one cell per character (``_ONE_CELL_EACH``), a line at a
    time, not a word at a time: re-wrapping a 5 MB article took seconds word by word."""
    line_start = start
    first = start  # where the line's first word starts: blanks before it are not counted
    while first < end and text[first] == " ":
        first += 1
    while True:
        limit = first + width  # the first cell past the line
        if limit >= end:
            yield line_start, end
            return
        if text[limit] == " ":
            # Every word up to the limit fits; the next line starts at the next word.
            following = limit
            while following < end and text[following] == " ":
                following += 1
            if following == end:
                yield line_start, end
                return
        else:
            # A word runs over the limit: it starts the next line, or is cut at the limit
            # if it is the line's only word.
            space = text.rfind(" ", first, limit)
            following = space + 1 if space >= 0 else limit
        yield line_start, following
        line_start = first = following


def _wrap_by_cells(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """The wrap of one hard line, measuring each word's cells (wide and zero-width text)."""
    line_start, used = start, 0
    for word in _WORD.finditer(text, start, end):
        token = word.group()
        visible = cell_len(token.rstrip())
        if used and used + visible > width:
            yield line_start, word.start()
            line_start, used = word.start(), 0
        position = word.start()
        while visible > width:
            cut = _cut(text, position, width)
            yield line_start, cut
            line_start, position = cut, cut
            visible = cell_len(text[cut : word.end()].rstrip())
        used += cell_len(text[position : word.end()])
    yield line_start, end


def _cut(text: str, position: int, width: int) -> int:
    """The offset after as many characters from ``position`` as fit in ``width`` cells."""
    used = 0
    while position < len(text):
        cells = cell_len(text[position])
        if used + cells > width and used:
            break
        used += cells
        position += 1
    return position
