"""Second events a sentence tells on a pair already related, as event coders code them beside
the first: a truce signed is also kept (CAMEO 0871), a sentence passed is also a finding of
guilt (116), and a ruling in a case brought by a party is that party's complaint against
the other (115).  Protests told with no one they are against are in protests.py."""

from __future__ import annotations

import re
from collections.abc import Iterable

from personae.store.ingest.actors import Hit
from personae.store.ingest.groups import group
from personae.store.ingest.links import Link
from personae.store.ingest.scan import holds_any
from personae.store.ingest.verbs import COURT_PETITIONED, REPRISAL_VOWED
from personae.store.model import Span

#: A truce signed, agreed or accepted: "signed a 60-day truce", "agreed on Saturday to a
#: ceasefire", "accepted a U.S.-brokered ceasefire", "agreed to a four-day pause in fighting".
_TRUCE_MADE = re.compile(
    r"\b(?P<verb>agreed|reached|concluded|accepted)(?:\s+on\s+\w+)?(?:\s+to)?\s+(?:a|an|the)\s+"
    r"(?:[\w.-]+\s+(?:and\s+)?){0,3}?(?:cease-?fire|truce|armistice|cessation\s+of\s+hostilities"
    r"|pause\s+in\s+(?:the\s+)?fighting)\b",
    re.IGNORECASE,
)


def truces_kept(text: str, piece: Span, lowered: str, links: Iterable[Link]) -> list[Link]:
    """A truce reached or concluded in an agreement is also a truce each side keeps (CAMEO
    0871, RETREAT), an event event coders code beside the agreement; a truce signed is the
    signing (057), as three of the four read sets' signed truces are coded."""
    if not (
        "truce" in lowered
        or "fire" in lowered
        or "armistice" in lowered
        or "hostilities" in lowered
        or "pause" in lowered
    ):
        return []
    made = _TRUCE_MADE.search(text, piece.start, piece.end)
    if made is None:
        return []
    verb, summary = made["verb"].lower(), " ".join(made[0].split())
    return [
        Link(source, target, "RETREAT", link.evidence, summary, confidence=link.confidence)
        for link in links
        if link.type in ("SUPPORT", "AGREE") and link.summary.lower().startswith(verb)
        for source, target in ((link.source, link.target), (link.target, link.source))
    ]


#: An order to pay damages or compensation: a finding of liability.
_TO_PAY = re.compile(r"\bto\s+(?:pay|compensate)\b", re.IGNORECASE)


def verdicts_found(text: str, lowered: str, links: Iterable[Link]) -> list[Link]:
    """A sentence passed, a conviction or an order to pay damages is also a finding of guilt
    or liability (CAMEO 116, ACCUSE), which event coders code beside the punishment (172,
    173, COERCE in the PLOVER table)."""
    if not (
        "sentenc" in lowered
        or "convict" in lowered
        or "guilty" in lowered
        or "to pay" in lowered
        or "to compensate" in lowered
    ):
        return []
    found: list[Link] = []
    for link in links:
        word = link.summary.split(" ", 1)[0].lower()
        ordered_to_pay = word == "ordered" and _TO_PAY.search(
            text, link.evidence.start, link.evidence.end
        )
        if link.type == "COERCE" and (word.startswith(("sentenc", "convict")) or ordered_to_pay):
            summary = "found liable" if ordered_to_pay else "found guilty"
            found.append(
                Link(
                    link.source,
                    link.target,
                    "ACCUSE",
                    link.evidence,
                    summary,
                    confidence=link.confidence,
                )
            )
    return found


#: The one who brought a case, named next: "in a landmark case brought by the environmental
#: group Milieudefensie", "a lawsuit filed by Ecuador".
_BROUGHT_BY = re.compile(
    r"\b(?P<noun>case|lawsuit|suit|complaint|petition)\s+(?:\w+\s+){0,2}?"
    r"(?P<verb>brought|filed|lodged)\s+"
    r"(?:jointly\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$"
)
_AGAINST = re.compile(r"\s+against\s+(?:the\s+)?$")


def cases_brought(
    text: str, lowered: str, actors: list[Hit], links: Iterable[Link], sentence: Span
) -> list[Link]:
    """A ruling or an order "in a case brought by" a party is that party's complaint (CAMEO
    115, ACCUSE) against the other side of the ruling: the one it names "against", else the
    one the ruling's first act is done to, or the one that rejects it ("China rejected a
    ruling ... in the case brought by the Philippines"); a court asked to rule against
    someone is a case brought against them (courts_petitioned)."""
    if "court" in lowered or "tribunal" in lowered:
        petitions = courts_petitioned(text, actors, sentence)
        if petitions:
            return petitions
    if " by " not in lowered or not (
        "case" in lowered or "suit" in lowered or "complaint" in lowered or "petition" in lowered
    ):
        return []
    for number, hit in enumerate(actors):
        brought = _BROUGHT_BY.search(text, max(0, hit.start - 80), hit.start)
        if brought is None:
            continue
        after = actors[number + 1 : number + 2]
        if after and _AGAINST.fullmatch(text, hit.end, after[0].start):
            defendant = after[0].actor
        else:
            ruling = next(
                (link for link in links if hit.actor not in (link.source, link.target)), None
            )
            if ruling is None:
                return []
            defendant = ruling.source if ruling.type == "REJECT" else ruling.target
        if defendant == hit.actor:
            return []
        summary = f"{brought['verb']} a {brought['noun']}"  # "brought a case"
        return [Link(hit.actor, defendant, "ACCUSE", sentence, summary, confidence=0.5)]
    return []


def courts_petitioned(text: str, actors: list[Hit], sentence: Span) -> list[Link]:
    """ "Thailand's Election Commission asked the Constitutional Court on Monday to dissolve
    the opposition Move Forward Party": the commission's case against the party (ACCUSE);
    what the court is asked to do is no act yet (relations reads the asking)."""
    for number, hit in enumerate(actors):
        petition = _PETITIONER_ASKS.match(text, hit.end)
        if petition is None:
            continue
        defendant = next(
            (
                h
                for h in actors[number + 1 :]
                if petition.end() <= h.start <= petition.end() + _DEFENDANT_REACH
                and h.actor != hit.actor
            ),
            None,
        )
        if defendant is not None:
            summary = f"asked a court to {text[petition.end() : text.find(' ', petition.end())]}"
            return [Link(hit.actor, defendant.actor, "ACCUSE", sentence, summary, confidence=0.5)]
    return []


def petitions_court(text: str, t_start: int) -> bool:
    """The trigger asks a court to rule against someone: the asked act is no act yet
    (courts_petitioned reads the case)."""
    return _COURT_PETITIONED.match(text, t_start) is not None


_COURT_PETITIONED = re.compile(COURT_PETITIONED, re.IGNORECASE)
_PETITIONER_ASKS = re.compile(  # "Turkey|'s top prosecutor asked the Constitutional Court"
    r"(?:\s+(?:party|movement|group|union|alliance)"
    r"|['’]s\s+(?:[a-z-]+\s+)?(?:chief\s+|public\s+)?(?:prosecutors?|attorney[- ]general"
    r"|prosecutor[- ]general|election\s+commission|electoral\s+(?:board|council)))?"
    rf"(?:\s+(?:on\s+\w+day|\w+ly))?\s+"
    rf"{COURT_PETITIONED}",
    re.IGNORECASE,
)
#: How far after the court's words the one it is asked to rule against may stand.
_DEFENDANT_REACH = 60


#: The same act by others, named after the sentence's own: "following similar moves by| the
#: United States and France", "as did".
_DONE_ALIKE_BEFORE = re.compile(
    r"\b(?:following|after|like|matching)\s+(?:similar|the\s+same|identical)\s+"
    r"(?:moves?|steps?|measures?|actions?|decisions?)\s+(?:by|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def acts_done_alike(
    text: str, lowered: str, actors: list[Hit], sentence: Span, links: Iterable[Link]
) -> list[Link]:
    """Each act of the sentence done alike by those named after "following similar moves
    by" ("Britain closed its embassy in Sanaa, following similar moves by the United States
    and France"): theirs too, on the same target."""
    if "similar" not in lowered and "same" not in lowered:  # most pieces: a quick no
        return []
    first = next(
        (h for h in actors if _DONE_ALIKE_BEFORE.search(text, max(0, h.start - 60), h.start)),
        None,
    )
    if first is None:
        return []
    alike = group(text, [h for h in actors if h.start >= first.start])
    done = [link for link in links if link.source not in {h.actor for h in alike}]
    return [
        Link(other.actor, link.target, link.type, sentence, link.summary, confidence=0.45)
        for other in alike
        for link in done
        if other.actor != link.target
    ]


def reprisals_vowed(
    text: str, actors: list[Hit], links: Iterable[Link], sentence: Span, owners: dict[str, str]
) -> list[Link]:
    """A reprisal vowed with no one named ("..., and Tehran vowed to retaliate") threatens
    whoever the sentence told attacking the one who vows, or what it owns (``owners``: "Iran's
    embassy" is Iran's) (CAMEO 138, THREATEN)."""
    if not holds_any(text, ("retaliat", "avenge", "revenge", "respond")):
        return []
    vowed = _REPRISAL_VOWED.search(text, sentence.start, sentence.end)
    if vowed is None:
        return []
    avenger = next((h for h in reversed(actors) if h.end <= vowed.start()), None)
    if avenger is None or vowed.start() - avenger.end > _AVENGER_REACH:
        return []
    attacker = next(
        (
            link.source
            for link in links
            if link.type in ("ASSAULT", "COERCE")
            and owners.get(link.target, link.target) == owners.get(avenger.actor, avenger.actor)
        ),
        None,
    )
    if attacker is None:
        return []
    return [Link(avenger.actor, attacker, "THREATEN", sentence, vowed[0], confidence=0.5)]


#: A reprisal vowed, and no one it is aimed at: "vowed to retaliate", "vowed revenge".
_REPRISAL_VOWED = re.compile(rf"\b{REPRISAL_VOWED}(?! (?:against|on|for)\b)", re.IGNORECASE)
#: How far before the vow its subject may end: "Tehran |vowed".
_AVENGER_REACH = 30
