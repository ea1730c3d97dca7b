"""Who visits whom when "visiting" stands before a name ("told visiting French Foreign
Minister Jean-Marc Ayrault": Ayrault visits whoever told him)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.breaks import Breaks
from personae.store.ingest.groups import group


def visit_by(
    text: str, actors: list[Hit], trigger: tuple[int, int], breaks: Breaks
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """The visitor a "visiting" before a name names, and whom they visit: the nearest actor
    before it in its clause (and those named with it)."""
    t_start, t_end = trigger
    first = next(
        (h for h in actors if h.start > t_end and _TITLES_GAP.fullmatch(text, t_end, h.start)),
        None,
    )
    visitors = group(text, [h for h in actors if first and h.start >= first.start])
    low = breaks.clause(t_start, t_end)[0]
    hosts = group(text, [h for h in actors if low < h.end <= t_start][::-1])
    names = {v.actor for v in visitors}
    pairs = [(v, host) for v in visitors for host in hosts if host.actor not in names]
    return (visitors, pairs, True) if pairs else None


#: Only capitalised words (a title, a name's first words) between "visiting" and the name.
_TITLES_GAP = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
