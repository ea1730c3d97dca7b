"""Scanning text for a large word pattern (triggers, hedges) at word starts only.

``re`` tries an alternation of a hundred stems at every character of a sentence; most of the
time is spent failing at positions where no stem can begin.  A pattern whose every match
starts a word only needs trying where a word starts, and only where that word begins as one
of the stems may: the first characters every match can start with are read once from the
pattern itself, so the filter can never miss a match the pattern would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the stdlib's own regex parser (CPython 3.11+); without it, patterns are not filtered
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None

#: How many leading characters the filter looks at: with three, the triggers' filter let
#: through eight words for each match ("co", "de", "in" open many words); with six,
#: fewer than two, and the scan takes 30% less time.
HEAD = 6

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

_State = tuple[str, bool]  # (prefix so far, may it still grow)


def heads(pattern: re.Pattern[str], size: int = HEAD) -> frozenset[str] | None:
    """Strings (at most ``size`` long) one of which starts every match of ``pattern``.

    None when the pattern gives no such guarantee (it may match the empty string, starts with
    a class too wide to list, or uses a construct this reader does not follow).
    """
    if pattern.flags & re.IGNORECASE or _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        states = _sequence(list(parsed.data), {("", True)}, size)
    except (_Unknown, AttributeError):  # a construct, or a parser, this reader does not know
        return None
    found = frozenset(prefix for prefix, _ in states)
    return None if "" in found else found


def longest_match(pattern: re.Pattern[str], otherwise: int) -> int:
    """The most characters a match of ``pattern`` can span, or ``otherwise`` when that is
    unbounded or unknown: how far back from an offset a pattern ending with "$" needs to be
    searched to find any match that ends there (trying fewer start positions costs less)."""
    if _parser is None:
        return otherwise
    try:
        _, widest = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    except (_parser.error, AttributeError):  # pragma: no cover - a parser this reader does not know
        return otherwise
    return int(widest) if widest < _parser.MAXREPEAT else otherwise


class _Unknown(Exception):
    """A construct whose first characters are not read: the pattern gets no filter."""


def _close(states: set[_State]) -> set[_State]:
    """Whatever follows is unknown: every prefix stops growing where it is."""
    return {(prefix, False) for prefix, _ in states}


def _extend(states: set[_State], chars: set[str], size: int) -> set[_State]:
    out: set[_State] = set()
    for prefix, growing in states:
        if not growing:
            out.add((prefix, False))
            continue
        for char in chars:
            longer = prefix + char
            out.add((longer, len(longer) < size))
    return out


def _sequence(items: list[tuple[Any, Any]], states: set[_State], size: int) -> set[_State]:
    for op, av in items:
        if not any(growing for _, growing in states):
            break
        states = _step(op, av, states, size)
    return states


def _step(op: Any, av: Any, states: set[_State], size: int) -> set[_State]:
    if op is _parser.LITERAL:
        return _extend(states, {chr(av)}, size)
    if op is _parser.IN:
        chars = _charset(av)
        return _extend(states, chars, size) if chars is not None else _close(states)
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return states  # zero width: ignoring what it requires only widens the filter
    if op is _parser.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return _close(states)
        return _sequence(list(sub.data), states, size)
    if op is _parser.ATOMIC_GROUP:
        return _sequence(list(av.data), states, size)
    if op is _parser.BRANCH:
        out: set[_State] = set()
        for alternative in av[1]:
            out |= _sequence(list(alternative.data), states, size)
        return out
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, high, sub = av
        out = set()
        current = states
        for count in range(size + 2):
            if count >= low:
                out |= current
            if count == high or not any(growing for _, growing in current):
                return out | current
            current = _sequence(list(sub.data), current, size)
        return out | _close(current)
    if op in (_parser.ANY, _parser.NOT_LITERAL, _parser.CATEGORY):
        return _close(states)
    raise _Unknown(op)


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            chars.add(chr(av))
        elif op is _parser.RANGE and av[1] - av[0] < 64:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:  # a negation, a category (\d, \w) or a wide range
            return None
    return chars


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: "a|b(?:c|d)" -> ["a", "b(?:c|d)"]."""
    out: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":  # a "]" right after "[" or "[^" is one of the class
            in_class = True
            index += 2 if source.startswith("^]", index + 1) else source.startswith("]", index + 1)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(source[start:index])
            start = index + 1
        index += 1
    out.append(source[start:])
    return out


def groups_by_opening(
    groups: dict[str, str], template: str = r"\b(?:{})\b"
) -> dict[str, re.Pattern[str]]:
    """``template`` around ``(?P<name>stems)|...`` (case-sensitive), once for each character a
    match can open with, holding only the stems that can open with it, in their order.

    ``re`` tries a group's stems one after another where it matches; a stem that opens with
    another character never matches there, so without those the same stem of the same group
    matches, in less time.  A stem whose opening is not known is kept for every character.
    """
    split = {name: alternatives(stems) for name, stems in groups.items()}
    known = {name: [heads(re.compile(stem)) for stem in stems] for name, stems in split.items()}
    chars = {head[0] for found in known.values() for opens in found if opens for head in opens}
    out: dict[str, re.Pattern[str]] = {}
    for char in sorted(chars):
        kept = {
            name: [
                stem
                for stem, opens in zip(stems, known[name], strict=True)
                if opens is None or any(head.startswith(char) for head in opens)
            ]
            for name, stems in split.items()
        }
        body = "|".join(f"(?P<{name}>{'|'.join(stems)})" for name, stems in kept.items() if stems)
        out[char] = re.compile(template.format(body))
    return out


class WordScanner:
    """``pattern.finditer`` for a pattern whose matches all start a word, tried only there.

    The words a match may begin are found by a small pattern (a character no ASCII word has,
    then a lookahead over the heads as a trie), which ``re`` runs far faster than the full
    alternation.  ``by_opening``, if given, holds for some characters a pattern that finds
    the same match as ``pattern`` at a word that opens with that character (see
    ``groups_by_opening``).  ``head``: how many leading characters the filter reads; fewer
    for a pattern whose words may follow any word ("the [a-z]+ group"), whose heads multiply
    with each character read.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        by_opening: dict[str, re.Pattern[str]] | None = None,
        *,
        head: int = HEAD,
    ) -> None:
        self.pattern = pattern
        self._by_opening = by_opening or {}
        found = heads(pattern, head) if pattern.pattern.startswith(r"\b") else None
        if found is not None and not all(_WORD_CHAR.match(h) for h in found):
            found = None  # a match may start outside a word: scan every position
        if found is None:
            self._starts = self._first = None
        else:  # the character before a word start, then a head: see finditer.  Any
            # character no ASCII word has: more than \W (a letter such as "é" too), and
            # tested without a Unicode lookup, a sixth sooner; a start it lets through
            # inside a word costs a match that fails at the pattern's opening \b.
            self._starts = re.compile(r"[^0-9A-Za-z_](?=" + _trie(found) + ")", pattern.flags)
            self._first = re.compile(_trie(found), pattern.flags)

    @property
    def filtered(self) -> bool:
        return self._starts is not None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """As ``pattern.finditer(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        if self._starts is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        pattern, by_opening = self.pattern, self._by_opening
        if pos == 0 and self._first is not None and self._first.match(text, 0, end):
            found = by_opening.get(text[0], pattern).match(text, 0, end)
            if found is not None:
                pos = found.end()
                yield found
        # A word starts after a non-word character (the heads all open with a word character):
        # looking for that character first lets ``re`` skip through words without trying them.
        for candidate in self._starts.finditer(text, max(pos - 1, 0), end):
            start = candidate.start() + 1
            if start < pos:
                continue
            found = by_opening.get(text[start], pattern).match(text, start, end)
            if found is not None:
                pos = found.end()
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """As ``pattern.search(text, pos, endpos)``."""
        return next(self.finditer(text, pos, endpos), None)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: The text last asked about and the answer: the actors and the dates stages ask about the
#: same article, and the answer costs a scan of it when it is not all ASCII.
_last_asked: tuple[str, bool] = ("", True)


def ascii_words(text: str) -> bool:
    """Whether every word character of ``text`` (``\\w``: a letter, a digit or "_") is ASCII,
    so that a pattern may spell ``\\w`` as [0-9A-Za-z_] and ``\\d`` as [0-9], classes ``re``
    tests without a Unicode lookup.  Curly quotes, dashes and currency signs are no word
    characters: most news text qualifies, accented names aside."""
    global _last_asked
    if text.isascii():
        return True
    asked, answer = _last_asked
    if asked is not text:
        answer = not any(map(str.isalnum, _NON_ASCII.findall(text)))
        _last_asked = (text, answer)
    return answer


#: Letters whose lower case keeps the length but is no ASCII letter ``re`` matches them to.
_UNLOWERED = re.compile("[\u0131\u017f]")  # dotless i, long s
#: The article last lower-cased for ``holds``: (text, its lower case or None, the answers of
#: ``holds_any`` so far).  One article at a time: the relation rules ask about one article
#: thousands of times, and the next article replaces it.
_last_lowered: tuple[str, str | None, dict[tuple[str, ...], bool]] = ("", "", {})


def lowered_article(text: str) -> str | None:
    """``text`` lower-cased, offset for offset, unless it holds a letter that ``re`` matches
    to an ASCII letter case-insensitively though its lower case is none (None then).  Only
    three do: dotless "ı" and long "ſ" (lower-cased, still themselves) and "İ" (two
    characters lower-cased, which shifts the offsets after it); the Kelvin sign lower-cases
    to "k".  So a case-insensitive pattern's ASCII word matches where its lower case is found
    in the lower-cased text."""
    entry = _last_lowered
    return (entry if entry[0] is text else _article(text))[1]


def _article(text: str) -> tuple[str, str | None, dict[tuple[str, ...], bool]]:
    """The entry of ``text`` in _last_lowered, made anew for another article.  Callers
    read the entry once into a local: a thread reading another article cannot swap it
    midway."""
    global _last_lowered
    lowered = text.lower()
    usable = len(lowered) == len(text) and (text.isascii() or _UNLOWERED.search(text) is None)
    entry = _last_lowered = (text, lowered if usable else None, {})
    return entry


def holds(text: str, word: str, low: int, high: int) -> bool:
    """Whether ``text[low:high]`` may hold ``word`` (lower-case ASCII) in any case: False
    only when it surely does not.  A rule's pattern every match of which holds the word
    need not be searched for where this is False: most windows a rule reads hold none
    (see ``lowered_article`` for the few texts where this is always True).
    ``low`` below 0 counts from 0, as a pattern's ``pos`` does."""
    entry = _last_lowered  # no call to _article for the article at hand: asked very often
    lowered = (entry if entry[0] is text else _article(text))[1]
    return lowered is None or lowered.find(word, max(low, 0), high) >= 0


def word_pattern(*words: str) -> re.Pattern[str]:
    """The words (lower-case ASCII) as one pattern for ``holds_one_of``: ``re`` looks for
    all of them in one pass."""
    return re.compile("|".join(map(re.escape, words)))


def holds_one_of(text: str, words: re.Pattern[str], low: int, high: int) -> bool:
    """Whether ``text[low:high]`` may hold one of ``words`` (a ``word_pattern``), as
    ``holds`` does one word."""
    entry = _last_lowered
    lowered = (entry if entry[0] is text else _article(text))[1]
    return lowered is None or words.search(lowered, max(low, 0), high) is not None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the whole of ``text`` may hold one of ``words`` (as ``holds``), answered
    once per article: for a pattern whose words most articles never use."""
    entry = _last_lowered
    _, lowered, answers = entry if entry[0] is text else _article(text)
    if lowered is None:
        return True
    found = answers.get(words)
    if found is None:
        found = answers[words] = any(map(lowered.__contains__, words))  # no generator frame
    return found


def _trie(strings: frozenset[str]) -> str:
    """An alternation matching any of ``strings``, nested character by character, so that
    ``re`` weighs a handful of branches at each step; a string that another extends is
    enough alone (the alternation only tells whether one of them starts here)."""
    if "" in strings:
        return ""
    by_first: dict[str, set[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], set()).add(string[1:])
    branches = [
        re.escape(first) + _trie(frozenset(rests)) for first, rests in sorted(by_first.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def by_first_character(alternatives: list[str]) -> str:
    """The alternation of regular-expression ``alternatives``, nested by their first character.

    ``re`` tries the branches of an alternation one after another at each position; nested,
    it weighs only those that open with the character there.  Each alternative must open with
    a plain letter or digit (not quantified) and hold no top-level ``|``: alternatives that open
    with different characters never match at one position, and within a branch the order is
    kept, so the matches are those of the flat alternation.
    """
    branches: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not (first.isascii() and first.isalnum()) or alternative[1:2] in ("*", "+", "?", "{"):
            raise ValueError(f"{alternative!r} does not open with a plain character")
        branches.setdefault(first, []).append(alternative[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in branches.items()
    )


class EndingAt:
    """``pattern.search(text, low, end) is not None`` for a case-insensitive pattern that
    ends with "$" (the words just before a trigger or a name: "were", "according to"),
    made to read ASCII words in lower case.  ``re`` matching case by case looks up the lower
    case of every character it compares, at every start it tries; the lower-cased copy of
    the few characters searched, with the character before them for a leading ``\\b``, is
    searched in a third less time, with the same answer: lower-casing ASCII moves no letter,
    and the pattern's letters are all lower case (checked here)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        bare = re.sub(r"\\.", "", pattern.pattern)  # escapes such as \W are no letters
        looks_back = re.search(r"\(\?(?![:=!])", bare)  # a look behind, or flags inside
        if not pattern.flags & re.IGNORECASE or bare != bare.lower() or looks_back:
            raise ValueError(f"{pattern.pattern!r} is not a lower-case, case-insensitive pattern")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(self, text: str, low: int, end: int) -> bool:
        window = text[low - 1 if low else 0 : end]  # the character before: what \b looks at
        if window.isascii():
            return self._lower.search(window.lower(), 1 if low else 0) is not None
        return self.pattern.search(text, low, end) is not None
