"""An answer to what another side said: rejecting its accusation, demand or warning.

"Myanmar rejected a demand by ASEAN", "Iran rebuffed a US warning": event coders read two
events, each side's: the author of the demand (warning) made it against the one who
answers, and the one who answers rejects the author (CAMEO 12).  So for a charge answered
("Rwanda denied accusations by Congo", "Pakistan rejected Indian accusations"): the charge,
and the answer's rejection of its author (CAMEO 120, as coders code it).
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.links import Link, names_from
from personae.store.ingest.scan import holds_any
from personae.store.model import PLOVER, Span

#: The verbs of an answer that refuses what was said.
_ANSWER = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|refut(?:es|ed|ing)|"
    r"rebuff(?:s|ed|ing)?|rebut(?:s|ted|ting)?|brush(?:es|ed|ing)?\s+(?:aside|off)|"
    r"shrug(?:s|ged|ging)?\s+off|hit(?:s|ting)?\s+back\s+at|def(?:y|ies|ied|ying))\b",
    re.IGNORECASE,
)
_ANSWER_WORDS = (
    "reject",
    "dismiss",
    "deny",
    "denie",
    "denying",
    "refut",
    "rebuff",
    "rebut",
    "brush",
    "shrug",
    "hit back",
    "hits back",
    "defy",
    "defie",
    "defying",
)
#: What was said, by the kind of act saying it is (CAMEO 11 and 12, 10, 13).
_SAID = re.compile(
    r"\b(?:(?P<ACCUSE>accusations?|allegations?|charges|charge(?=\s+(?:by|from)\s)|criticism"
    r"|condemnation|complaints?|"
    r"reports?\s+(?=accusing|alleging|blaming|that)|claims?(?=\s+(?:that|by|from)\s))|"
    r"(?P<REQUEST>demands?|calls?|requests?|appeals?)|(?P<THREATEN>warnings?|threats?|ultimatum))\b"
)
#: A charge answered: "rejected the claims as absurd", "dismissed as false a report by".
_CHARGE = re.compile(
    r"\b(?:accusations?|allegations?|charges?|criticism|complaints?|reports?|claims?)\b"
)
#: A charge named before the one who answers it: ", a charge (that) Islamabad rejected", "an
#: allegation Riyadh dismissed as baseless".
_CHARGE_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:charges?|claims?|accusations?|allegations?|reports?)"
    r"\s+(?:that\s+|which\s+)?"
    r"(?:the\s+)?(?:[\w.'’-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: How far after the answering verb the words answered may stand ("rejected as 'baseless'
#: fresh British allegations"), with no clause between.
_REACH = 70
_BETWEEN = re.compile(r"[^,;:()]*")
#: Words before the words answered that make them another phrase's, not the answer's object.
_OTHER_OBJECT = re.compile(r"\b(?:to|that|and|on(?!\s+\w+day\b)|of)\s")  # "on Tuesday": a day
#: The author named after the words: "a demand by ASEAN", "criticism from Australia".
#: The words of a description before the name ("by the rights group Amnesty") are passed over.
_AUTHOR_AFTER = re.compile(
    r"\s+(?:(?:made|issued|voiced|levelled)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?:(?!(?:that|which|who|in|on|at|to|for|of|and|with|near)\s)[a-z][\w'’-]*\s+){0,3}"
)
#: A charge named as a noun right after an answer: "denied accusations by", "rejected the
#: allegations of": the charge is its author's (see rebuttal_links), not the one answering's.
_CHARGE_ANSWERED = re.compile(
    rf"(?:{_ANSWER.pattern}|\bcalling)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?$",
    re.IGNORECASE,
)  # "..., calling the charges a smokescreen": the charges answered, named again
#: Between the one who answers and its verb: an office, a day, an adverb; no clause.
_SUBJECT_GAP = re.compile(r"(?:['’]s?)?(?: \([A-Z][\w.&-]{0,11}\))?(?:\s+[\w'’-]+){0,4}?\s+")
_CLAUSE_WORDS = frozenset({"that", "which", "who", "after", "before", "when", "while", "as"})


def rebuttal_links(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    links: list[Link],
    owners: dict[str, str],
) -> list[Link]:
    """The two events of each answer in the piece that names both sides; none already told.
    ``lowered``: the piece in lower case, for a quick look for an answer's words first."""
    if not holds_any(text, _ANSWER_WORDS):  # most articles answer no one: asked once
        return []
    if not any(word in lowered for word in _ANSWER_WORDS):  # most pieces answer no one
        return []
    found: list[Link] = []
    told = {(link.source, link.target, link.type) for link in links}
    for answer in _ANSWER.finditer(text, piece.start, piece.end):
        answerer = answerer_before(text, actors, answer.start())
        if answerer is None:
            continue
        verb = answer.group(0).split()[0].lower()
        authors = _authors(text, actors, answer.end(), piece.end) or _charged_before(
            text, answer.end(), answerer, links, owners
        )
        for author, kind, words in authors:
            if author == answerer:
                continue
            found.append(
                Link(answerer, author, "REJECT", sentence, f"{verb} {words}", confidence=0.5)
            )
            found.append(Link(author, answerer, kind, sentence, words, confidence=0.5))
    out: list[Link] = []
    for link in found:
        key = (link.source, link.target, link.type)
        if key not in told and link.source != link.target:
            told.add(key)
            out.append(link)
    return out


#: A charge named again, with no author: "prompting Islamabad to reject| the accusation".
_THE_CHARGE = re.compile(r"\s+the\s+(accusations?|allegations?|charges)\b", re.IGNORECASE)


def _charged_before(
    text: str, after: int, answerer: str, links: list[Link], owners: dict[str, str]
) -> list[tuple[str, str, str]]:
    """The author of "the accusation" an answer refuses, when the sentence told no other: the
    one whose hostile act on the answerer, or on its people (``owners``), was told before
    ("India expelled two Pakistani officials, prompting Islamabad to reject the accusation as
    baseless"), whose act charged the answerer."""
    named = _THE_CHARGE.match(text, after)
    if named is None:
        return []
    charged = next(
        (
            link.source
            for link in links
            if answerer in (link.target, owners.get(link.target))  # "two Estonian diplomats"
            and PLOVER.get(link.type) == "conflict"
        ),
        None,
    )
    return [(charged, "ACCUSE", named[1].lower())] if charged is not None else []


def answering(text: str, start: int) -> bool:
    """The trigger at ``start`` is a verb of answer ("dismissed", "rejected"), whatever it is
    typed as: "dismissed Pakistani accusations" refuses the charge, it makes none."""
    return _ANSWER.match(text, start) is not None


def answers_charge(text: str, trigger: tuple[int, int], piece_end: int) -> bool:
    """The rejection at ``trigger`` refuses a charge, claim or report, named after it
    ("rejected Indian army claims that") or before its subject (", a charge Islamabad
    rejected", ", a charge Kigali called baseless"): not read here; rebuttal_links tells the
    rejection of the charge's author where the charge names one."""
    t_start, t_end = trigger
    said = _CHARGE.search(text, t_end, min(piece_end, t_end + _REACH))
    if (
        said is not None
        and _BETWEEN.fullmatch(text, t_end, said.start())
        and not _OTHER_OBJECT.search(text, t_end, said.start())
    ):
        return True
    return _CHARGE_BEFORE.search(text, max(0, t_start - 80), t_start) is not None


def answered_charge(text: str, trigger: tuple[int, int]) -> bool:
    """The accusation at ``trigger`` is a noun an answer refuses ("denied accusations by
    Amnesty that"): its author's, which rebuttal_links tells; no act of the one answering."""
    t_start, t_end = trigger
    return _CHARGE.fullmatch(text, t_start, t_end) is not None and bool(
        _CHARGE_ANSWERED.search(text, max(0, t_start - 60), t_start)
    )


def answerer_before(text: str, actors: list[Hit], verb_start: int) -> str | None:
    """The actor just before the answering verb, with no clause between."""
    before = [h for h in actors if h.end <= verb_start]
    if not before:
        return None
    hit = before[-1]
    closed = text.startswith(")", hit.end)  # "the Union of Democratic Forces (|UFDG|)"
    gap = _SUBJECT_GAP.fullmatch(text, hit.end + closed, verb_start)
    if gap is None or _CLAUSE_WORDS & set(gap.group(0).lower().split()):
        return None
    return hit.actor


def _authors(text: str, actors: list[Hit], after: int, end: int) -> list[tuple[str, str, str]]:
    """(author, kind of act, the words) of what the answer refuses, if its author is named."""
    stop = min(end, after + _REACH)
    said = _SAID.search(text, after, stop)
    if said is None or not _BETWEEN.fullmatch(text, after, said.start()):
        return []
    if _OTHER_OBJECT.search(text, after, said.start()):
        return []  # "rejected plans to expand, and US criticism": not the answer's object
    kind = said.lastgroup or "ACCUSE"
    words = said.group(0).strip().lower()
    authors = [h for h in actors if after <= h.start and h.end <= said.start()]
    if not authors:
        if (by := _AUTHOR_AFTER.match(text, said.end())) is None:
            return []
        authors = names_from(text, actors, by.end())
    return [(h.actor, kind, words) for h in authors]
