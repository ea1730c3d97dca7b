"""Soldiers or police named by a count alone ("killed eight soldiers", "92 soldiers were
killed in an attack by the jihadists") are the forces of the one state whose forces, officers
or government the sentence names, as event coders code them: "Chad's army said it had
launched an offensive against Boko Haram, a week after 92 soldiers were killed in an attack
by the jihadists" tells Boko Haram's attack on Chad."""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.breaks import CLAUSE_BREAK
from personae.store.ingest.links import Link, states_named
from personae.store.ingest.verbs import COUNT
from personae.store.model import Span

_COUNT = rf"(?:{COUNT}|dozens\s+of|scores\s+of|at\s+least\s+\S+|more\s+than\s+\S+)"
_FORCES = r"(?:soldiers|troops|policemen|police\s+officers|servicemen|border\s+guards|guards)"
_ATTACKS = r"(?:killed|killing|ambushed|ambushing|wounded|wounding|kidnapped|abducted|captured)"
#: An attack on forces counted after its author: "killed eight soldiers in an ambush".
_ACTIVE = re.compile(rf"\s+(?:[a-z]+\s+)?(?P<verb>{_ATTACKS})\s+{_COUNT}\s+{_FORCES}\b")
#: The same told of the forces, its author after "by": "92 soldiers were killed in an attack
#: by the jihadists", "eight soldiers were ambushed by".
_PASSIVE = re.compile(
    rf"\b{_COUNT}\s+{_FORCES}\s+(?:were|had\s+been|have\s+been)\s+{_ATTACKS}"
    r"(?:\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|ambush|raid|assault))?"
    r"\s+(?:[a-z]+\s+){0,3}?by\s+(?:the\s+)?$"
)
#: Who can attack forces: groups, and names of no known kind.
_ATTACKERS = frozenset({"armed_group", "organisation", "other"})


def forces_counted(
    text: str,
    piece: Span,
    lowered: str,
    sentence: Span,
    actors: list[Hit],
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """The attack of a group named right before or after forces counted alone on the state
    whose forces the sentence names (the one state named, if it names no forces)."""
    if not any(
        word in lowered for word in ("soldiers", "troops", "police", "servicemen", "guards")
    ):
        return []  # most pieces name no forces counted alone
    named = states_named(actors, kinds, owners, forces=True) or states_named(actors, kinds, owners)
    if len(named) != 1:
        return []
    ((owner, state),) = named.items()
    for hit in actors:
        if kinds.get(hit.actor) not in _ATTACKERS or owners.get(hit.actor) == owner:
            continue
        attack = _ACTIVE.match(text, hit.end)
        if attack is None:
            told = _PASSIVE.search(text, max(piece.start, hit.start - 160), hit.start)
            if told is None or CLAUSE_BREAK.search(text, told.start(), hit.start):
                continue
            summary = "attacked"
        else:
            summary = attack["verb"].lower()
        return [Link(hit.actor, state, "ASSAULT", sentence, summary, confidence=0.45)]
    return []
