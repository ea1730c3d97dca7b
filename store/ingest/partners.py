"""Partners in an act: who acts together with the doer ("working with the FBI") and who
gave the doer what it acted on ("acting on intelligence supplied by Spain"), each a
cooperation event coders code beside the act (CAMEO 06)."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.model import Span

#: An act done together with another, named in a phrase after the doer: "Fijian police,
#: working with the Australian Federal Police, seized", "in coordination with the FBI", "in
#: a joint operation with France".
_WORKING_WITH = re.compile(
    r"\b(?:working|acting|operating)\s+(?:closely\s+|jointly\s+)?(?:with|alongside)\s+(?:the\s+)?"
    r"|\bin\s+(?:close\s+)?(?:cooperation|coordination|collaboration|partnership)\s+with\s+(?:the\s+)?"
    r"|\bin\s+a\s+joint\s+(?:operation|mission|effort|airdrop|raid|patrol)\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)


_WORKING_WITH_BEFORE = re.compile(rf"(?:{_WORKING_WITH.pattern})$", re.IGNORECASE)
#: A word every match of _WORKING_WITH holds one of ("operati" in "cooperation").
_WORKING_WORDS = word_pattern(
    "working", "acting", "operati", "coordination", "collaboration", "partnership", "joint"
)


#: A charge or a blame before the partner: "accused Kinshasa of| working with".
_CHARGED_WITH = re.compile(r"\b(?:of|for)\s+(?:working|acting|operating)\b")


def partner(text: str, hit: Hit) -> bool:
    """The name right after "working with", "in coordination with": a partner in the act,
    not its object ("arrested the cartel leader in coordination with the DEA")."""
    return (
        holds_one_of(text, _WORKING_WORDS, hit.start - 40, hit.start)
        and _WORKING_WITH_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
    )


def worked_with(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """Who acts together with another cooperates with it, each with the other (CAMEO 06):
    "Kenyan police, working with the FBI, arrested three suspects"."""
    if not any(word in lowered for word in ("with", "alongside")):
        return []
    if not holds_one_of(text, _WORKING_WORDS, piece.start, piece.end):
        return []  # no working, acting or cooperating word: no match to search for
    found = _doer_and_partner(text, piece, actors, _WORKING_WITH)
    if found is None:
        return []
    doer, partner, summary = found
    if _CHARGED_WITH.search(text, doer.end, partner.start):  # "accused Kinshasa of
        return []  # working with the FDLR": what a charge says, no work done together
    return [
        Link(doer.actor, partner.actor, "COOPERATE", sentence, summary, confidence=0.55),
        Link(partner.actor, doer.actor, "COOPERATE", sentence, summary, confidence=0.55),
    ]


def _doer_and_partner(
    text: str, piece: Span, actors: list[Hit], phrase: re.Pattern[str]
) -> tuple[Hit, Hit, str] | None:
    """The doer named before ``phrase`` (its first match in the piece), the partner named
    right after it, and the phrase as a summary; None unless both are named, apart."""
    found = phrase.search(text, piece.start, piece.end)
    if found is None:
        return None
    doer = next((h for h in actors if h.end <= found.start()), None)
    partner = next((h for h in actors if h.start == found.end()), None)
    if doer is None or partner is None or doer.actor == partner.actor:
        return None
    return doer, partner, " ".join(text[found.start() : found.end()].split()).removesuffix(" the")


#: Intelligence given to the doer, and its giver next: "acting on intelligence supplied by
#: Spain", "using intelligence shared by the United States".
_INTELLIGENCE_BY = re.compile(
    r"\b(?:intelligence|information|tip-offs?)\s+(?:supplied|provided|shared|passed\s+on|given)"
    r"\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)


def intelligence_shared(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """Intelligence another gave the doer of the act is that giver's cooperation with the
    doer (CAMEO 062, one way): "French police arrested ETA's chief, acting on intelligence
    supplied by Spain"; "Nigerian troops, using intelligence shared by the United States,
    stormed Boko Haram camps"."""
    if "intelligence" not in lowered and "information" not in lowered and "tip-off" not in lowered:
        return []
    found = _doer_and_partner(text, piece, actors, _INTELLIGENCE_BY)
    if found is None:
        return []
    doer, giver, summary = found
    return [Link(giver.actor, doer.actor, "COOPERATE", sentence, summary, confidence=0.55)]
