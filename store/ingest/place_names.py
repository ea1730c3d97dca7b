"""A discovered name that names a place by its own words or the noun around it: "Tiananmen
Square", "Plaza de Bolivar", "the city of Hama", "the Hoang Sa archipelago", "the Great Hall
of the People".  Read before any other cue in kinds.py: these words settle the kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from personae.store.ingest.lexicon import words
from personae.store.ingest.name_words import BUILDING_WORDS

#: Last words of a place's name: "Tiananmen Square", "Epifanio de los Santos Avenue".
_PLACE_TAILS = frozenset(
    words("""Square Avenue Street Road Boulevard Bridge Roundabout Highway Airport Cemetery
    Valley Strait Peninsula Desert Palace Temple Mosque Cathedral Shrine""")
)
#: First words of a place's name: "Plaza de Bolivar", "Mount Sinjar", "Lake Chad".
_PLACE_HEADS = frozenset(words("Plaza Piazza Mount Lake Cape Strait"))
#: What names the place after it: "the city of Hama", "the Lima district of Miraflores",
#: "the U.N.-declared safe area of Srebrenica".
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:city|town|village|port|district|province|region|county|suburb|enclave|island"
    r"|neighbou?rhood|township|camp|safe area|safe haven) of $"
)
#: What names the place before it: "the La Moneda| presidential palace", "the Hoang Sa|
#: archipelago", "Ly Son| island", "Helmand| province", "the Edward Binyah Kesselly| barracks".
_PLACE_AFTER = re.compile(
    r" (?:(?:presidential |royal )?palace|archipelago|islands?|atoll|peninsula|river|valley"
    r"|province|governorate|prefecture|oblast|county|district|barracks|(?:air|naval|military) base"
    r"|prison|jail)\b"
)
#: How a text ends where _PLACE_OF_BEFORE matches: with "of " ("$" also matches before a
#: newline that ends the text searched).
_PLACE_OF_TAILS = (" of ", " of \n")


def named_as_place(name_words: Sequence[str], text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the name's words, or the nouns right around its mentions at ``spans``, make it
    a place."""
    return (
        (len(name_words) > 1 and (name_words[-1] in _PLACE_TAILS or name_words[0] in _PLACE_HEADS))
        or any(
            text.endswith(_PLACE_OF_TAILS, 0, start)  # most names have no "of " right before
            and _PLACE_OF_BEFORE.search(text, max(0, start - 30), start)
            for start, _ in spans
        )
        or any(_PLACE_AFTER.match(text, end) for _, end in spans)
        or any(a in BUILDING_WORDS and b == "of" for a, b in pairwise(name_words))
    )
