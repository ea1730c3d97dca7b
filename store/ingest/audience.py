"""Who only saw or heard what a sentence tells, no party to it: the wire service a source
talks to ("told Reuters", "told public broadcaster DR") and one who has seen a document ("a
letter, seen by Reuters, ...").  A wire service's journalists may still be a party ("jailed
two Reuters journalists"): only these words make it an audience."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit

#: Before one who has only seen a document: "a letter, seen by| Reuters, ...".
_WITNESS_BEFORE = tuple(
    f"{verb} by {article}"
    for verb in ("seen", "reviewed", "obtained", "viewed", "verified")
    for article in ("", "the ")
)
#: Before the outlet one speaks to: "told| Reuters", "told public broadcaster| DR".
_OUTLET_BEFORE = re.compile(
    r"\btold\s+(?:the\s+)?(?P<medium>(?:[a-z-]+\s+)?(?:broadcaster|newspaper|news\s+agency|daily"
    r"|radio|television|channel|weekly|magazine)\s+)?$"
)
#: Wire services: told something, an audience whatever the words before them.
_OUTLETS = frozenset(
    {"Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg"}
)


def audience(text: str, hit: Hit) -> bool:
    """Whether ``hit`` only saw or heard what is told: "a lawsuit ..., seen by Reuters", "his
    sister told Reuters the family would not celebrate", "he told public broadcaster DR"."""
    if text.endswith(_WITNESS_BEFORE, 0, hit.start):
        return True
    if text.find("told ", max(0, hit.start - 50), hit.start) < 0:  # most names: not told
        return False
    told = _OUTLET_BEFORE.search(text, max(0, hit.start - 50), hit.start)
    return told is not None and (hit.actor in _OUTLETS or told["medium"] is not None)
