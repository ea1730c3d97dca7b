"""The rows of a list, which of them its filter keeps, and how its title says so.

Kept apart from the list that draws them (row_list.py): the rules of a filter are read
here in one place, the same for every list that can grow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from textual.content import Content

from personae.tui.format import printable

if TYPE_CHECKING:
    from textual.widget import Widget


@dataclass(frozen=True, eq=False, init=False)
class Row:
    """One row: a prompt (may hold newlines), an id to report, and whether it can be chosen.

    A row that ``heads`` the rows after it (up to the next such row: a kind of actor, an
    article) stays listed while the filter keeps any of them; one that can be chosen (an
    article) is matched too, and then keeps them all.  ``lines`` is the prompt split on its newlines,
    done once when the row is made; ``height`` is how many there are, what the list lays
    rows out by."""

    prompt: Content
    id: str | None = None
    disabled: bool = False
    heads: bool = False
    lines: tuple[Content, ...] = field(init=False, repr=False)
    height: int = field(init=False, repr=False)

    def __init__(
        self, prompt: Content, id: str | None = None, disabled: bool = False, heads: bool = False
    ) -> None:
        # Set in one step, not a frozen dataclass's one call a field: `g` makes tens of
        # thousands of rows, and this halves what making one costs.
        lines = (prompt,) if "\n" not in prompt.plain else prompt.split("\n", allow_blank=True)
        self.__dict__.update(
            prompt=prompt,
            id=id,
            disabled=disabled,
            heads=heads,
            lines=tuple(lines),
            height=len(lines),
        )

    @cached_property
    def haystack(self) -> str:
        """What the filter looks in: the text the row shows, in any case (made when the
        filter first asks, so rows of an unfiltered list never pay for it)."""
        return self.prompt.plain.casefold()

    def matches(self, words: Sequence[str]) -> bool:
        """Whether the row shows every one of these (casefolded) words."""
        haystack = self.haystack
        return all(word in haystack for word in words)


#: The parts a row's prompt is joined from: text, text and its style, or Content.
Part = str | tuple[str, str] | Content


class LaterRow(Row):
    """A one-line row whose prompt is joined from its parts when first drawn (or asked
    for): `g` lists tens of thousands of rows, of which a reader sees a few screens, and
    joining a row's styled parts into Content was most of making it.  Its text, which the
    filter reads, is known at once.

    The maker vouches that ``plain`` is the parts' text joined, on one line, with nothing
    Content would strip (``str.isprintable`` holds)."""

    plain: str
    """The prompt's text."""
    parts: tuple[Part, ...]

    def __init__(
        self,
        plain: str,
        parts: tuple[Part, ...],
        id: str | None = None,
        disabled: bool = False,
        heads: bool = False,
    ) -> None:
        self.__dict__.update(
            id=id, disabled=disabled, heads=heads, height=1, plain=plain, parts=parts
        )

    @cached_property
    def prompt(self) -> Content:
        return Content.assemble(*self.parts, strip_control_codes=False)

    @cached_property
    def lines(self) -> tuple[Content, ...]:
        return (self.prompt,)

    @cached_property
    def haystack(self) -> str:
        return self.plain.casefold()


def match_count(matches: tuple[int, int]) -> str:
    """ "3 of 40" (rows shown of rows given)."""
    shown, given = matches
    return f"{shown:,} of {given:,}"


class FilterTitle:
    """A widget's title followed by what narrows its rows: '1 Actors · "ir" 1 of 28'."""

    def __init__(self) -> None:
        self._base: Content | None = None
        """The title the widget had before a filter was said in it."""

    def show(self, widget: Widget, notes: Sequence[str]) -> None:
        """Title the widget with its own title and these notes (redrawn only if changed)."""
        if self._base is None:
            if not notes:
                return
            self._base = getattr(widget, "_border_title", None) or Content("")
        title = Content("").join([self._base, *(Content(" · " + printable(n)) for n in notes)])
        current = getattr(widget, "_border_title", None)
        if not (isinstance(current, Content) and current.is_same(title)):
            widget.border_title = title


NOTHING = "\0nothing-matches"
"""The id of the note that says the filter keeps no row (no record has such an id)."""


def nothing_matches(text: str) -> Row:
    """The note a list shows when its filter keeps none of its rows."""
    words = printable(" ".join(text.split()))
    return Row(Content(f'Nothing shows "{words}".'), id=NOTHING, disabled=True)


class KeptRows:
    """Which of the given rows a filter keeps, decided in order and carried on as more
    rows arrive (a list that streams in keeps filtering what comes)."""

    def __init__(self, words: tuple[str, ...] = ()) -> None:
        self.words = words
        self.head: Row | None = None
        """The heading of the rows now arriving; listed once one of them is."""
        self.head_listed = False
        self.head_matches = False
        self.shown = 0
        """The rows kept that can be chosen."""
        self.given = 0
        """The rows given that can be chosen."""

    @property
    def empty(self) -> bool:
        """Whether the filter kept no row that can be chosen so far."""
        return bool(self.words) and not self.shown

    def take(self, rows: Sequence[Row]) -> list[Row]:
        """The rows of ``rows`` to show.  A note (a row that cannot be chosen and heads
        nothing) is kept, unless it is under a heading the filter does not match."""
        words = self.words
        if not words:
            enabled = sum(not row.disabled for row in rows)
            self.given += enabled
            self.shown += enabled
            return list(rows)
        kept: list[Row] = []
        keep = kept.append
        word = words[0] if len(words) == 1 else None
        head, listed, matched = self.head, self.head_listed, self.head_matches
        given = shown = 0
        for row in rows:  # the loop a keystroke waits for: thousands of rows
            if row.heads:
                head, listed = row, False
                given += not row.disabled
                matched = not row.disabled and row.matches(words)
                if matched:
                    keep(row)
                    listed = True
                    shown += 1
                continue
            if row.disabled:
                if head is None or matched:
                    keep(row)
                continue
            given += 1
            if not matched and not (word in row.haystack if word else row.matches(words)):
                continue
            if head is not None and not listed:
                keep(head)
                listed = True
                shown += not head.disabled
            keep(row)
            shown += 1
        self.head, self.head_listed, self.head_matches = head, listed, matched
        self.given += given
        self.shown += shown
        return kept
