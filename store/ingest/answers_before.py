"""An answer to what was said in a sentence before: "China accused the United States of
hacking its networks. Washington dismissed the accusations as baseless." rejects China.

A sentence whose answer refuses "the accusations", "the criticism", "the demands" or "the
warning" with no author named rejects the one actor who, in the two sentences before, made
that kind of act against the one who answers (ACCUSE for a charge or criticism, REQUEST for
a demand or call, THREATEN for a warning or threat).  Two such authors, or none, and it
rejects no one: the words do not say which.  Within one sentence, rebuttals.py reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link
from personae.store.ingest.rebuttals import answerer_before
from personae.store.model import Span

#: An answer that refuses what was said, named again with no author: "dismissed the
#: accusations", "rejected the demands".
ANSWERED_AGAIN = re.compile(
    r"\b(?P<verb>reject(?:s|ed)?|dismiss(?:es|ed)?|den(?:y|ies|ied)|refut(?:es|ed)|rebuff(?:s|ed)?)"
    r"\s+(?:the|these|those|such|that|this)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>accusations?|allegations?|charges?|criticism|claims?|demands?|calls?|warnings?"
    r"|threats?|ultimatum)\b(?!\s+(?:by|from|of|that)\b)",
    re.IGNORECASE,
)
#: The act each noun names.
_KIND_OF_NOUN = {
    "accusation": "ACCUSE",
    "allegation": "ACCUSE",
    "charge": "ACCUSE",
    "criticism": "ACCUSE",
    "claim": "ACCUSE",
    "demand": "REQUEST",
    "call": "REQUEST",
    "warning": "THREATEN",
    "threat": "THREATEN",
    "ultimatum": "THREATEN",
}
#: How many sentences back what is answered may have been said.
_REACH = 2


def answers_to_before(
    text: str,
    sentence: Span,
    hits: list[Hit],
    per_link: Sequence[Sequence[Link]],
    number: int,
    owners: Mapping[str, str],
) -> list[Link]:
    """The rejection sentence ``number`` tells of what was said before it, if any (see the
    module's docstring); none where its own reading already rejects someone.  ``owners``:
    the state or body each actor serves ("the Russian embassy dismissed the accusations"
    answers those made against Russia, by Britain or its Foreign Office)."""
    if any(link.type == "REJECT" for link in per_link[number]):
        return []
    found = ANSWERED_AGAIN.search(text, sentence.start, sentence.end)
    if found is None:
        return []
    who = answerer_before(text, hits, found.start())
    if who is None:
        return []
    noun = found["noun"].lower()
    kind = _KIND_OF_NOUN[noun.rstrip("s")]
    served = owners.get(who, who)
    author = sole_author(
        per_link,
        number,
        _REACH,
        lambda link: link.type == kind and link.target in (who, served),
        owners,
    )
    if author is None:
        return []
    words = f"{found['verb'].lower()} the {noun}"
    return [Link(who, author, "REJECT", sentence, words, confidence=0.5)]


def sole_author(
    per_link: Sequence[Sequence[Link]],
    number: int,
    reach: int,
    fits: Callable[[Link], bool],
    owners: Mapping[str, str] | None = None,
) -> str | None:
    """The one source of the relations that ``fits`` in the ``reach`` sentences before
    sentence ``number`` (none negated); None if there are two or none: the words that
    refer back do not say which.  With ``owners``, a body and the state it serves are one
    author: the state."""
    owners = owners or {}
    authors = {
        owners.get(link.source, link.source)
        for before in range(max(0, number - reach), number)
        for link in per_link[before]
        if not link.negated and fits(link)
    }
    return authors.pop() if len(authors) == 1 else None
