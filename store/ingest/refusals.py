"""A refusal to hand someone over, given as the cause of an act: the refuser rejects the
one who acted, who had asked for them ("expelled four Russian diplomats over Moscow's
refusal to hand over a former KGB bodyguard" is Russia's rejection of Britain).
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.directions import HANDING_OVER_AFTER, TO_BEFORE
from personae.store.ingest.verbs import HANDING_OVER

#: A refusal to hand someone over, given as the cause of the act before it: "expelled four
#: Russian diplomats over Moscow's refusal to hand over| former KGB bodyguard Andrei
#: Lugovoy", "after Moscow refused to extradite| the former KGB officer".
_REFUSED_HANDING = re.compile(r"\brefus(?:al|e|es|ed|ing)\s+to\s+$")
#: The refuser named by a possessive: "Serbia|'s refusal".
_OWNS = re.compile(r"['’]s ")
_CAUSE_BEFORE = re.compile(r"\b(?:after|over|because\s+of|when|following)\s+[^,;]{0,50}$")


def refused_to_asker(
    text: str,
    trigger: tuple[int, int],
    found: tuple[list[Hit], list[tuple[Hit, Hit]], bool],
    last_pairs: list[tuple[Hit, Hit]],
    hits: list[Hit],
) -> list[tuple[Hit, Hit]]:
    """A refusal to hand someone over that caused the act before it rejects that act's
    author, who asked for them, not the one who would be handed over (a person, the body
    they served, their victim), whether read at the refusal or at the handing over
    ("refused to| extradite"); none if it is no such refusal, or if it names to whom they
    would go ("refused to hand over two suspects to Colombia": Colombia is refused)."""
    t_start, t_end = trigger
    subjects, pairs, _ = found
    if not last_pairs or any(TO_BEFORE.search(text, t_end, target.start) for _, target in pairs):
        return []
    if HANDING_OVER_AFTER.match(text, t_end) is not None:
        refused = t_start
    elif (
        HANDING_OVER.match(text, t_start)  # "refused to| extradite", not "to cooperate"
        and (before := _REFUSED_HANDING.search(text, max(0, t_start - 16), t_start)) is not None
    ):
        refused = before.start()
    else:
        return []
    if _CAUSE_BEFORE.search(text, max(0, refused - 70), refused) is None:
        return []
    owner = next((h for h in hits if h.end + 3 == refused and _OWNS.match(text, h.end)), None)
    if owner is not None:  # "over Serbia's refusal": Serbia refuses
        subjects = [owner]
    refusers = {s.actor for s in subjects}  # the refusal's own pair, read just before the
    first, second = last_pairs[0]  # handing over: its other side
    asker = second if first.actor in refusers else first
    return [(s, asker) for s in subjects if s.actor != asker.actor]
