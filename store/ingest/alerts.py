"""Forces put on alert with no one named as their aim ("Greece put its navy on alert and
accused Turkey of ...", "Pakistan accused India of massing troops and said it had placed its
own forces on high alert") are a show of force toward the one other state the sentence
names, as event coders code them (CAMEO 152, MOBILIZE)."""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.links import AUXILIARY_GAP, Link, named_right_before, states_named
from personae.store.model import Span

#: Forces put on alert: "put its navy on alert", "placed its own forces on high alert",
#: "kept the army on the highest level of combat readiness".
_ALERT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|kept|keeps|keeping)\s+(?:its|their|the|his|her)"
    r"\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:forces|army|troops|military|navy|air\s+force)\s+on\s+"
    r"(?:(?:the|a|its)\s+)?(?:(?:high|highest|full|maximum|heightened|top)\s+)?(?:level\s+of\s+)?"
    r"(?:alert|combat\s+readiness|readiness)\b",
    re.IGNORECASE,
)
#: The sentence's subject speaking of itself before the verb: "said it had| placed".
_SAID_IT = re.compile(r"\b(?:said|says|announced)\s+(?:that\s+)?it\s+(?:had\s+|has\s+|would\s+)?$")


def alerts_raised(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    links: list[Link],
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """The raiser's show of force toward the one other state named, when the alert names
    no aim and the raiser shows no other force in the sentence."""
    if "alert" not in lowered and "readiness" not in lowered:
        return []
    alert = _ALERT.search(text, piece.start, piece.end)
    if alert is None:
        return []
    raiser = named_right_before(text, actors, alert.start(), AUXILIARY_GAP)
    if raiser is None and _SAID_IT.search(
        text, max(piece.start, alert.start() - 30), alert.start()
    ):
        raiser = actors[0] if actors else None  # "Pakistan ... said it had placed"
    if raiser is None or any(
        link.type == "MOBILIZE" and link.source == raiser.actor for link in links
    ):
        return []
    side = raiser.actor if kinds.get(raiser.actor) == "state" else owners.get(raiser.actor)
    if side is None or kinds.get(side, "state") != "state":
        return []
    others = states_named(actors, kinds, owners)
    others.pop(side, None)
    if len(others) != 1:
        return []
    (target,) = others.values()
    return [Link(raiser.actor, target, "MOBILIZE", sentence, "put on alert", confidence=0.45)]
