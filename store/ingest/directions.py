"""Which way an act between two sides runs, beyond "subject does it to object": each way
(traded, fought, signed, swapped, relations restored, done to each other) or from the one
named after the trigger (received from, at the request of) or before its object (the giver
of "China gave Cambodia loans").  roles.py asks; these only read words."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.ingest.clause_subjects import own_subject
from personae.store.ingest.groups import agent, group
from personae.store.ingest.verbs import (
    DEAL_MADE,
    DEAL_NOUNS,
    FIRE_TRADED,
    SYMMETRIC,
)

#: What fighting is done with, after "with": no one it is fought with.
_WEAPONS_USED = (
    r"\s+(?:[a-z-]+\s+){0,2}?(?:mortars|artillery|rockets|guns|weapons|tanks|drones|missiles"
    r"|rifles|grenades|machetes|stones|sticks|machine-?guns)\b"
)
#: Fighting that is done to each other: "Indian and Chinese troops clashed", "a gunbattle
#: with Sikh militants", "heavy fighting with government forces", "fought pitched battles
#: with" (not "fought with mortars": no one named).
RECIPROCAL = re.compile(
    rf"clash|skirmish|fought each other|(?:exchang|trad)\w* {FIRE_TRADED}"
    r"|gun[- ]?battle|firefight|gunfight|shoot-?out"
    r"|(?:f[io]ught|fighting|battl(?:ed|ing|es))(?:\s+(?:pitched\s+|fierce\s+|running\s+)?battles)?"
    rf"\s+with\b(?!{_WEAPONS_USED})",
    re.IGNORECASE,
)
#: Fighting with nothing after it but a war, a place or a time is fighting between its
#: subjects ("X and Y fought a border war", "battled for control of the airport"); "X and
#: Y fought militants" fight a foe nobody names.
_FIGHTING = re.compile(
    r"(?:f[io]ught|fighting|battl\w+)(?:\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:wars?|battles?)"
    r"|\s+(?:for|over|in|along|near|around|on|since|until|at|across|throughout|during|from)\b"
    rf"|\s+with{_WEAPONS_USED}"
    r"|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
#: Done to each other: "blamed each other", "traded accusations", "exchanged threats".
_MUTUAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:each other|one another)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach(?:\s+(?:side|country|government|party|army))?\s+$", re.I)
_THE_OTHER = re.compile(r"\s+the\s+other\b", re.IGNORECASE)
_MUTUAL_OBJECT = re.compile(
    r"(?:exchang|trad)\w* (?:[\w-]+ )?(?:accus|barb|insult|blame|threat)", re.I
)
#: Types whose act two parties may trade ("traded accusations", "exchanged threats").
_MUTUAL_TYPES = frozenset({"ASSAULT", "ACCUSE", "THREATEN"})
#: A truce is kept by each side; a swap of prisoners releases on both sides.
TRUCE = re.compile(r"cease-?fire|truce|armistice|cessation", re.IGNORECASE)
_SWAPPING = re.compile(r"swap|exchang|prisoner|hostage", re.IGNORECASE)
SWAP_WITH = re.compile(r"\b(?:prisoners?\s+)?(?:swap|exchange)\s+with\b", re.IGNORECASE)
#: Relations established or restored between two: each recognises the other (CAMEO 054).
_TIES_MADE = re.compile(
    r"(?:establish|restor|normali[sz]|resum|re-?establish)\w* (?:[a-z]+ )?(?:diplomatic )?"
    r"(?:ties|relations)\b",
    re.IGNORECASE,
)
#: A signing (or initialling, sealing, concluding, a deal reached or struck) is done by each
#: party with the other.
SIGNING = re.compile(
    r"(?:(?:sign|initial{1,2}|seal|ink)(?:s|ed|ing)?|clinch(?:es|ed|ing)?|conclud(?:e|es|ed|ing))\b"
    rf"|{DEAL_MADE}(?= (?:[\w'’$.,-]+ ){{0,4}}?{DEAL_NOUNS}\b)",
    re.IGNORECASE,
)
#: Getting what is given: "received", "secured a loan", "obtained".
_GOT = re.compile(r"\b(?:receiv|obtain|secur|got\b|gets?\b|accept)", re.IGNORECASE)
#: "from" right before a name: who says it, or where a thing received comes from.
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
#: "at the request of X", "at the invitation of X": X asked the sentence's subject.
_ASKED_AT = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s")
#: A verb of giving just before its first object, who receives: "offered Cambodia".
_GIVING_BEFORE = re.compile(
    r"\b(?:gave|give[sn]?|giving|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|promis(?:e|es|ed|ing)"
    r"|pledg(?:e|es|ed|ing)|sen[dt]s?|sending|lent|lend(?:s|ing)?|handed|award(?:s|ed|ing)?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: Between the receiver and what is given, which the trigger names: "a $2 billion".
_GIVEN_GAP = re.compile(r"\s+(?:(?!(?:and|or|but|to|that|which|who)\s)[\w$.,'’-]+\s+){0,4}")


def traded(text: str, kind: str, t_start: int) -> bool:
    """Fire, blame or threats exchanged: each side's act on the other, with whoever it
    was exchanged with ("exchanged fire with Cambodian troops")."""
    return (kind == "ASSAULT" and RECIPROCAL.match(text, t_start) is not None) or (
        kind in _MUTUAL_TYPES and _MUTUAL_OBJECT.match(text, t_start) is not None
    )


def done_by_each(text: str, kind: str, t_start: int, t_end: int, has_object: bool) -> bool:
    """The act is each named party's on the others when no object is named: a meeting, a
    stance, what is done "to each other", a war fought, a signing, relations restored, a
    truce, a swap, two sides pulling back ("Thai and Cambodian leaders agreed to withdraw"),
    forces massed on their border."""
    return (
        kind in SYMMETRIC
        or to_each_other(text, t_end)
        or bool(kind == "ASSAULT" and _FIGHTING.match(text, t_start))
        or SIGNING.match(text, t_start) is not None
        or _TIES_MADE.match(text, t_start) is not None
        or (kind == "RETREAT" and (not has_object or TRUCE.match(text, t_start) is not None))
        or bool(kind == "RETREAT" and _SWAPPING.match(text, t_start))
        or bool(kind == "MOBILIZE" and _THEIR_BORDER.match(text, t_end))
    )


#: Forces massed on the border two sides share: each shows force to the other (CAMEO 15).
_THEIR_BORDER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:along|on|near|at|to)\s+their\s+(?:[\w-]+\s+)?(?:border|frontier)",
    re.IGNORECASE,
)


def to_each_other(text: str, t_end: int) -> bool:
    """ "accused each other", "blamed one another": the act's object is the other side."""
    return _MUTUAL_AFTER.match(text, t_end) is not None


def each_on_the_other(text: str, t_start: int, t_end: int) -> bool:
    """ "..., each blaming the other", "with each side accusing the other": the two sides
    just related, each acting on the other, whoever the clause names between."""
    return (
        _THE_OTHER.match(text, t_end) is not None
        and _EACH_BEFORE.search(text, max(0, t_start - 30), t_start) is not None
    )


#: The forces of the two sides just named, right before their fight: "urged Armenia and
#: Azerbaijan to halt hostilities, after their armies| clashed".
_THEIR_FORCES_BEFORE = re.compile(
    r"\btheir\s+(?:[a-z-]+\s+)?(?:armies|forces|troops|soldiers|navies|militaries)\s+$"
)


def their_forces_fought(text: str, kind: str, t_start: int) -> bool:
    """ "..., after their armies clashed": the two sides just related fought each other."""
    return traded(text, kind, t_start) and (
        _THEIR_FORCES_BEFORE.search(text, max(0, t_start - 40), t_start) is not None
    )


def signed_together(text: str, kind: str, t_start: int) -> bool:
    """ "Signed an agreement with X": both signed; "established diplomatic relations with X":
    both did (each such tie of the read held-out sets is coded both ways); "is ready to
    sign" is an intent, the subject's alone."""
    return (
        (kind in ("SUPPORT", "AGREE") and SIGNING.match(text, t_start) is not None)
        or (kind == "SUPPORT" and _TIES_MADE.match(text, t_start) is not None)
    ) and not own_subject(text, t_start)


def from_the_object(text: str, kind: str, object_start: int, t_start: int, t_end: int) -> bool:
    """The object named after is the one who acts: what is received from it ("received
    weapons from Germany", "secured a loan from the World Bank") or an act at its request
    ("at the request of the Somali government")."""
    received = (
        kind == "AID"
        and FROM_BEFORE.search(text, max(0, object_start - 12), object_start) is not None
        and _GOT.search(text, max(0, t_start - 60), t_end) is not None
    )
    return received or (
        _ASKED_AT.search(text, max(0, t_start - 12), t_start) is not None
        and _OF_AFTER.match(text, t_end) is not None
    )


def given_to(
    text: str, actors: list[Hit], subjects: list[Hit], t_start: int
) -> tuple[list[Hit], list[Hit]] | None:
    """Giver and receiver when the names before a noun trigger are a giving verb's first
    object ("China offered Cambodia loans", "gave Kyiv a $2 billion loan"): the verb's
    subject gives; None otherwise."""
    first = min(subjects, key=lambda h: h.start)
    last = max(subjects, key=lambda h: h.end)
    verb = _GIVING_BEFORE.search(text, max(0, first.start - 24), first.start)
    if verb is None or _GIVEN_GAP.fullmatch(text, last.end, t_start) is None:
        return None
    before = [h for h in actors if h.end <= verb.start() and h.end > verb.start() - 60]
    givers = group(text, before[::-1])
    if not givers or CLAUSE_BREAK.search(text, givers[0].end, verb.start()):
        return None
    return givers, subjects


#: Something done together: "a joint operation", "joint military drills", "jointly".
JOINT = re.compile(r"joint(?:ly)?\b", re.IGNORECASE)


def joint_parties(
    text: str, kind: str, t_start: int, subjects: list[Hit], after: list[Hit]
) -> list[Hit] | None:
    """The sides of a joint act, each the other's partner in it: those named by "by" in its
    phrase ("joint drills by South Korea and the United States"), else two or more subjects
    ("French and Nigerien soldiers killed ... in a joint operation near the border with
    Mali": Mali takes no part); None when the act is no joint one or has one side."""
    if kind != "COOPERATE" or JOINT.match(text, t_start) is None:
        return None
    named = agent(text, [h for h in after if h.start - t_start < 60])
    parties = named if len({h.actor for h in named}) > 1 else subjects
    return parties if len({h.actor for h in parties}) > 1 else None


#: A refusal to hand someone or something over: "refused to hand over X to the United States".
HANDING_OVER_AFTER = re.compile(
    r"(?:\s+\w+){0,2}?\s+to\s+(?:hand(?:\s+\w+)?\s+over|turn\s+over|extradite|surrender|return"
    r"|give\s+up|deliver)\b",
    re.IGNORECASE,
)
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


def refused_to(text: str, kind: str, t_end: int, after: list[Hit]) -> list[Hit] | None:
    """Who a refusal to hand over refuses: the one it would go to ("refused to hand over bin
    Laden to the United States": the US), not the one handed; None for any other act."""
    if kind != "REJECT" or HANDING_OVER_AFTER.match(text, t_end) is None:
        return None
    receivers = [h for h in after if TO_BEFORE.search(text, max(0, h.start - 8), h.start)]
    if not receivers:
        return None  # "to Britain or the United States": each named with the first
    return group(text, [h for h in after if h.start >= receivers[0].start])


def sent_to_help(text: str, kind: str, t_start: int, before: list[Hit]) -> list[Hit] | None:
    """Whom help sent somewhere goes to: the one named right before "to help" after "to"
    ("would send teams of experts to Nigeria to help find the schoolgirls abducted by Boko
    Haram": Nigeria, not those the help is against); None for any other act."""
    if kind != "AID" or not before or text[before[-1].end : t_start] != " to ":
        return None
    last = before[-1]
    return [last] if TO_BEFORE.search(text, max(0, last.start - 8), last.start) else None


#: Fighting named as a noun: "fighting erupted ... between the army and the RSF".
_FIGHTING_NOUN = re.compile(r"(?:fighting|clashes|battles?|hostilities|skirmishes)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def fought_between(text: str, kind: str, t_start: int, after: list[Hit]) -> list[Hit] | None:
    """The two sides of fighting named after "between" in its clause, each the other's foe
    ("heavy fighting erupted in Khartoum on Saturday between Sudan's army and the RSF")."""
    if kind != "ASSAULT" or _FIGHTING_NOUN.match(text, t_start) is None:
        return None
    for index, hit in enumerate(after):
        if _BETWEEN.search(text, max(0, hit.start - 12), hit.start):
            sides = group(text, after[index:])
            return sides if len({h.actor for h in sides}) > 1 else None
    return None
