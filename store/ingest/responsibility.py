"""An attack told with no named attacker, then claimed: "A suicide bomber killed 12 people
at a police station in Kandahar, and the Taliban claimed responsibility".  Event coders code
the claimant's attack on whom it struck (CAMEO 18-19, ASSAULT), as they do for "claimed
responsibility for the bombing of ..." (a trigger of its own, see verbs.py)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link, named_right_before
from personae.store.model import Span

#: A claim with nothing after it that names the act: "claimed responsibility.", "later
#: claimed the attack", "claimed responsibility on its website".
_CLAIMED = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:responsibility|(?:the|that)\s+(?:attack|bombing|blast|killings?"
    r"|assault|raid|ambush|kidnapping|abduction)s?)\b(?!\s+(?:[\w'’-]+\s+){0,3}?for\b)",
    re.IGNORECASE,
)
#: Between the claimant and its claim: an adverb or an auxiliary, no clause.
_CLAIMANT_GAP = re.compile(r"\s+(?:(?:later|quickly|swiftly|also|has|have|had)\s+){0,2}")
#: An attack told in the words before: what was struck is named after it.
_ATTACK = re.compile(
    r"\b(?:killed|attacked|bombed|ambushed|stormed|shot|kidnapped|abducted|wounded|exploded"
    r"|blew\s+up|opened\s+fire)\b",
    re.IGNORECASE,
)


def responsibility_claimed(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """The claimant's attack on the first actor named after the attack, when no actor is
    named before it (its author was not told: "gunmen", "a suicide bomber")."""
    if "claim" not in lowered:  # most pieces claim nothing
        return []
    claimed = _CLAIMED.search(text, piece.start, piece.end)
    if claimed is None:
        return []
    claimant = named_right_before(text, actors, claimed.start(), _CLAIMANT_GAP)
    if claimant is None:
        return []
    attack = _ATTACK.search(text, piece.start, claimant.start)
    if attack is None or any(h.start < attack.start() for h in actors):
        return []  # "Kabul said militants killed ...": an author, or a speaker, was named
    struck = [
        h
        for h in actors
        if attack.end() <= h.start and h.end <= claimant.start and h.actor != claimant.actor
    ]
    if not struck:
        return []
    summary = " ".join(claimed[0].split()).lower()
    return [Link(claimant.actor, struck[0].actor, "ASSAULT", sentence, summary, confidence=0.45)]
