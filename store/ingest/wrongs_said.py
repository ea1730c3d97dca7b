"""A wrong told of someone by another: "The European Commission said Google had breached EU
competition rules", "told Google that it had breached the Digital Markets Act" is the
Commission's charge against Google (CAMEO 112), whatever the wrong's own verb reads as.

The one who says is the name right before the verb of saying; the one said to have done
wrong is the name that opens what is said, or, when that is "it" or "they", the one told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link
from personae.store.ingest.rebuttals import answerer_before
from personae.store.model import Span

#: A verb of saying or finding: "said", "told", "concluded".
_SAID = re.compile(r"\b(?:said|says|told|found|concluded|ruled|alleged)\s+")
#: Who is told, up to the clause that tells: "Google in preliminary findings| that".
_TOLD_THAT = re.compile(r"(?P<told>[^,.;]{1,60}?)\s+that\s+")
#: The words of a wrong, by their stems.
_WRONGS = r"breach|violat|infring|flout|abus|broke|rigg|cheat|defraud|illegally|unlawfully"
#: A wrong done, right after its doer: "had breached", "has repeatedly violated".
WRONG_AFTER = re.compile(
    rf"\s+(?:had|has|have|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?(?:{_WRONGS})\w*"
)
_PRONOUN = re.compile(r"(?:it|they)\b")
#: A preposition of place right before a name: "in| The Hague".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+$")
#: An article with no word of a wrong tells none.
WRONG_WORDS = re.compile(_WRONGS)


def wrongs_said(text: str, sentence: Span, hits: list[Hit], links: Sequence[Link]) -> list[Link]:
    """The charges sentence ``sentence`` tells by saying someone did wrong (see the module's
    docstring), but those its ``links`` already hold."""
    found: list[Link] = []
    for said in _SAID.finditer(text, sentence.start, sentence.end):
        speaker = answerer_before(text, hits, said.start())
        if speaker is None:
            continue
        spoken = [h for h in hits if h.end <= said.start()][-1]  # the speaker's name
        if _PLACE_BEFORE.search(text, max(0, spoken.start - 6), spoken.start):
            continue  # "a tribunal in The Hague ruled": where, not who
        told = _TOLD_THAT.match(text, said.end())
        opening = told.end() if told else said.end()
        doer = next((h for h in hits if h.start == opening), None)
        if doer is not None:
            wrong = WRONG_AFTER.match(text, doer.end)
            accused = doer.actor
        elif told and _PRONOUN.match(text, opening):
            wrong = WRONG_AFTER.match(text, text.find(" ", opening))
            named = [h for h in hits if told.start() <= h.start < told.end("told")]
            accused = named[0].actor if named else ""
        else:
            continue
        if wrong is None or not accused or accused == speaker:
            continue
        if any(k.type == "ACCUSE" and (k.source, k.target) == (speaker, accused) for k in links):
            continue
        words = " ".join(text[said.start() : wrong.end()].split())
        found.append(Link(speaker, accused, "ACCUSE", sentence, words, confidence=0.5))
    return found
