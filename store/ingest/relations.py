"""Relations between the actors of one sentence: type, direction, negation, hedge, attribution.

Per trigger word, the subject is the actor group just before it (actors joined by "and", ",",
"-") and the object the group just after; a passive agent ("by the United States") becomes the
source.  Symmetric stances relate the members of one group ("Iran and Russia are rivals").
Pairs no trigger explains stay as plain co-mentions, pointing at their sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from personae.store.ingest.actors import Hit
from personae.store.ingest.verbs import (
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
from personae.store.model import COMENTION, Span


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


#: The longest stretch of a sentence read as one (characters).  News sentences run to 300
#: characters, rarely 600; a longer "sentence" is a list, a dump or an attack, and reading it
#: whole costs time quadratic in its length (every trigger weighs every actor of its clause)
#: and co-mentions quadratic in its actors.  So it is read as a run of pieces of at most this
#: size, cut at clause breaks where it has them (no trigger relates actors across one anyway),
#: else between words; each piece is read as a sentence would be (its own hedge, speaker,
#: co-mentions), and its relations still point at the whole sentence as their evidence.
READ_LIMIT = 1_000


def relations_in(
    text: str, sentence: Span, hits: list[Hit], kinds: dict[str, str] | None = None
) -> list[Link]:
    """Every relation one sentence states between two or more distinct actors.

    ``kinds`` (actor name -> kind) lets places take part only as the object of an assault,
    a mobilisation or a retreat, and never in a co-mention.  A sentence longer than
    READ_LIMIT is read piece by piece (see there): time stays linear in its length.
    """
    kinds = kinds or {}
    if len({h.actor for h in hits}) < 2:
        return []
    if sentence.end - sentence.start <= READ_LIMIT:
        return _read(text, sentence, sentence, hits, kinds)
    links: dict[tuple[str, str], Link] = {}
    for piece, piece_hits in pieces(text, sentence, hits):
        if len({h.actor for h in piece_hits}) < 2:
            continue
        for link in _read(text, sentence, piece, piece_hits, kinds):
            links.setdefault(_pair_key(link.source, link.target), link)
    return list(links.values())


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


def _read(
    text: str, sentence: Span, piece: Span, hits: list[Hit], kinds: dict[str, str]
) -> list[Link]:
    """The relations of one piece of ``sentence`` (all of it, unless it is over-long)."""
    speaker = _attribution(text, hits, piece)
    actors = [h for h in hits if h.actor != speaker and _takes_part(text, h, kinds, sentence.start)]
    if len({h.actor for h in actors}) < 2:  # every link, typed or not, joins two of these
        return []
    body = text[piece.start : piece.end]
    base = piece.start
    breaks = _Breaks(text, piece)
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
        roles = _roles(text, actors, kind, kinds, t_start, t_end, breaks)
        if roles is None:
            continue
        subjects, pairs = roles
        negated = _negated(text, subjects, piece.start, t_start)
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


class _Breaks:
    """The clause breaks of a piece of text, found once (when first asked), for "is there one
    between a and b": a search per actor and trigger made reading a long sentence cubic."""

    __slots__ = ("_piece", "_text", "ends", "starts")

    def __init__(self, text: str, piece: Span) -> None:
        self._text, self._piece = text, piece
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def between(self, start: int, end: int) -> bool:
        """As ``CLAUSE_BREAK.search(text, start, end) is not None``, for a start and an end
        between words (a mention's or a trigger's edge): breaks never overlap, so the first
        one from ``start`` on ends first."""
        if self.starts is None:
            piece = self._piece
            found = [m.span() for m in CLAUSE_BREAK.finditer(self._text, piece.start, piece.end)]
            self.starts = [first for first, _ in found]
            self.ends = [last for _, last in found]
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.starts) and self.ends[index] <= end


def _roles(
    text: str,
    actors: list[Hit],
    kind: str,
    kinds: dict[str, str],
    t_start: int,
    t_end: int,
    breaks: _Breaks,
) -> tuple[list[Hit], list[tuple[Hit, Hit]]] | None:
    """Subjects of a trigger and the (source, target) pairs it relates, or None."""
    before = [
        h
        for h in actors
        if h.end <= t_start and not breaks.between(h.end, t_start) and kinds.get(h.actor) != "place"
    ]
    after = [h for h in actors if h.start >= t_end and not breaks.between(t_end, h.start)]
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
