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


def wrap_lines(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` to ``width`` cells; hard newlines kept.

    A line's trailing spaces are not counted against the width; a word longer than a
    whole line is cut.
    """
    width = max(1, width)
    for hard in _LINE.finditer(text, start, end):
        line_start, used = hard.start(), 0
        for word in _WORD.finditer(text, hard.start(), hard.end()):
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
        yield line_start, hard.end()


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
