"""Police and troops named without their state ("..., and police fired tear gas to disperse
them", "..., and government troops were pursuing the kidnappers"): the state of the place
they act in or of the one who leads them, else of the first state their sentence names
(troops: before them), as event coders code them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

from personae.store.ingest.anaphora import Mention
from personae.store.ingest.lexicon import ARMED_GROUP_NOUNS, FORCES_COUNTED


class _Actor(Protocol):
    kind: str
    affiliation: str | None


#: "police", "riot police", "government troops", "security forces" acting: a lower-case word
#: after them that is no noun they modify ("police station", "troops officers") nor "in"
#: ("police in Harare": parties.INSTITUTION_IN).
_FORCES = re.compile(
    r"(?<![\w'’-])(?:(?:(?:[Rr]iot|[Mm]ilitary|[Ss]ecurity|[Tt]raffic|[Ff]ederal|[Bb]order|[Ee]lite"
    r"|[Aa]nti-terror(?:ist|ism)|[Cc]ounter-terrorism|[Aa]nti-riot|[Pp]aramilitary|[Ss]ecret"
    r"|[Pp]lainclothes) )?[Pp]olice"
    r"|[Gg]endarmerie|[Gg]endarmes|[Ss]ecurity agents|[Pp]rosecutors"
    r"|(?P<troops>[Gg]overnment (?:troops|forces|soldiers)|[Ss]ecurity forces|[Tt]roops"
    r"|[Ss]oldiers))"
    r"(?:(?P<acting>(?= (?!(?:in|of|and|or|to|on|at|station|stations|officers?|chiefs?"
    r"|headquarters|spokes\w+"
    r"|posts?|commanders?|sources?|vans?|cars?|forces?|officials?|academy|custody|state"
    r"|brutality|violence|raids?|operations?|units?|patrols?|reports?|records?|dogs?|cordon"
    r"|checkpoints?|barracks|recruits|investigators|chief|inspector|general|minister|ministry"
    r"|department|commissioner)\b)[a-z]))|(?=[ ,.]))"
)  # police acting, or the agent of a passive whatever follows ("detained by police at a
# vigil", "captured by anti-terrorist police in a raid"): see _AGENT_BEFORE
#: A word every match of _FORCES holds one of ("Troops" opening a sentence too): looked for
#: one by one, in C, faster than as one pattern tried at every character.
_FORCE_WORDS = ("olice", "roops", "orces", "oldiers", "gents", "endarm", "rosecutors")
#: Before police who open a clause: ", and", ";", ", but", a subordinating word ("said that|
#: police had captured"); or who act in a passive ("he was briefly detained by| police").
_COUNTED = rf"(?:the\s+)?{FORCES_COUNTED}"
_SUBJECT_BEFORE = re.compile(
    r"(?:[,;]\s+(?:and\s+|but\s+)?|\b(?:when|after|as|before|while|until|where|because|by"
    rf"|that)\s+){_COUNTED}$"
)
#: "by" before forces: the agent of a passive ("arrested by hundreds of armed police").
_AGENT_BEFORE = re.compile(rf"\bby\s+{_COUNTED}$")
#: Between forces and the one they follow: "troops led by Lieutenant Colonel".
_LED_BY = re.compile(
    r" (?:led|commanded) by (?:[A-Z][\w.-]* ){0,3}| loyal to (?:[A-Z][\w.-]* ){0,3}"
)
#: Whose forces they are, named right after them: "troops| from the African Union".
_FROM_NAMED_AFTER = re.compile(r" from (?:the )?(?:[\w-]+-led )?[A-Z]")
#: Outlaws named after a state's adjective: "Nigerian| militants".
_OUTLAWS_AFTER = re.compile(rf"\s+(?:{ARMED_GROUP_NOUNS}|gunmen|pirates|smugglers)\b")
#: A place their act happens in, after them in their clause: "detained dozens in Dhaka".
_IN_PLACE = re.compile(r"[^,;]{0,80}?\b(?:in|near|outside) (?:the )?$")
#: A state's mission abroad after its name: "British| High Commission", "U.S.| embassy".
_MISSION = re.compile(r"(?: [A-Z][\w-]*)* (?:[Ee]mbassy|[Cc]onsulate|[Hh]igh [Cc]ommission)\b")


def state_forces(
    text: str,
    sentence_starts: Sequence[int],
    hits: Sequence[Mention],
    actors: Mapping[str, _Actor],
    is_state: Callable[[str], bool],
    filed_from: str | None = None,
) -> Iterator[tuple[str, int, int]]:
    """(state, start, end) of each mention of police, troops or a government no name or
    adjective gives a state:
    the state of a place named right after them in their clause ("police detained several
    ZAPU officials in Bulawayo": Zimbabwe), else the first state their sentence names, or
    whose officer, body or place it names ("Mugabe dismissed Nkomo ..., and police
    detained"; "a car bomb killed 12 in Kirkuk, and police blamed": Iraq's), else the state
    of the dateline's place, ``filed_from`` ("KHARTOUM (AP) - Police fired tear gas").
    ``is_state`` tells a state's name, named in the text or not."""

    def state_of(name: str) -> str | None:
        actor = actors[name]
        if actor.kind == "state":
            return name
        owner = actor.affiliation
        return owner if owner and actor.kind != "armed_group" and is_state(owner) else None

    if not any(map(text.__contains__, _FORCE_WORDS)):  # most articles name no such force
        return
    starts = [h.start for h in hits]
    for found in _FORCES.finditer(text):
        start, end = found.span()
        agent = _AGENT_BEFORE.search(text, max(0, start - 40), start) is not None
        if found["acting"] is None and (found["troops"] or not agent):
            continue
        if _FROM_NAMED_AFTER.match(text, end):  # "Troops from the Economic Community of
            continue  # West African States": the body's, named right after them
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
                and not _MISSION.match(text, h.end)  # "near the British High Commission"
                and actors[h.actor].kind != "government"  # "near the U.S. Embassy": abroad
                and (state := state_of(h.actor)) is not None
            ),
            None,
        )
        leader = next((h for h in in_sentence if h.start > end), None)
        if leader is not None and _LED_BY.fullmatch(text, end, leader.start):
            where = state_of(leader.actor) or where  # "troops led by Colonel Rabuka": his
        named = [h for h in in_sentence if not _OUTLAWS_AFTER.match(text, h.end)]  # "Nigerian
        # militants": the state they come from, not the one the police serve
        # "a day after he was detained by police": the dateline's police, not those of the
        # state of whoever they detained, named before
        before = (
            state_of(h.actor) for h in named if h.start < start and not (agent and filed_from)
        )
        after = (state_of(h.actor) for h in named if h.start > start and not found["troops"])
        # troops: a state named before them ("the government" and "the army" stand for the
        # one state named before: descriptions.py); police: the dateline's before a state named
        # after them ("ATHENS - Riot police fired tear gas ... near the U.S. Embassy")
        state = where or next(
            (state for state in before if state is not None),
            filed_from or next((state for state in after if state is not None), None),
        )
        if state is not None:
            yield state, start, end
