"""Where clauses break (CLAUSE_BREAK), and where a piece's clauses break, found once per
piece: reading a long sentence asked "is there a break between a and b" for every actor
and trigger, which made it cubic."""

from __future__ import annotations

import bisect
import re

from personae.store.model import Span

#: A clause break between an actor and a trigger: the actor belongs to another clause.  A
#: mark, or a comma before a new clause's or an apposition's first word ...
_CLAUSE_MARK = (
    r"[;:–—]|[,.?!][\"”]|,’|,\s+(?:a|an|the|which|who|whom|while|whereas|but|yet|it|they|he|she|we|this|that"
    r"|these|those|there|although|though|however|as|after|before|when|until|because)\b"
    # "..., and critics say ECOWAS's threats": what unnamed speakers say is a clause of its own
    r"|,\s+and\s+(?:critics|analysts|experts|observers|diplomats|residents|witnesses)\s+"
    r"(?:say|said|says|argue|argued|believe)\b"
)
#: ... or a condition opening ("... if Iran agrees", "unless"): see CLAUSE_BREAK.
_CONDITION_OPENING = r"\s(?:if|unless)\s"
CLAUSE_BREAK = re.compile(f"{_CLAUSE_MARK}|{_CONDITION_OPENING}", re.IGNORECASE)
#: CLAUSE_BREAK for lower-cased text (its pattern is all lower case): a third faster; in
#: two parts, marks and conditions.  Their matches never overlap nor start at one character
#: (a mark or a comma, a space), so together they are CLAUSE_BREAK's; the marks alone are
#: found a quarter faster, and only a text with "if" or "unless" in it needs the other.
_MARK_LOWER = re.compile(_CLAUSE_MARK)
_CONDITION_LOWER = re.compile(_CONDITION_OPENING)


def clause_breaks_lower(lowered: str) -> list[tuple[int, int]]:
    """The spans of CLAUSE_BREAK's matches in ``lowered`` (lower-cased text)."""
    found = [m.span() for m in _MARK_LOWER.finditer(lowered)]
    if "if" in lowered or "unless" in lowered:
        conditions = [m.span() for m in _CONDITION_LOWER.finditer(lowered)]
        if conditions:
            found = sorted(found + conditions)
    return found


#: A relative clause opening after a verb's object: the actors inside it are its own.
RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\s", re.IGNORECASE)
RELATIVE_LOWER = re.compile(RELATIVE.pattern)


#: Names listed each with its article: "the bans on the African National Congress|, the|
#: Pan Africanist Congress and the South African Communist Party": no apposition, one list.
_LIST_GOES_ON = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,5}?(?:,\s+the\s+(?:[A-Z][\w.'’-]*\s+){1,5}?)*,?\s*and\s+"
    r"(?:the\s+)?[A-Z]"
)
_NAME_ENDS = re.compile(r"\b[A-Z][\w.'’-]*$")


def _names_listed(text: str, span: tuple[int, int]) -> bool:
    """Whether the break at ``span`` is ", the" between two names of a list."""
    first, last = span
    return (
        text.startswith(", the", first)
        and _LIST_GOES_ON.match(text, last) is not None
        and _NAME_ENDS.search(text, max(0, first - 30), first) is not None
    )


class Breaks:
    """The clause breaks of a piece of text, found once (when first asked), for "is there one
    between a and b": a search per actor and trigger made reading a long sentence cubic."""

    __slots__ = ("_lowered", "_piece", "_text", "ends", "starts")

    def __init__(self, text: str, piece: Span, lowered: str | None = None) -> None:
        """``lowered``: the piece lower-cased, if that kept its length (a faster search)."""
        self._text, self._piece, self._lowered = text, piece, lowered
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    @property
    def start(self) -> int:
        """Where the piece starts: nothing before it is its clause's."""
        return self._piece.start

    def relative_between(self, start: int, end: int) -> int | None:
        """Where a relative clause opens between ``start`` and ``end``, if one does."""
        lowered, base = self._lowered, self._piece.start
        if lowered is not None and len(lowered) == self._piece.end - base:
            low, high = max(0, start - base), end - base  # as ``search`` reads them
            if lowered.find("th", low, high) < 0 and lowered.find("wh", low, high) < 0:
                return None  # every relative word opens so: most stretches hold none
            found = RELATIVE_LOWER.search(lowered, low, high)
            return found.start() + base if found is not None else None
        found = RELATIVE.search(self._text, start, end)
        return found.start() if found is not None else None

    def between(self, start: int, end: int) -> bool:
        """As ``CLAUSE_BREAK.search(text, start, end) is not None``, for a start and an end
        between words (a mention's or a trigger's edge): breaks never overlap, so the first
        one from ``start`` on ends first."""
        if self.starts is None:
            piece, lowered = self._piece, self._lowered
            if lowered is not None and len(lowered) == piece.end - piece.start:
                base = piece.start
                found = [
                    (base + first, base + last) for first, last in clause_breaks_lower(lowered)
                ]
            else:
                found = [
                    m.span() for m in CLAUSE_BREAK.finditer(self._text, piece.start, piece.end)
                ]
            found = [span for span in found if not _names_listed(self._text, span)]
            self.starts = [first for first, _ in found]
            self.ends = [last for _, last in found]
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.starts) and self.ends[index] <= end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Around a trigger at [start, end): an actor ending after the first offset, or
        starting before the second, has no break between it and the trigger.  With no break
        after it, its clause ends with the piece: what follows is another sentence's."""
        if self.starts is None:
            self.between(start, end)
        assert self.starts is not None
        index = bisect.bisect_right(self.ends, start) - 1  # the last break ending by start
        low = self.starts[index] if index >= 0 else -1
        index = bisect.bisect_left(self.starts, end)  # the first break starting from end
        high = self.ends[index] if index < len(self.starts) else self._piece.end
        return low, high
