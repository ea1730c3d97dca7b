"""Who does what to whom around one trigger: subjects, objects, passive agents, and which
actors take part in a sentence at all (not "anti-Western", not "in Syria").

Subjects are the actor group just before a trigger (actors joined by "and", ",", "-"), objects
the group just after; a passive agent ("by the United States") becomes the source.
"""

from __future__ import annotations

from personae.store.ingest.actors import Hit
from personae.store.ingest.clauses import (
    AIMED_BEFORE,
    ATTRIBUTE_AFTER,
    THAT_AFTER,
    Breaks,
    apposition_before,
    attributive,
    glued,
    own_subject,
    passive,
    speaks_of_self,
    which_before,
)
from personae.store.ingest.verbs import (
    ATTITUDE_BEFORE,
    BY_AGENT,
    COORDINATION,
    LOCATIVE_BEFORE,
    PLACE_OBJECT_TYPES,
    PREPOSITION_BEFORE,
    RECIPIENT_BEFORE,
    SYMMETRIC,
    TRANSFER_TYPES,
)
from personae.store.model import STANCE

#: How many of the actors before a trigger are weighed as its subject, the nearest first.
NEAREST = 8


def takes_part(text: str, hit: Hit, kinds: dict[str, str], floor: int) -> bool:
    """Not an attitude ("anti-Western"), an attribute ("UK-based") nor a location ("in
    Syria") of the sentence."""
    before = text[max(floor, hit.start - 12) : hit.start]
    if ATTITUDE_BEFORE.search(before) or (
        text.startswith(("-", "–"), hit.end) and ATTRIBUTE_AFTER.match(text, hit.end)
    ):
        return False
    locative = LOCATIVE_BEFORE.search(before)
    if locative is None or kinds.get(hit.actor) not in ("state", "place"):
        return True
    # "fired anti-aircraft batteries at Russia": the aim of a shot, not a location.
    return locative.group(0).lower().startswith("at") and bool(
        AIMED_BEFORE.search(text, max(floor, hit.start - 80), hit.start)
    )


def roles(
    text: str,
    actors: list[Hit],
    kind: str,
    kinds: dict[str, str],
    trigger: tuple[int, int, int | None],
    breaks: Breaks,
    speaker: str | None = None,
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """Subjects of a trigger, the (source, target) pairs it relates, and whether both roles
    sit close to it (a plain "X verb Y"); None if it relates no pair.

    ``trigger`` is its start, its end, and where the next verbal trigger starts (None if
    none does; a noun such as "an agreement" heads this one's object): an object lies
    before that one ("enhance its influence and counter the United States"), and is not the
    next one's subject ("increased as the U.S. adopted") unless asked to act ("demanded that
    Iran free").  A passive agent may lie beyond.
    """
    t_start, t_end, following = trigger
    source = glued(text, actors, t_start)
    if source is not None:  # "Iran-backed Hezbollah": the name modified, if one, is the object
        nxt = next((h for h in actors if h.start >= t_end), None)
        if nxt is None or text[t_end : nxt.start].strip() or nxt.actor == source.actor:
            return None
        return [source], [(source, nxt)], True
    low, high = breaks.clause(t_start, t_end)
    apposition = apposition_before(text, t_start)
    if apposition is not None:  # "Amnesty, a London-based group, said": its subject is before
        low = breaks.clause(apposition.start(), apposition.start())[0]
    before = [
        h
        for h in actors
        if low < h.end <= t_start
        and kinds.get(h.actor) != "place"
        and (h.actor != speaker or speaks_of_self(text, h.end, t_start))
    ]
    after = [  # the one who says it is no object of what is said ("..., Britain said")
        h for h in actors if t_end <= h.start < high and h.actor != speaker
    ]
    if after and kind != "REQUEST":
        if THAT_AFTER.match(text, t_end):  # "claimed that ISIL": a clause of its own
            after = []
        else:  # "a group that has seized parts of Iraq": not the verb's object
            relative = breaks.relative_between(t_end, after[-1].start)
            if relative is not None:
                after = [h for h in after if h.start < relative]
    if kind not in PLACE_OBJECT_TYPES:
        after = [h for h in after if kinds.get(h.actor) != "place"]
    before = before[-NEAREST:]  # the subject is the nearest group: a long list ends here
    opened = which_before(text, t_start)
    if opened is not None:  # "Iran, which has supplied": Iran, though a comma stands between
        before = [h for h in actors if h.end == opened.start() and h.actor != speaker][-1:]
    if before:  # "the militia that has attacked Armenia": the militia's act, not Turkey's
        relative = breaks.relative_between(before[-1].end, t_start)
        if relative is not None:
            nearest = before[-1]
            gap = text[nearest.end : relative]
            before = [nearest] if not gap.strip(" ,") and text[relative] in "tTwW" else []
    heads = [
        h for h in before if not PREPOSITION_BEFORE.search(text, max(0, h.start - 16), h.start)
    ]
    subjects = group(text, (heads or before)[::-1])
    objects = group(
        text,
        [
            h
            for h in after
            if following is None
            or (h.end < following and (kind == "REQUEST" or text[h.end : following].strip(" ,")))
        ],
    )
    named = agent(text, after)
    if named and own_subject(text, t_start):
        named = []
    is_passive = passive(text, t_start)
    if named:
        targets = group(text, [h for h in after if h.start < named[0].start])
        if not targets and is_passive:  # "was sued by X"; "a visit by X", "victims killed
            targets = subjects  # by X" have no named victim
        subjects, objects = named, targets
    elif is_passive:  # "were killed (by a bomb)": the subjects suffered it; nobody named did it
        return None
    elif not objects and subjects and attributive(text, subjects, t_start):
        # An attributive subject ("U.S. and European pressure") acts on the clause's subject.
        first = next((h for h in before if h not in subjects), None)
        objects = [first] if first else []
    if kind in TRANSFER_TYPES and objects:
        last = objects[-1].end
        objects += [
            h
            for h in after
            if h.start > last and RECIPIENT_BEFORE.search(text, max(0, h.start - 8), h.start)
        ][:1]
    pairs = [(s, o) for s in subjects for o in objects]
    if kind in SYMMETRIC and not pairs:  # "Iran and Russia met": each met the other
        members = subjects if len(subjects) > 1 else objects
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        if kind not in STANCE:  # a stance holds both ways already; an act is done by each
            pairs += [(b, a) for a, b in pairs]
    if not pairs:
        return None
    clear = bool(
        subjects
        and objects
        and len(text[max(h.end for h in subjects) : t_start].split()) <= 3
        and len(text[t_end : min(h.start for h in objects)].split()) <= 4
    )
    return subjects, pairs, clear


def group(text: str, ordered: list[Hit]) -> list[Hit]:
    """The nearest actor and those coordinated with it; ``ordered`` runs away from the trigger."""
    if not ordered:
        return []
    members = [ordered[0]]
    for hit in ordered[1:]:
        prev = members[-1]
        left, right = (hit, prev) if hit.start < prev.start else (prev, hit)
        if not COORDINATION.match(text[left.end : right.start]):
            break
        members.append(hit)
    return members


def agent(text: str, after: list[Hit]) -> list[Hit]:
    """The passive agent: the first actor after the trigger introduced by "by (the)"."""
    for index, hit in enumerate(after):
        if BY_AGENT.search(text, max(0, hit.start - 8), hit.start):
            return group(text, after[index:])
    return []
