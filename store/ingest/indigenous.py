""" "Indian" in an article about the Americas most often names the hemisphere's indigenous
peoples, not India: "protests by Indian peasants" in Bolivia, "Indian protesters led by the
CONAIE" in Ecuador.  Read as India, the protesters became India occupying Ecuador's
Congress."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from personae.store.ingest.actor_records import Hit

#: The states of the Americas, by the gazetteer's names.
AMERICAS = frozenset(
    {
        "Argentina", "Belize", "Bolivia", "Brazil", "Canada", "Chile", "Colombia",
        "Costa Rica", "Cuba", "Dominican Republic", "Ecuador", "El Salvador", "Guatemala",
        "Guyana", "Haiti", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru",
        "Suriname", "United States", "Uruguay", "Venezuela",
    }
)  # fmt: skip

#: What follows "Indian" when it names a people, not a state: "Indian peasants", "Indian
#: protesters", "Indian communities", "the Indian movement".
_PEOPLE_AFTER = re.compile(
    r"s?\s+(?:peasants|protesters|demonstrators|communit(?:y|ies)|groups?|leaders|tribes"
    r"|villagers|people|peoples|rebels|activists|farmers|organi[sz]ations|movements?"
    r"|confederation|federation|women|chiefs|reservations?|lands|territor(?:y|ies)|uprising)\b"
)


def without_indigenous(
    text: str, hits: Sequence[Hit], owners: Mapping[str, str | None]
) -> list[Hit]:
    """``hits`` less each "Indian" read as India, or as India's protesters ("Indian
    protesters"), that names a people of the Americas: in an article that names a state of the Americas (or a place in one) and names India by no other
    word."""
    india = [h for h in hits if h.actor == "India" or h.actor.startswith("Indian ")]
    if not india or any(not text.startswith("Indian", h.start) for h in india):
        return list(hits)
    if not any(h.actor in AMERICAS or owners.get(h.actor) in AMERICAS for h in hits):
        return list(hits)
    return [h for h in hits if not (h in india and _PEOPLE_AFTER.match(text, h.start + 6))]
