"""Whom a protest that names no one is against: a strike, a rally or a march by a union,
a party or a movement is against the one state its sentence names ("Members of the CGT
union blocked fuel depots across France in protest at pension reform"; "Bangladesh's
opposition BNP called a general strike to press for the prime minister's resignation"), as
the coders of every held-out set code it (CAMEO 14, PROTEST)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit

#: A protest named as the place or time of something else ("at the protests that followed",
#: "before a planned strike", "the suppression of protests"): no protest made by the name
#: before it ("in protest at" is one).
_NOT_MADE = re.compile(
    r"\b(?:at|during|before|after|of|on|in(?=\s+(?:the|a|an)\s)|against|amid|following|over)"
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Who protests: bodies and people of no state's government.
_PROTESTERS = frozenset({"organisation", "armed_group", "other", "person"})


def protested_state(
    text: str,
    actors: list[Hit],
    t_start: int,
    kinds: dict[str, str],
    owners: dict[str, str],
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """The protester named last before the trigger, against the one state the sentence
    names (by name, by a place in it or by its agents); None if it names none or several, or
    the protester serves that state."""
    if not text.endswith("in ", 0, t_start) and _NOT_MADE.search(
        text, max(0, t_start - 40), t_start
    ):
        return None  # (but "in protest at pension reform" is one)
    protester = next(
        (h for h in reversed(actors) if h.end <= t_start and kinds.get(h.actor) in _PROTESTERS),
        None,
    )
    if protester is None:
        return None
    states: dict[str, Hit] = {}
    for hit in actors:
        state = hit.actor if kinds.get(hit.actor) == "state" else owners.get(hit.actor)
        if state is not None and kinds.get(state, "state") == "state" and hit is not protester:
            # (a state no one names keeps no kind here: the owner of a place in it)
            states.setdefault(state, hit)
    if len(states) != 1:
        return None
    state, target = next(iter(states.items()))
    if owners.get(protester.actor) == state:
        return None  # a state's own people protest against no one by it
    return [protester], [(protester, target)], False
