"""A reaction to an act told in a sentence before: "A Chinese coast guard ship fired water
cannon at a Philippine supply boat. ... The United States condemned the attack." is the
United States' charge against China.

A sentence whose subject condemns or welcomes "the attack", "the detention", "the fine" or
"the move" with no author named aims at the one actor who, in the three sentences before, did
that kind of act to someone else: condemning charges it (ACCUSE), welcoming backs it
(SUPPORT).  Two such authors, or none, and it aims at no one: the words do not say which.
Within one sentence, reactions.py reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from personae.store.ingest.actors import Hit
from personae.store.ingest.answers_before import sole_author
from personae.store.ingest.links import Link
from personae.store.ingest.rebuttals import answerer_before
from personae.store.model import Span

_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
#: The acts each noun may name.
_KINDS_OF_NOUN = {
    **dict.fromkeys(
        ("attack", "strike", "raid", "shelling", "bombing", "assault", "incursion", "killing"),
        frozenset({"ASSAULT", "COERCE"}),
    ),
    **dict.fromkeys(
        ("detention", "arrest", "fine", "seizure", "expulsion", "crackdown", "execution"),
        frozenset({"COERCE", "ASSAULT", "SANCTION"}),
    ),
    **dict.fromkeys(("sanction", "tariff", "ban", "embargo"), frozenset({"SANCTION", "COERCE"})),
    **dict.fromkeys(("move", "decision", "step", "measure", "action"), _MATERIAL),
    **dict.fromkeys(  # "upheld a ban on the opposition leader ... The EU criticised the ruling"
        ("ruling", "verdict", "judgment", "judgement"), frozenset({"COERCE", "REJECT", "ACCUSE"})
    ),
}
#: A reaction to an act named again with no author: "condemned the attack", "welcomed
#: Monday's decision".
REACTED_AGAIN = re.compile(
    r"\b(?:(?P<against>condemn(?:s|ed)?|denounc(?:es|ed)|critici[sz](?:es|ed)|deplor(?:es|ed)"
    r"|slamm?(?:s|ed)?)|(?P<for>welcom(?:es|ed)|prais(?:es|ed)|hail(?:s|ed)|applaud(?:s|ed)))"
    r"\s+(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?:[a-z-]+\s+)?"
    rf"(?P<noun>{'|'.join(_KINDS_OF_NOUN)})s?\b(?!\s+(?:by|of|from|between|with|against)\b)"
)
#: How many sentences back the act may have been told.
_REACH = 3


def reactions_to_before(
    text: str,
    sentence: Span,
    hits: list[Hit],
    per_link: Sequence[Sequence[Link]],
    number: int,
) -> list[Link]:
    """The reaction sentence ``number`` tells to an act told before it, if any (see the
    module's docstring); none where its own reading already aims one."""
    found = REACTED_AGAIN.search(text, sentence.start, sentence.end)
    if found is None:
        return []
    who = answerer_before(text, hits, found.start())
    kind = "ACCUSE" if found["against"] else "SUPPORT"
    if who is None or any(link.source == who and link.type == kind for link in per_link[number]):
        return []
    acts = _KINDS_OF_NOUN[found["noun"]]
    author = sole_author(
        per_link,
        number,
        _REACH,
        lambda link: link.type in acts and who not in (link.source, link.target),
    )
    if author is None:
        return []
    words = " ".join(found.group(0).split())
    return [Link(who, author, kind, sentence, words, confidence=0.5)]
