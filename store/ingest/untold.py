"""Events named that are no act of the news: one that dates it ("the first leader to visit
since the Russian invasion") and one still sought ("in an effort to broker a six-week truce
in Gaza and a release of hostages")."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit


def dates_the_news(text: str, start: int) -> bool:
    """The trigger at ``start`` names an event the news is dated by ("since the Russian
    invasion"): when, no act."""
    return (
        _DATING_EVENT.match(text, start) is not None
        and _SINCE_THE.search(text, max(0, start - 40), start) is not None
    )


def dated_by(text: str, hit: Hit) -> bool:
    """The name is of the state whose event dates the news ("since the Russian| invasion"):
    no party of the act."""
    return (
        text.endswith(("since the ", "Since the "), 0, hit.start)
        and _EVENT_AFTER.match(text, hit.end) is not None
    )


def still_sought(text: str, start: int) -> bool:
    """The truce or release at ``start`` is what talks or efforts seek ("in an effort to
    broker a six-week truce"): no act yet."""
    return _SOUGHT.search(text, max(0, start - 90), start) is not None


#: Events a story dates what it tells by, after "since the" and a state's name or a year.
_DATING_EVENTS = (
    r"(?:invasion|war|occupation|annexation|revolution|coup|uprising|takeover|withdrawal"
    r"|independence|election|referendum|attacks?)"
)
_DATING_EVENT = re.compile(rf"{_DATING_EVENTS}\b", re.IGNORECASE)
_SINCE_THE = re.compile(r"\b[Ss]ince\s+the\s+(?:[\w'’-]+\s+){0,2}$")
_EVENT_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_DATING_EVENTS}\b")
_SOUGHT = re.compile(
    r"\b(?:efforts?|bid|attempt|push|drive|plan|talks|negotiations)\s+to\s+(?:broker|secure"
    r"|reach|negotiate|clinch|mediate|agree\s+on|hammer\s+out)\s+(?:an?|the)\s+[^.,;:]{0,50}$",
    re.IGNORECASE,
)
