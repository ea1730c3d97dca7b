"""Deadlines given: "gave the junta one week to reinstate the president" is an ultimatum
(CAMEO 13, THREATEN), "gave the French ambassador 72 hours to leave" an expulsion (CAMEO 166,
SANCTION); either way what the deadline is given for is asked, not done."""

from __future__ import annotations

import re

from personae.store.ingest.verbs import EXPELLING


def deadline_given(text: str, t_start: int, t_end: int) -> re.Match[str] | None:
    """The deadline after "gave"/"giving" ("gave the junta one week to"), if there is one:
    what it is given for is asked, not done, whatever the lexicon typed the giving."""
    if text[t_start : t_start + 3].lower() not in ("gav", "giv"):
        return None
    return _DEADLINE.match(text, t_end)


def ultimatum(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """Giving someone a week or a deadline to do something ("gave Niger's junta one week
    to reinstate the president") is an ultimatum (CAMEO 13, THREATEN), not a gift."""
    return kind != "THREATEN" and deadline_given(text, t_start, t_end) is not None


def expels(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """A deadline to leave given to diplomats or troops ("gave the French ambassador 72 hours
    to leave", "gave French troops one month to leave the country") expels them (CAMEO 166,
    SANCTION); the lexicon reads the deadline as a threat, or the giving as a gift."""
    if kind == "THREATEN" and _EXPELLING.match(text, t_start) is not None:
        return True
    deadline = deadline_given(text, t_start, t_end)  # whatever the lexicon made of
    # "giving him 72 hours to leave"
    return deadline is not None and _TO_LEAVE.match(text, deadline.end() - 1) is not None


_DEADLINE = re.compile(
    r"(?:\s+[\w'’.,-]+){0,12}?\s+(?:(?:one|two|three|four|five|six|seven|ten|\d+|a|an)\s+"
    r"(?:more\s+)?(?:days?|weeks?|months?|hours?)|a\s+deadline|until\s+\w+)"
    r"(?:\s+[\w,]+){0,3}?\s+to\s+[a-z]",
    re.IGNORECASE,
)
_EXPELLING = re.compile(EXPELLING, re.IGNORECASE)
_TO_LEAVE = re.compile(r"(?:leave|quit|depart|exit)\b", re.IGNORECASE)
