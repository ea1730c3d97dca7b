"""Whose legislature a bare "Congress" is: the lexicon knows it as the United States
Congress, which it is unless its sentence is about another state's head acting on it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, Match

#: A state's head named by a title right after its name or adjective: "Peruvian President".
_HEAD_AFTER = re.compile(r"\s+(?:President|Prime\s+Minister|leader)\b")


def congress_of(
    text: str, hit: Match, matches: Sequence[Match], date: str | None, gaz: Gazetteer
) -> GazetteerEntry | None:
    """The state whose legislature a bare "Congress" is when its sentence's actor is another
    state's head ("Peruvian President Alberto Fujimori dissolved Congress") and the article
    names no one of the United States; None when it is the US Congress (the lexicon's)."""
    if text[hit.start : hit.end] != "Congress" or hit.entry.affiliation != "United States":
        return None
    if text.startswith(" of ", hit.end) and text[hit.end + 4 : hit.end + 5].isupper():
        return None  # "the Zimbabwe Congress of Trade Unions": a longer name
    low = max(text.rfind(". ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    ends = [e for e in (text.find(". ", hit.end), text.find("\n", hit.end)) if e >= 0]
    high = min(ends, default=len(text))
    heads: list[GazetteerEntry] = []
    for other in matches:
        entry = other.entry
        owner = entry.affiliation_on(date) if entry.kind == "person" else None
        if "United States" in (entry.name, owner):
            return None  # the article is of the United States too
        if not low <= other.start < high:
            continue
        if owner is not None:
            heads.append(gaz.lookup(owner) or entry)
        elif entry.kind == "state" and _HEAD_AFTER.match(text, other.end):
            heads.append(entry)
    states = {h.name for h in heads if h.kind == "state"}
    return next(h for h in heads if h.kind == "state") if len(states) == 1 else None
