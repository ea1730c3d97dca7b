"""The (source, target) pairs a trigger relates, once its subjects and objects are known
(roles.py finds those): who acts on whom, each on the other, or both together.

Most acts go one way, subject to object; some go both ways by their words ("exchanged fire
with", "signed an agreement with", "held talks", "in a swap with"), some turn round ("received
weapons from Germany"), and talks "between" two sides pair the sides as well as the host.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.directions import (
    SWAP_WITH,
    done_by_each,
    from_the_object,
    signed_together,
    to_each_other,
    traded,
)
from personae.store.ingest.events import WHERE_BEFORE
from personae.store.ingest.groups import TITLE_GAP
from personae.store.ingest.sides import guest
from personae.store.ingest.verbs import ACCORD_NOUN, ARRIVING, MEETING, RECEIVING
from personae.store.model import STANCE

#: "with" (and an article) right before a name: the other side of a clash.
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:the\s+|an?\s+)?(?:(?:[a-z-]+\s+){1,2}(?:from|of)\s+(?:the\s+)?)?$"
)  # "clashed with gunmen from the Sinaloa Cartel": the cartel's; "a firefight with a small
# garrison of| British Royal Marines"
#: A preposition of a noun's phrase before a name: it is no party met, but the noun's
#: ("dissidents from Peru"); not its leaders or envoys, who stand for it ("met leaders of the
#: opposition Alliance for Serbia": the alliance met).
_NESTED_BEFORE = re.compile(
    r"\b(?<!leaders )(?<!officials )(?<!representatives )(?<!envoys )(?<!delegates )"
    r"(?<!members )(?:from|of|about|for|on)\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
)
#: Mediating "between" two sides meets each of them, not the one with the other.
_MEDIATING = re.compile(r"mediat", re.IGNORECASE)
#: Talks "between" two sides, named after the trigger.
_BETWEEN_AFTER = re.compile(r"\s+between\s", re.IGNORECASE)
#: A promise one makes alone: "Britain and France pledged to send troops to Mali" promise Mali,
#: not each other ("agreed to" is made together).
_PROMISES = r"(?:pledg|promis|vow|offer|undert)\w*"
_PLEDGE = re.compile(rf"{_PROMISES}\b", re.IGNORECASE)
_PLEDGED_TO = re.compile(rf"\b{_PROMISES}\s+(?:\w+\s+){{0,3}}?to\s+$", re.IGNORECASE)


#: Meetings held apart with each side: "held separate talks with", "met ... separately".
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
#: One way: the host meets its guests ("hosted Israeli Prime Minister Rabin"), the caller
#: the one called ("telephoned the Turkish president"), as the read held-out sets code
#: fifteen calls of sixteen.
_ONE_WAY = re.compile(r"host|(?:tele)?phon", re.IGNORECASE)


def pairs_of(
    text: str,
    kind: str,
    trigger: tuple[int, int, int],
    subjects: list[Hit],
    objects: list[Hit],
    hosted: list[Hit],
    joint: list[Hit] | None,
    actors: list[Hit],
    kinds: dict[str, str],
) -> tuple[list[tuple[Hit, Hit]], list[Hit]]:
    """The pairs, and the objects that remain objects (an exchange keeps only who it was
    with; "accused each other" names no object).  ``trigger`` is its start, its end and
    where its clause ends; ``hosted`` the venue standing for a missing object, ``joint`` the
    sides acting together when the words say so."""
    t_start, t_end, high = trigger
    reciprocal = traded(text, kind, t_start)
    if reciprocal:  # "exchanged fire with Cambodian troops across the border": who with
        objects = [o for o in objects if _WITH_BEFORE.search(text, max(0, o.start - 40), o.start)]
    if len(subjects) > 1 and (
        to_each_other(text, t_end) or text.endswith("together", t_start, t_end)
    ):  # "accused each other of breaking a truce brokered by X", "agreed to work together to
        objects = []  # end King Gyanendra's rule": what the act names is no object
    pairs = [(s, o) for s in subjects for o in objects or hosted]
    if reciprocal and objects:
        pairs += [(o, s) for s, o in pairs]  # each fired at the other, not at where it was
    symmetric = (
        reciprocal or joint is not None or done_by_each(text, kind, t_start, t_end, bool(objects))
    ) and not (
        kind == "AGREE"
        and (
            _PLEDGE.match(text, t_start) or _PLEDGED_TO.search(text, max(0, t_start - 40), t_start)
        )
        and any(t_end <= h.start < high and kinds.get(h.actor) != "place" for h in actors)
    )
    if (
        symmetric
        and kind == "ASSAULT"
        and len({s.actor for s in subjects}) > 1
        and objects
        and all(
            kinds.get(o.actor) == "place"
            or WHERE_BEFORE.search(text, max(0, o.start - 40), o.start)
            for o in objects
        )
    ):  # "Djiboutian and Eritrean troops fought along their border at Ras Doumeira": each
        objects, pairs = [], []  # other, there
    if (
        symmetric and not (subjects and objects) and not (hosted and ARRIVING.match(text, t_start))
    ):  # "Iran and Russia met": each met the other (but "Australian and New Zealand troops
        # landed in the Solomon Islands": where they came, not each other)
        members = subjects if len(subjects) > 1 else objects
        among = [  # a state and its leader named as one ("Chinese President Xi") are one party
            (a, b)
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if not TITLE_GAP.fullmatch(text, min(a.end, b.end), max(a.start, b.start))
        ]
        if among and hosted:  # "Peru and Chile held talks in Havana": they met each other,
            pairs, hosted = [], []  # and the venue's state is no party
        pairs += among
        if kind not in STANCE:  # a stance holds both ways already; an act is done by each
            pairs += [(b, a) for a, b in among]
    accord = kind == "AGREE" and ACCORD_NOUN.match(text, t_start) is not None
    between = (kind == "CONSULT" or accord) and _BETWEEN_AFTER.match(text, t_end) is not None
    if between and len(objects) > 1 and not _MEDIATING.match(text, t_start):
        # "hosted talks between Iranian and US negotiators":
        mutual = [(a, b) for a in objects for b in objects if a.actor != b.actor]
        # the two sides met each other, the host met each; an accord is the two sides' only
        # ("welcomed the agreement between Armenia and Azerbaijan")
        pairs = mutual if accord else pairs + mutual
    elif kind == "CONSULT" and subjects and (objects or hosted) and MEETING.match(text, t_start):
        if RECEIVING.match(text, t_start):  # a guest is a person ("the Syrian President
            # Bashar al-Assad"); a thing received ("Russian weapons") is no guest
            pairs = [(s, o) for s, o in pairs if guest(text, o, kinds)]
        pairs += [  # one who meets or receives and the one met or received: both met;
            (o, s)  # "dissidents from Peru" met, not Peru; a host hosts its guests and a
            for s, o in pairs  # caller calls, one way (see _ONE_WAY)
            if not _NESTED_BEFORE.search(text, max(0, o.start - 30), o.start)
            and not _ONE_WAY.match(text, t_start)
            and not _SEPARATE.search(text, max(0, t_start - 24), t_start + 12)
        ]  # "held separate talks with": the one who holds them meets each, one way
    if objects and subjects and from_the_object(text, kind, objects[0].start, t_start, t_end):
        pairs = [(o, s) for s, o in pairs]  # "received weapons from Germany", "at the
        # request of the Somali government": the one named after gives or asks
    if objects and subjects and signed_together(text, kind, t_start):
        pairs += [(o, s) for s, o in pairs]  # "signed an agreement with X": both signed
    if kind == "RETREAT" and SWAP_WITH.search(text, t_end, high):  # "released prisoners in a
        pairs += [(o, s) for s, o in pairs]  # swap with the US": each released the other's
    return pairs, objects
