"""Whose legislature a bare "Congress" is: the lexicon knows it as the United States
Congress, which it is unless its sentence is about another state's head acting on it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, Match

#: A state's head named by a title right after its name or adjective: "Peruvian President".
_HEAD_AFTER = re.compile(r"\s+(?:President|Prime\s+Minister|leader)\b")
#: A capitalised word right before: "Labour| Congress", "National| Congress".
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w-]*\s$")


def congress_of(
    text: str,
    hit: Match,
    matches: Sequence[Match],
    date: str | None,
    gaz: Gazetteer,
    filed: str | None = None,
) -> GazetteerEntry | None:
    """The state whose legislature a bare "Congress" is when its sentence's actor is another
    state's head ("Peruvian President Alberto Fujimori dissolved Congress") and the article
    names no one of the United States, or when the article is filed from another state
    (``filed``: "BUENOS AIRES - ... submitted to Congress") and its sentence names no one of
    the United States; None when it is the US Congress (the lexicon's)."""
    if text[hit.start : hit.end] != "Congress" or hit.entry.affiliation != "United States":
        return None
    if text.startswith(" of ", hit.end) and text[hit.end + 4 : hit.end + 5].isupper():
        return None  # "the Zimbabwe Congress of Trade Unions": a longer name
    if _NAME_WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return None  # "the Nigeria Labour Congress", "the African National Congress"
    low = max(text.rfind(". ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    ends = [e for e in (text.find(". ", hit.end), text.find("\n", hit.end)) if e >= 0]
    high = min(ends, default=len(text))
    heads: list[GazetteerEntry] = []
    american = False  # whether the article names anyone of the United States
    for other in matches:
        entry = other.entry
        owner = entry.affiliation_on(date) if entry.kind == "person" else None
        of_us = "United States" in (entry.name, owner)
        american = american or of_us
        if not low <= other.start < high:
            continue
        if of_us:
            return None  # its sentence is of the United States
        if owner is not None:
            heads.append(gaz.lookup(owner) or entry)
        elif entry.kind == "state" and _HEAD_AFTER.match(text, other.end):
            heads.append(entry)
    states = {h.name for h in heads if h.kind == "state"}
    if len(states) == 1 and not american:
        return next(h for h in heads if h.kind == "state")
    if not states and filed not in (None, "United States"):
        return gaz.lookup(filed)  # "BUENOS AIRES - ... submitted to Congress": Argentina's
    return None
