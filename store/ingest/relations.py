"""Relations between the actors of one sentence: type, direction, negation, hedge, attribution.

Per trigger word, the subject is the actor group just before it (actors joined by "and", ",",
"-") and the object the group just after; a passive agent ("by the United States") becomes the
source.  Symmetric stances relate the members of one group ("Iran and Russia are rivals").
Pairs no trigger explains stay as plain co-mentions, pointing at their sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from store.ingest.actors import Hit
from store.ingest.verbs import (
    ATTITUDE_BEFORE,
    ATTRIBUTION_AFTER,
    ATTRIBUTION_BEFORE,
    BY_AGENT,
    CLAUSE_BREAK,
    COORDINATION,
    HEDGE,
    HEDGE_LOWER,
    LOCATIVE_BEFORE,
    NEGATION,
    PLACE_OBJECT_TYPES,
    PREPOSITION_BEFORE,
    RECIPIENT_BEFORE,
    SYMMETRIC,
    TRANSFER_TYPES,
    TRIGGER,
    TRIGGER_SCAN,
    trigger_type,
)
from store.model import COMENTION, Span


@dataclass(frozen=True, slots=True)
class Link:
    """A relation read from one sentence, by actor (canonical) names."""

    source: str
    target: str
    type: str
    evidence: Span
    summary: str
    negated: bool = False
    hedge: str | None = None
    attribution: str | None = None


def sentence_hits(hits: list[Hit], sentences: tuple[Span, ...]) -> list[list[Hit]]:
    """The mentions of each sentence, in one pass over both sorted lists."""
    starts = [h.start for h in hits]
    out = []
    for sentence in sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        out.append(hits[lo:hi])
    return out


def relations_in(
    text: str, sentence: Span, hits: list[Hit], kinds: dict[str, str] | None = None
) -> list[Link]:
    """Every relation one sentence states between two or more distinct actors.

    ``kinds`` (actor name -> kind) lets places take part only as the object of an assault,
    a mobilisation or a retreat, and never in a co-mention.
    """
    kinds = kinds or {}
    if len({h.actor for h in hits}) < 2:
        return []
    speaker = _attribution(text, hits, sentence)
    actors = [h for h in hits if h.actor != speaker and _takes_part(text, h, kinds, sentence.start)]
    if len({h.actor for h in actors}) < 2:  # every link, typed or not, joins two of these
        return []
    body = text[sentence.start : sentence.end]
    base = sentence.start
    lowered = body.lower()
    if body.isascii():  # lower-casing keeps every offset: match the lower-cased patterns
        hedge_match = HEDGE_LOWER.search(lowered)
        hedge = body[hedge_match.start() : hedge_match.end()] if hedge_match else None
    else:
        hedge_match = HEDGE.search(body)
        hedge = hedge_match.group(0) if hedge_match else None
    links: dict[tuple[str, str], Link] = {}
    matches = (
        TRIGGER_SCAN.finditer(lowered) if len(lowered) == len(body) else TRIGGER.finditer(body)
    )
    for trig in matches:
        t_start, t_end = base + trig.start(), base + trig.end()
        if _inside_hit(t_start, hits):
            continue
        kind = trigger_type(trig)
        roles = _roles(text, actors, kind, kinds, t_start, t_end)
        if roles is None:
            continue
        subjects, pairs = roles
        negated = _negated(text, subjects, sentence.start, t_start)
        summary = ("not " if negated else "") + body[trig.start() : trig.end()].lower()
        for source, target in pairs:
            key = _pair_key(source.actor, target.actor)
            if source.actor != target.actor and key not in links:
                links[key] = Link(
                    source.actor, target.actor, kind, sentence, summary, negated, hedge, speaker
                )
    if links:  # a sentence that says how some of its actors relate says nothing of the rest
        return list(links.values())
    agents = [h for h in actors if kinds.get(h.actor) != "place"]
    for i, first in enumerate(agents):
        for second in agents[i + 1 :]:
            key = _pair_key(first.actor, second.actor)
            if first.actor != second.actor and key not in links:
                links[key] = Link(
                    first.actor,
                    second.actor,
                    COMENTION,
                    sentence,
                    "mentioned with",
                    False,
                    hedge,
                    speaker,
                )
    return list(links.values())


def _takes_part(text: str, hit: Hit, kinds: dict[str, str], floor: int) -> bool:
    """Not an attitude ("anti-Western") nor a location ("in Syria") of the sentence."""
    before = text[max(floor, hit.start - 12) : hit.start]
    if ATTITUDE_BEFORE.search(before):
        return False
    return not (kinds.get(hit.actor) in ("state", "place") and LOCATIVE_BEFORE.search(before))


def _roles(
    text: str, actors: list[Hit], kind: str, kinds: dict[str, str], t_start: int, t_end: int
) -> tuple[list[Hit], list[tuple[Hit, Hit]]] | None:
    """Subjects of a trigger and the (source, target) pairs it relates, or None."""
    before = [
        h
        for h in actors
        if h.end <= t_start
        and not CLAUSE_BREAK.search(text, h.end, t_start)
        and kinds.get(h.actor) != "place"
    ]
    after = [
        h for h in actors if h.start >= t_end and not CLAUSE_BREAK.search(text, t_end, h.start)
    ]
    if kind not in PLACE_OBJECT_TYPES:
        after = [h for h in after if kinds.get(h.actor) != "place"]
    heads = [
        h for h in before if not PREPOSITION_BEFORE.search(text, max(0, h.start - 16), h.start)
    ]
    subjects = _group(text, (heads or before)[::-1])
    objects = _group(text, after)
    agent = _agent(text, after)
    if agent:
        targets = _group(text, [h for h in after if h.start < agent[0].start]) or subjects
        subjects, objects = agent, targets
    elif not objects and subjects and len(text[subjects[-1].end : t_start].split()) <= 2:
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
    if kind in SYMMETRIC and not pairs:
        group = subjects if len(subjects) > 1 else objects
        pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
    return (subjects, pairs) if pairs else None


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _inside_hit(offset: int, hits: list[Hit]) -> bool:
    """A trigger word inside a name ("Wagner Group" has none, "Allied Forces" has one)."""
    return any(h.start <= offset < h.end for h in hits)


def _group(text: str, ordered: list[Hit]) -> list[Hit]:
    """The nearest actor and those coordinated with it; ``ordered`` runs away from the trigger."""
    if not ordered:
        return []
    group = [ordered[0]]
    for hit in ordered[1:]:
        prev = group[-1]
        left, right = (hit, prev) if hit.start < prev.start else (prev, hit)
        if not COORDINATION.match(text[left.end : right.start]):
            break
        group.append(hit)
    return group


def _agent(text: str, after: list[Hit]) -> list[Hit]:
    """The passive agent: the first actor after the trigger introduced by "by (the)"."""
    for index, hit in enumerate(after):
        if BY_AGENT.search(text, max(0, hit.start - 8), hit.start):
            return _group(text, after[index:])
    return []


def _negated(text: str, subjects: list[Hit], sentence_start: int, trigger_start: int) -> bool:
    """A negator between the subject (or the sentence start) and the trigger, at most 6 words."""
    start = max((h.end for h in subjects if h.end <= trigger_start), default=sentence_start)
    window = text[start:trigger_start]
    words = window.split()
    if len(words) > 6:
        window = " ".join(words[-6:])
    return NEGATION.search(window) is not None


def _attribution(text: str, hits: list[Hit], sentence: Span) -> str | None:
    """The actor a sentence is attributed to: "according to X", "X said", "said X"."""
    for hit in hits:
        if ATTRIBUTION_BEFORE.search(text, max(sentence.start, hit.start - 20), hit.start):
            return hit.actor
        if ATTRIBUTION_AFTER.match(text[hit.end : min(sentence.end, hit.end + 30)]):
            return hit.actor
    return None
