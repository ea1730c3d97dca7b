"""A sentence's mentions, and an over-long sentence cut into pieces read one by one."""

from __future__ import annotations

import bisect

from personae.store.ingest.actors import Hit
from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.model import Span


def sentence_hits(hits: list[Hit], sentences: tuple[Span, ...]) -> list[list[Hit]]:
    """The mentions of each sentence, in one pass over both sorted lists."""
    starts = [h.start for h in hits]
    out = []
    for sentence in sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        out.append(hits[lo:hi])
    return out


#: The longest stretch of a sentence read as one (characters).  News sentences run to 300
#: characters, rarely 600; a longer "sentence" is a list, a dump or an attack, and reading it
#: whole costs time quadratic in its length (every trigger weighs every actor of its clause)
#: and co-mentions quadratic in its actors.  So it is read as a run of pieces of at most this
#: size, cut at clause breaks where it has them (no trigger relates actors across one anyway),
#: else between words; each piece is read as a sentence would be (its own hedge, speaker,
#: co-mentions), and its relations still point at the whole sentence as their evidence.
READ_LIMIT = 1_000


def pieces(
    text: str, sentence: Span, hits: list[Hit], limit: int = READ_LIMIT
) -> list[tuple[Span, list[Hit]]]:
    """A sentence cut into spans of at most ``limit`` characters (unless one mention is longer),
    with the mentions of each.

    A cut falls at the last clause break of the stretch, else at its last space, else at its
    last character no word has (else, one "word" longer than ``limit``, anywhere), and never
    inside a mention.
    """
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
    starts = [h.start for h in hits]
    out: list[tuple[Span, list[Hit]]] = []
    begin, first = sentence.start, 0
    while begin < sentence.end:
        cut = sentence.end
        if sentence.end - begin > limit:
            stop = begin + limit
            index = bisect.bisect_right(breaks, stop) - 1
            if index >= 0 and breaks[index] > begin:
                cut = breaks[index]
            else:
                space = text.rfind(" ", begin + 1, stop + 1)
                cut = space if space > begin else _between_words(text, begin, stop)
            inside = bisect.bisect_left(starts, cut) - 1  # the last mention starting before it
            if inside >= 0 and hits[inside].end > cut:
                cut = hits[inside].start if hits[inside].start > begin else hits[inside].end
        last = bisect.bisect_left(starts, cut, first)
        out.append((Span(begin, cut), hits[first:last]))
        begin, first = cut, last
    return out


def _between_words(text: str, begin: int, stop: int) -> int:
    """The last offset in (begin, stop] at a character no word has, else ``stop``."""
    for index in range(stop, begin, -1):
        char = text[index]
        if not (char.isalnum() or char == "_"):
            return index
    return stop
