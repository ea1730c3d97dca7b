"""Demands, deadlines and rulings defied: "the union defied a 48-hour deadline to return to
work", "Serbia ignored a deadline set by NATO", "defying demands by Saudi Arabia that Doha
...". Event coders code the defiance as a rejection of whoever made the
demand (CAMEO 12), and a demand named with its author as that author's request (CAMEO 10).
Defying a ban, a curfew or martial law is told of protests, and coded as the protest alone."""

from __future__ import annotations

import re

from personae.store.ingest.actor_records import Hit
from personae.store.ingest.links import AUXILIARY_GAP, Link, named_right_before
from personae.store.model import Span

#: A demand defied, up to its noun: "defied a 48-hour deadline", "ignored a 72-hour
#: ultimatum", ", defying demands".
_DEFIED = re.compile(
    r"\b(?P<verb>defi(?:ed|es)|defy(?:ing)?|ignor(?:ed|es|ing)|flout(?:ed|s|ing)?)\s+"
    r"(?:(?:an?|the|its|their|repeated)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<demand>deadlines?|ultimatums?|demands?|calls?|appeals?|warnings?|orders?|courts?"
    r"|rulings?|resolutions?)\b",
    re.IGNORECASE,
)
#: Whose demand it was, named right after its noun: "demands| by |Saudi Arabia", "a deadline|
#: set by |NATO".
_BY = re.compile(r"\s+(?:(?:set|issued|made|imposed|given)\s+)?(?:by|from|of)\s+(?:the\s+)?")
#: Demands that ask something of the one who defies them: their author requested it.
_ASKING = ("demand", "call", "appeal", "ultimatum", "deadline")


def demands_defied(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span, links: list[Link]
) -> list[Link]:
    """Each defier's rejection of the demand's author: the one named after its noun, else the
    one other side the sentence relates the defier to."""
    if "def" not in lowered and "ignor" not in lowered and "flout" not in lowered:
        return []
    found: list[Link] = []
    for defied in _DEFIED.finditer(text, piece.start, piece.end):
        defier = _defier(text, actors, defied, piece)
        if defier is None:
            continue
        author = next(
            (
                h
                for h in actors
                if h.start > defied.end() and _BY.fullmatch(text, defied.end(), h.start)
            ),
            None,
        )
        if author is None:
            others = {
                other
                for link in links
                for other in (link.source, link.target)
                if defier.actor in (link.source, link.target) and other != defier.actor
            }
            if len(others) != 1:
                continue
            target = others.pop()
        else:
            target = author.actor
        if target == defier.actor:
            continue
        summary = " ".join(defied[0].split()).lower()
        found.append(Link(defier.actor, target, "REJECT", sentence, summary, confidence=0.45))
        if author is not None and defied["demand"].lower().startswith(_ASKING):
            found.append(Link(target, defier.actor, "REQUEST", sentence, summary, confidence=0.4))
    return found


def _defier(text: str, actors: list[Hit], defied: re.Match[str], piece: Span) -> Hit | None:
    """Who defies: the name (or the pronoun standing for one) right before the verb, or the
    sentence's first name when a participle after a comma tells it (", defying demands")."""
    verb = defied.start()
    named = named_right_before(text, actors, verb, AUXILIARY_GAP)
    if named is not None:
        return named
    if text.endswith(", ", piece.start, verb) and defied["verb"].lower().endswith("ing"):
        return next((h for h in actors if h.start < verb), None)
    return None
