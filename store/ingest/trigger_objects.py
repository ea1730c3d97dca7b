"""Triggers read at what they name: an agreement at the measure agreed ("agreed to a package
of sanctions"), a signing at the truce or accord signed, a pledge at the support pledged, a
receipt at the thing received from a giver, and leaders "meeting in Nassau" at nothing: they
are only gathered there.
"""

from __future__ import annotations

import re

from personae.store.ingest.directions import SIGNING
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.ingest.verbs import (
    ACCORD_NOUN,
    RECEIVING,
    TIME_GAP,
)


def agreed_measure(
    text: str, agreeing: tuple[int, int, str, float], measure: tuple[int, int, str, float]
) -> bool:
    """The measure an agreement names ("agreed on Sunday to a package of sanctions against
    South Africa"): the measure is the act, taken together, not an agreement with its target."""
    return (
        measure[2] in ("SANCTION", "COERCE")
        and _AGREEING.fullmatch(text, agreeing[0], agreeing[1]) is not None
        and _MEASURE_AGREED.fullmatch(text, agreeing[1], measure[0]) is not None
    )


def gathered_in(text: str, trigger: tuple[int, int, str, float]) -> bool:
    """ "Commonwealth leaders meeting in Nassau agreed ...": where the subject is gathered,
    no meeting with anyone named after it."""
    return (
        trigger[2] == "CONSULT"
        and text.startswith("meeting", trigger[0])
        and _GATHERED_BEFORE.search(text, max(0, trigger[0] - 20), trigger[0]) is not None
        and _GATHERED_AT.match(text, trigger[1]) is not None
    )


_GATHERED_BEFORE = re.compile(
    r"\b(?:leaders|ministers|officials|delegates|envoys|diplomats|negotiators|members) $"
)
_GATHERED_AT = re.compile(r" (?:in|at|on)\b")
_AGREEING = re.compile(r"agree[sd]?|agreeing", re.IGNORECASE)
#: Between agreeing and the measure agreed on: "on Sunday to a limited package of", "to new"
#: (not a verb: "agreed to avert tariffs" averts them).
_MEASURE_AGREED = re.compile(
    rf"(?:{TIME_GAP})*\s+(?:to|on|upon)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
    r"|(?:new|further|fresh|more|additional|tougher|wider|targeted|economic|financial"
    r"|sweeping|limited)\s+){0,2}",
    re.IGNORECASE,
)


def signed_truce(
    text: str, signing: tuple[int, int, str, float], truce: tuple[int, int, str, float]
) -> bool:
    """The truce or the accord a signing names ("signed a permanent ceasefire", "signed a
    security agreement"): the signing tells it (CAMEO 057, as coded)."""
    return (
        (
            truce[2] == "RETREAT"
            or (truce[2] == "AGREE" and ACCORD_NOUN.match(text, truce[0]) is not None)
        )
        and SIGNING.match(text, signing[0]) is not None
        and AGREED_TO.fullmatch(text, signing[1], truce[0]) is not None
    )


#: A thing received from someone: "received weapons from", "received a disbursement of
#: about $360 million from" (a guest received is a person, named: no "from" after).
_RECEIVED_FROM = re.compile(
    r"\s+(?:(?:a|an|the|some|more|about|nearly|over|almost|[$€£]?[\d.,]+)\s+|[a-z][\w-]*\s+){1,8}"
    r"from\s",
)


def as_received(text: str, trigger: tuple[int, int, str, float]) -> tuple[int, int, str, float]:
    """Receiving a thing from someone is being given it (AID, read from the giver: see
    roles); receiving a guest stays a meeting."""
    if (
        trigger[2] == "CONSULT"
        and RECEIVING.match(text, trigger[0])
        and (_RECEIVED_FROM.match(text, trigger[1]))
    ):
        return (trigger[0], trigger[1], "AID", trigger[3])
    return trigger


#: A commitment whose object is support, aid or cooperation as a noun, just before it:
#: "pledged more support", "promised $1 billion in", "offered".
_PLEDGE_BEFORE = re.compile(
    r"\b(?:(?:pledg|promis|offer|vow)\w*|announc\w*(?=\s+(?:a|an)\s+(?:US|A|C|NZ)?[$€£]))"
    r"\s+(?:(?!(?:and|or|but|to|that|which|who)\s)[\w'’$.,-]+\s+){0,7}$",
    re.IGNORECASE,
)  # "pledged 50 million Australian dollars in budget| support", "announced a $1 billion line
# of| credit"
_PLEDGE_WORDS = word_pattern("pledg", "promis", "offer", "vow", "announc")  # one in each match
#: What a pledge may promise.
_PLEDGED = frozenset({"SUPPORT", "AID", "COOPERATE"})


def read_pledges(
    text: str, triggers: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """A pledge of support or aid ("pledged more support for Vietnam", "promised $1 billion
    in aid") is the intent to give it (CAMEO 032, 033: AGREE), from the one who pledges to
    the one it is for: read once, at what is pledged."""
    out: list[tuple[int, int, str, float]] = []
    for t in triggers:
        low = max(0, t[0] - 60)
        pledge = (
            _PLEDGE_BEFORE.search(text, low, t[0])
            if t[2] in _PLEDGED and holds_one_of(text, _PLEDGE_WORDS, low, t[0])
            else None
        )
        if pledge is None:
            out.append(t)
            continue
        if out and out[-1][0] >= pledge.start():  # the pledge's verb, read as a trigger too
            out.pop()
        out.append((t[0], t[1], "AGREE", t[3]))
    return out


#: Between agreeing and a truce agreed to: "to a six-month", "on Saturday to a", "a".
AGREED_TO = re.compile(
    rf"(?:{TIME_GAP})*\s+(?:(?:to|on)\s+)?(?:(?:a|an|the|two|three|four|several|new)\s+)?"
    r"(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
