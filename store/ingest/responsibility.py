"""An attack told with no named attacker, then claimed: "A suicide bomber killed 12 people
at a police station in Kandahar, and the Taliban claimed responsibility", "..., killing
40, in an attack claimed by Jaish-e-Mohammed".  Event coders code the claimant's attack on
whom it struck (CAMEO 18-19, ASSAULT), as they do for "claimed responsibility for the
bombing of ..." (a trigger of its own, see verbs.py)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import AUXILIARY_GAP, Link, named_right_before
from personae.store.ingest.scan import holds
from personae.store.model import Span

#: An attack told after the act, and who claimed it, up to the claimant's name: "in an attack
#: claimed by| the Pakistan-based militant group |Jaish-e-Mohammed", "set ablaze by drone
#: attacks claimed by |Yemen's" (but "Drone attacks claimed by the Houthis hit": the subject).
_CLAIMED_BY = re.compile(
    r"\b(?:in|by)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|raids?|bombings?|blasts?|assaults?|ambush(?:es)?|strikes?)\s+"
    r"(?:later\s+|since\s+)?claimed\s+by\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*|[A-Z][\w.]*-[a-z]+|[A-Z][\w.]*['’]s)\s+){0,4}$",
    re.IGNORECASE,
)


#: How far before a claimant its attack and "claimed by" may stand (characters).
_CLAIM_REACH = 80


def claimed_by(text: str, hit: Hit) -> bool:
    """The name is the claimant of an attack told right before ("in an attack claimed by the
    Taliban"): its author, no party to the words around it (attacks_claimed relates it)."""
    low = max(0, hit.start - _CLAIM_REACH)
    return (
        not text.startswith("-", hit.end)  # "the Pakistan-based group": whose base, no author
        and holds(text, "claimed by", low, hit.start)  # most names: none near, no search
        and _CLAIMED_BY.search(text, low, hit.start) is not None
    )


#: A claim with nothing after it that names the act: "claimed responsibility.", "later
#: claimed the attack", "claimed responsibility on its website".
_CLAIMED = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:responsibility|(?:the|that)\s+(?:attack|bombing|blast|killings?"
    r"|assault|raid|ambush|kidnapping|abduction)s?)\b(?!\s+(?:[\w'’-]+\s+){0,3}?for\b)",
    re.IGNORECASE,
)
#: An attack told in the words before: what was struck is named after it.
_ATTACK = re.compile(
    r"\b(?:killed|attacked|bombed|ambushed|stormed|shot|kidnapped|abducted|wounded|exploded"
    r"|rammed|shelled|blew\s+up|opened\s+fire)\b",
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
    claimant = named_right_before(text, actors, claimed.start(), AUXILIARY_GAP)
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


def attacks_claimed(
    text: str, lowered: str, hits: list[Hit], actors: list[Hit], sentence: Span, links: list[Link]
) -> list[Link]:
    """The claimant's attack on those the sentence's attacks struck ("Gunmen stormed a hotel,
    killing 20 Somalis, in an attack claimed by al Shabaab"), or, when none was related, on
    the first actor after the attack told before the claim ("rammed a convoy of Indian
    police, ..., in an attack claimed by")."""
    if "claimed by" not in lowered:
        return []
    # the last: "claimed by Yemen's Houthi movement" names the Houthis
    claimant = next((h for h in reversed(hits) if claimed_by(text, h)), None)
    if claimant is None:
        return []
    struck = dict.fromkeys(  # what the attack did to each: "killing two soldiers and capturing
        (link.target, link.type)  # a third"
        for link in links
        if link.type in ("ASSAULT", "COERCE") and claimant.actor not in (link.source, link.target)
    )
    if not struck:
        attack = _ATTACK.search(text, sentence.start, claimant.start)
        first = next(
            (h for h in actors if attack is not None and attack.end() <= h.start < claimant.start),
            None,
        )
        struck = {(first.actor, "ASSAULT"): None} if first is not None else {}
    return [
        Link(claimant.actor, target, kind, sentence, "claimed", confidence=0.45)
        for target, kind in struck
        if target != claimant.actor
    ]
