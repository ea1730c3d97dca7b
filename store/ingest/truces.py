"""A truce one side declares on its own ("ETA announced a permanent ceasefire", "Nkunda
declared a unilateral ceasefire"): event coders code it as a de-escalation (CAMEO 0871,
RETREAT) toward the side it fights, which wire copy names elsewhere in the sentence: the one
state, or a state's government, the sentence names besides the declaring side."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link, named_right_before
from personae.store.model import Span

#: A truce declared with no side named after it ("... ceasefire with Kabul" names one).
_DECLARED = re.compile(
    r"\b(?:declar|announc|proclaim)(?:e|es|ed|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cease-?fire|truce)\b(?!\s+with\b)",
    re.IGNORECASE,
)
#: Between the side and its declaration: an office, a day, an adverb; no clause.
_SIDE_GAP = re.compile(r"(?:\s+(?:on\s+\w+day|also|later|unilaterally|has|have|had))*\s+")
_FIGHTING = frozenset({"armed_group", "state", "government"})


def declared_truces(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """The declaring side's withdrawal toward the one other state its sentence names, itself
    or by its government or leader."""
    if "truce" not in lowered and "fire" not in lowered:  # most pieces declare no truce
        return []
    found: list[Link] = []
    for declared in _DECLARED.finditer(text, piece.start, piece.end):
        side = named_right_before(text, actors, declared.start(), _SIDE_GAP)
        if side is None:
            continue
        own = owners.get(side.actor, side.actor)
        if kinds.get(own) not in _FIGHTING:
            continue
        states = {
            owners.get(h.actor, h.actor)
            for h in actors
            if kinds.get(h.actor) != "place"
            and kinds.get(owners.get(h.actor, h.actor), "state") == "state"  # a state, named or
            # only served ("Prime Minister Zapatero": Spain's)
            and owners.get(h.actor, h.actor) != own
        }
        if len(states) != 1:
            continue
        state = states.pop()
        served = sorted(  # the state itself if named, else its government, else its officer
            (h for h in actors if owners.get(h.actor, h.actor) == state),
            key=lambda h: (h.actor != state, kinds.get(h.actor) != "government"),
        )
        target = served[0].actor
        summary = " ".join(declared[0].split()).lower()
        found.append(Link(side.actor, target, "RETREAT", sentence, summary, confidence=0.45))
    return found
