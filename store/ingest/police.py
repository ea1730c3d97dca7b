"""Police named without their state ("..., and police fired tear gas to disperse them"):
the state of the place they act in, else of the first state their sentence names, as
event coders code them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

from personae.store.ingest.anaphora import Mention


class _Actor(Protocol):
    kind: str
    affiliation: str | None


#: "police", "riot police" acting: a lower-case word after them that is no noun they modify
#: ("police station", "police officers") nor "in" ("police in Harare": parties.INSTITUTION_IN).
_POLICE = re.compile(
    r"(?<![\w'’-])(?:(?:[Rr]iot|[Mm]ilitary|[Ss]ecurity|[Tt]raffic) )?[Pp]olice"
    r"(?= (?!(?:in|of|and|or|to|on|at|station|stations|officers?|chiefs?|headquarters|spokes\w+"
    r"|posts?|commanders?|sources?|vans?|cars?|forces?|officials?|academy|custody|state"
    r"|brutality|violence|raids?|operations?|units?|patrols?|reports?|records?|dogs?|cordon"
    r"|checkpoints?|barracks|recruits|investigators|chief|inspector|general|minister|ministry"
    r"|department|commissioner)\b)[a-z])"
)
#: Before police who open a clause: ", and", ";", ", but", a subordinating word.
_SUBJECT_BEFORE = re.compile(
    r"(?:[,;]\s+(?:and\s+|but\s+)?|\b(?:when|after|as|before|while|until|where|because)\s+)"
    r"(?:the\s+)?$"
)
#: A place their act happens in, after them in their clause: "detained dozens in Dhaka".
_IN_PLACE = re.compile(r"[^,;]{0,80}?\b(?:in|near|outside) (?:the )?$")


def state_police(
    text: str,
    sentence_starts: Sequence[int],
    hits: Sequence[Mention],
    actors: Mapping[str, _Actor],
    is_state: Callable[[str], bool],
) -> Iterator[tuple[str, int, int]]:
    """(state, start, end) of each mention of police no name or adjective gives a state:
    the state of a place named right after them in their clause ("police detained several
    ZAPU officials in Bulawayo": Zimbabwe), else the first state their sentence names, or
    whose officer, body or place it names ("Mugabe dismissed Nkomo ..., and police
    detained"; "a car bomb killed 12 in Kirkuk, and police blamed": Iraq's).  ``is_state``
    tells a state's name, named in the text or not."""

    def state_of(name: str) -> str | None:
        actor = actors[name]
        if actor.kind == "state":
            return name
        owner = actor.affiliation
        return owner if owner and actor.kind != "armed_group" and is_state(owner) else None

    if "olice" not in text:  # most articles name no police
        return
    starts = [h.start for h in hits]
    for found in _POLICE.finditer(text):
        start, end = found.span()
        inside = bisect.bisect_left(starts, start)
        if inside < len(hits) and hits[inside].start < end:
            continue  # inside a name: "Kenyan police", "Royal Canadian Mounted Police"
        number = bisect.bisect_right(sentence_starts, start) - 1
        first = sentence_starts[number] if number >= 0 else 0
        if text[first:start].strip(' "“') and not _SUBJECT_BEFORE.search(text, first, start):
            continue  # "troops and police landed", "Kenya's police": no clause's subject
        last = sentence_starts[number + 1] if number + 1 < len(sentence_starts) else len(text)
        in_sentence = hits[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, last)]
        where = next(  # "police detained several ZAPU officials in Bulawayo"
            (
                state
                for h in in_sentence
                if h.start > end
                and _IN_PLACE.fullmatch(text, end, h.start)
                and (state := state_of(h.actor)) is not None
            ),
            None,
        )
        state = where or next(
            (state for h in in_sentence if (state := state_of(h.actor)) is not None), None
        )
        if state is not None:
            yield state, start, end
