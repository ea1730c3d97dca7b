"""Bodies and places named as where others meet, or whose mandate they act under ("on the
sidelines of the U.N. General Assembly", "under a U.N. mandate", "peace talks in the
Malaysian capital"): no party to what is done there; and the court or body a complaint is
brought to ("filed a complaint with the WTO"): no one it accuses."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.scan import holds_any

#: Where a body's meeting is the place: "on the sidelines of the G20 summit".
_SIDELINES_BEFORE = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,2}$", re.IGNORECASE
)
_SIDELINES_WORDS = ("sidelines", "margins")  # one is in every match above
_AT_MEETING_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,2}$", re.I)
_MEETING_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.-]*)*\s+(?:summit|meeting|session|conference|forum|assembly|ministerial)\b"
)


#: A body's seat where others sign or talk: "signed agreements at| United Nations
#: |headquarters" (an attack "at UN headquarters" is on the body: no verb of accord before).
_HEADQUARTERS_AFTER = re.compile(r"['’]?s?\s+headquarters\b")
_AT_ACCORD_BEFORE = re.compile(
    r"\b(?:sign\w*|met|meet\w*|talks|agree\w*|accords?|treat(?:y|ies))\b[^.;:]{0,50}?"
    r"\bat\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A sitting of a body where others speak: "Speaking at an emergency session of the| UN
#: Security Council, Congo's foreign minister accused Kigali".
_SESSION_OF_BEFORE = re.compile(
    r"\b(?:at|during|to|before|addressing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|meeting|sitting)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A body whose mandate others act under: "landed in East Timor under a U.N. mandate".
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:a|an|the)?\s*$", re.IGNORECASE)
_MANDATE_AFTER = re.compile(r"\s+(?:mandate|auspices|flag|resolution)\b", re.IGNORECASE)


#: A meeting, then where it is held: "resumed peace talks in the| Malaysian capital".
_TALKS_IN_THE = re.compile(
    r"\b(?:talks|negotiations|met|meet|meeting|summit|conference)\b[^.;]{0,50}\b(?:in|at)\s+the\s+$"
)


def venue(text: str, hit: Hit) -> bool:
    """A body named as where others meet or whose mandate they act under: "on the sidelines
    of the U.N. General Assembly", "held talks at an ASEAN summit", "under a U.N. mandate";
    it takes no part in what they do there."""
    begin = max(0, hit.start - 40)
    # Asked of every name of every piece: the words after it, matched where they start, are
    # read before the words before it are searched for, and most articles have no sidelines.
    return (
        (
            holds_any(text, _SIDELINES_WORDS)
            and _SIDELINES_BEFORE.search(text, begin, hit.start) is not None
        )
        or (
            _MEETING_AFTER.match(text, hit.end) is not None
            and _AT_MEETING_BEFORE.search(text, begin, hit.start) is not None
        )
        or (
            text.endswith("of the ", begin, hit.start)
            and _SESSION_OF_BEFORE.search(text, begin, hit.start) is not None
        )
        or (
            _MANDATE_AFTER.match(text, hit.end) is not None
            and _UNDER_BEFORE.search(text, begin, hit.start) is not None
        )
        or (  # "resumed peace talks in the Malaysian capital": where they talked
            text.startswith(" capital", hit.end)
            and _TALKS_IN_THE.search(text, max(0, hit.start - 80), hit.start) is not None
        )
        or (  # "signed agreements at United Nations headquarters": where they signed
            _HEADQUARTERS_AFTER.match(text, hit.end) is not None
            and _AT_ACCORD_BEFORE.search(text, max(0, hit.start - 80), hit.start) is not None
        )
    )


#: A body a case is brought to, by its name's word: "the World Trade Organization".
_VENUE_WORDS = frozenset(("Court", "Tribunal", "Organization", "Organisation", "WTO", "ICJ", "ICC"))
#: A case brought before a body, up to its name: "filed a complaint with the", "a case at
#: the", "under the dispute settlement mechanism of the".
_BROUGHT_TO = re.compile(
    r"\b(?:complaints?|case|challenge|lawsuit|suit|appeal|petition)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:with|at|to|before|under|in)\s+(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,5}?(?:of\s+)?(?:the\s+)?$"
)


def brought_to(text: str, t_end: int, hit: Hit) -> bool:
    """Whether ``hit`` is the court or body a complaint is brought to, not whom it accuses."""
    return not _VENUE_WORDS.isdisjoint(hit.actor.split()) and (
        _BROUGHT_TO.search(text, max(0, t_end - 20), hit.start) is not None
    )
