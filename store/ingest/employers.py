"""The company a person is named as an officer of: "Nvidia chief executive Jensen Huang",
"Apple CEO Tim Cook", "Hermann Hauser, a co-founder of Arm".  The person stays an actor of
their own, as an officer of a state does, with the company as their affiliation: selecting
the company lights up its officers, and an officer is never related to their own firm."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from personae.store.ingest.actor_records import Hit

#: A company officer's title, in lower case or capitalised.
_TITLE = (
    r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|[Cc]hair(?:man|woman|person)|[Pp]resident"
    r"|(?:[Cc]o-)?[Ff]ounder|[Ss]pokes(?:man|woman|person)|[Cc]hief\s+[Ff]inancial\s+[Oo]fficer"
    r"|CFO|[Mm]anaging\s+[Dd]irector|[Cc]hief|[Bb]oss)"
)
#: Between the company and its officer: "Nvidia| chief executive |Jensen Huang".
_TITLE_BETWEEN = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{_TITLE}\s+")
#: Between the officer and the company: "Hermann Hauser|, a co-founder of |Arm".
_OF_COMPANY_BETWEEN = re.compile(
    rf",\s+(?:a|an|the|its)\s+(?:former\s+)?{_TITLE}\s+(?:and\s+[a-z\s-]+\s+)?(?:of|at)\s+(?:the\s+)?"
)


def company_officers(
    text: str, hits: Sequence[Hit], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """Each person named as an officer of a company right next to it, with that company."""
    found: dict[str, str] = {}
    for first, second in pairwise(hits):
        kinds = kind_of(first.actor), kind_of(second.actor)
        if kinds == ("company", "person") and _TITLE_BETWEEN.fullmatch(
            text, first.end, second.start
        ):
            found.setdefault(second.actor, first.actor)
        elif kinds == ("person", "company") and _OF_COMPANY_BETWEEN.fullmatch(
            text, first.end, second.start
        ):
            found.setdefault(first.actor, second.actor)
    return found
