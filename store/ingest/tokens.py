"""One tokenisation of an article, made once and shared by the passes that read it by words.

The text is split once into its words (TOKEN: letters and digits, so "U.S." is two words and
"al-Assad" two) and the gaps between them.  The passes then read a word, where it begins
and ends, and what stands between it and the next one ("Bank of America", "AT&amp;T",
"Wal - Mart") from these lists, instead of slicing the text again at every step.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from personae.store.ingest.gazetteer import TOKEN
from personae.store.ingest.scan import ascii_words

#: The article split into the gaps and the words between them, gaps first.
_WORD_SPLIT = re.compile(rf"({TOKEN.pattern})")
#: The same split for text whose word characters are all ASCII (see ``ascii_words``): ``re``
#: tests [0-9A-Za-z_] without a Unicode lookup, and splits a quarter faster.
_ASCII_WORD_SPLIT = re.compile(r"([0-9A-Za-z_]+)")


@dataclass(frozen=True, slots=True)
class Tokens:
    """An article's words in order, with their offsets and what follows each."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    #: ``gaps[i]``: the text between word ``i`` and word ``i + 1`` (after the last: to the end).
    gaps: list[str]
    #: Whether each word opens with a capital.
    capitalised: list[bool]
    #: The article's distinct words: is a name also used as a common word?
    distinct: set[str]


def tokenise(text: str) -> Tokens:
    """The words of ``text``; one split gives them, their gaps and, from the lengths of the
    pieces, where each word begins and ends (mapped in C: an article has a thousand words)."""
    pieces = (_ASCII_WORD_SPLIT if ascii_words(text) else _WORD_SPLIT).split(text)
    words = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    return Tokens(
        words,
        bounds[0:-1:2],
        bounds[1::2],
        pieces[2::2],
        list(map(str.isupper, map(itemgetter(0), words))),
        set(words),
    )


def claimed_in(span: tuple[int, int], starts: list[int], claimed: list[bool]) -> list[bool]:
    """The claimed flags (true ones) of the tokens starting within ``span``."""
    lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return [c for c in claimed[lo:hi] if c]
