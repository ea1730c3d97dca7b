"""Whom a seizure takes from: "seized the oil city of Kirkuk from Kurdish fighters", "moved to
seize a 51 percent stake in YPF from Spain's Repsol", "gold was seized by Malian authorities
from Barrick Gold's mine". Event coders code the seizure against the one it takes from, not
against what it takes (CAMEO 1711, confiscate property), and the taker is the passive's agent
when there is one."""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.lexicon import NAME_POSSESSIVE

#: A verb of taking what is someone's: its forms, as a trigger reads them.
_SEIZING = re.compile(r"(?:seiz|confiscat|expropriat|impound|nationali[sz])\w*", re.IGNORECASE)
#: What is taken, then "from" and, maybe, the owner's possessive before the one taken from:
#: "| a 51 percent stake in oil company YPF from Spain's |Repsol" (not where it came from:
#: "a tanker sailing from Iran").
_FROM = re.compile(
    r"\s(?:(?:(?!(?:sailing|bound|coming|flying|travel\w*|shipped|smuggled|arriving|head\w*"
    r"|returning|fleeing|imported|exported|en\s+route|on\s+its\s+way)\b)[^,;:()]){0,90}?\s)?"
    rf"from\s+(?:the\s+)?(?:{NAME_POSSESSIVE}\s+)?(?:[a-z-]+\s+){{0,2}}$"
)
#: A passive's agent after the verb: "were seized| by |Malian authorities".
_BY = re.compile(r"\s+(?:[^,;:()]{0,40}?\s)?by\s+(?:the\s+)?$")


def taken_from(
    text: str, actors: list[Hit], trigger: tuple[int, int], kinds: dict[str, str]
) -> Hit | None:
    """The one a seizure at ``trigger`` takes from, named after "from" in its clause: the
    owner of a place or site named after it ("from Barrick Gold's Loulo mine"), not of a
    body ("from Spain's Repsol": Repsol)."""
    t_start, t_end = trigger
    if not _SEIZING.fullmatch(text, t_start, t_end):
        return None
    owner: Hit | None = None
    for hit in actors:
        if hit.start <= t_end:
            continue
        if hit.start > t_end + 140:
            break
        if owner is not None:  # the name after the owner's possessive
            owned = text[owner.end : hit.start] in ("'s ", "’s ")
            return hit if owned and kinds.get(hit.actor) not in ("place", "other") else owner
        if _FROM.fullmatch(text, t_end, hit.start):
            if text.startswith(("'s", "’s"), hit.end):
                owner = hit
            elif kinds.get(hit.actor) != "place":  # "a patrol from Gaza": where it came from
                return hit
    return owner


def seizer_by(text: str, actors: list[Hit], t_end: int, before: int) -> Hit | None:
    """The agent of a passive seizure, named after "by" before ``before``."""
    return next(
        (h for h in actors if t_end < h.start < before and _BY.fullmatch(text, t_end, h.start)),
        None,
    )
