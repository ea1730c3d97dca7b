"""Shallow grammar around a trigger word: voice, noun or verb, negation and refusal, hedges,
denied or reported claims, the month that is not a modal.

Each rule is a pattern over the few words before a trigger; none needs a parser.  Whose
clause the trigger stands in (infinitives, acts asked for, clauses after ", and",
accusations, gerunds) is read in clause_subjects.py.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from personae.store.ingest.actors import Hit
from personae.store.ingest.cameo_words import AUXILIARIES
from personae.store.ingest.lexicon import words
from personae.store.ingest.scan import EndingAt
from personae.store.ingest.verbs import (
    HEDGE,
    HEDGE_SCAN,
    NEGATION,
    NEGATION_LOWER,
    TIME_GAP,
)
from personae.store.model import Span

if TYPE_CHECKING:
    pass

#: A form of "be" (or "get") just before a verb: the verb is passive ("were killed", also
#: quoted: would not be "blackmailed").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?[\"“‘']?$", re.IGNORECASE
)
_PASSIVE_ENDING = EndingAt(_PASSIVE_BEFORE)
#: Articles and possessives: the word after them, or after them and one modifier, is a
#: noun ("a visit", "a surprise visit", "its forces"); so is one after "Iran's".
DETERMINERS = frozenset(
    words("a an the its their his her our this that these those another every each")
)
#: Endings only nouns have: "accusations", "agreements", "assistance".
_NOUN_ENDING = re.compile(r"[a-z]+(?:tions?|ments?|ances?|ences?)\b")
#: Words a noun phrase opens with: determiners, and the prepositions that never open an
#: infinitive ("in military aid", "of indirect talks"; not "to").
NOUN_OPENERS = DETERMINERS | frozenset(words("in of for with during after before amid"))
#: A shot aimed before "at X": X is its target, not where it happened.
AIMED_BEFORE = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|shot|shoot\w*|aim\w*|launch\w*|hurl\w*|lobb\w*|threw|throw\w*"
    r"|point\w*|direct\w*|(?:lash\w*|hit\w*|struck|strik\w*)\s+out|swip\w*|jab\w*|snapp?\w*)"
    r"\b[^.;,]{0,60}\bat\s+(?:the\s+|an?\s+)?"  # "lashed out at the United States": aimed
    r"(?:neighbou?ring\s+|(?:north|south|east|west|central)\w*\s+)?$",
    re.IGNORECASE,
)
#: A negation that is a refusal: what follows is rejected, not merely not done.
REFUSAL = re.compile(
    rf"\b(?:(?:refus|declin|fail)\w*{TIME_GAP}\s+to|won['’]t|will not|would not|wouldn['’]t"
    r"|will never|would never|(?:will|would)\s+no\s+longer|(?:will|would)\s+neither"
    r"|rather than)\b",
    re.IGNORECASE,
)
#: A meeting refused by the verb right before its noun: "ruled out negotiations with",
#: "rejected talks with", "turned down an offer of dialogue with", "cancelled a scheduled
#: meeting with".
_MEETING_REFUSED = re.compile(
    r"\b(?:ruled?\s+out|rul(?:es|ing)\s+out|reject\w*|refus\w*|turn(?:s|ed|ing)?\s+down|cancell?\w*"
    r"|spurn\w*|declin\w*)\s+(?:(?:any|all|the|a|an|further|direct|new|fresh|renewed"
    r"|peace|bilateral|offers?\s+of|calls?\s+for|proposals?\s+for)\s+){0,3}(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


def meeting_refused(text: str, t_start: int) -> int | None:
    """Where the verb refusing the meeting named at ``t_start`` starts, if one does: the
    refusal is the act (CAMEO 125), aimed at whoever the meeting would have been with, and
    no one meets."""
    found = _MEETING_REFUSED.search(text, max(0, t_start - 50), t_start)
    return found.start() if found is not None else None


#: A verbal protest as the purpose of a meeting: "summoned the ambassador to protest".
PROTEST_PURPOSE = re.compile(
    r"\b(?:to|in)\s+(?:(?:lodge|register|deliver|convey|file)\s+(?:a\s+)?(?:[a-z]+\s+)?)?"
    r"(?:protest|complain)\b",
    re.IGNORECASE,
)  # "summoned the envoy to lodge a strong protest"
#: A claim denied before the trigger: "denied a report that", "rejected claims that".
DENIED_CLAIM = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing))"
    r"\b(?:(?:\s+[\w'’-]+){0,4}?|(?:\s+[\w'’-]+){0,2}?\s+(?:accusations?|allegations?|charges"
    r"|claims?|reports?)\s+(?:by|from)(?:\s+[\w.'’-]+){1,6}?)\s+that\b",
    re.IGNORECASE,
)  # "denied accusations by Human Rights Watch that": whoever made it, the claim is denied
#: Where a claim's clause gives way to one of the sentence's own: ", after Kyiv accused".
_CLAIM_END = re.compile(
    r",\s+(?:(?:just|only|shortly|soon|hours|days|weeks|a\s+day|a\s+week)\s+)?"
    r"(?:after|before|while|whereas|although|though|but)\b|;"
    # "denied reports that ... and accused South Africa of": the denier's own next act
    r"|,?\s+and\s+(?:it\s+|they\s+|he\s+|she\s+)?(?:also\s+|later\s+|then\s+)?(?:accused|blamed|charged|warned|urged"
    r"|called\s+on|demanded|threatened|condemned|critici[sz]ed|summoned|expelled)\b"
)
#: A claim reported before the trigger: "claimed that", "a report that", "alleged that".
REPORTED_CLAIM = re.compile(
    r"\b(?:claim(?:s|ed)?|alleg(?:es|ed)|reports?|rumou?rs?)(?:\s+[\w'’-]+){0,3}?\s+that\b",
    re.IGNORECASE,
)
#: "that" right after a verb (at most two words on): what follows is a clause of its own.
THAT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+that\s", re.IGNORECASE)
#: "in May", "May 5", "May 2021": the month, not the modal.
_MONTH_BEFORE = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|to|early|late|mid|last|next|this|between)\s+$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"\s+\d")


#: The end of a word after "be" that is no participle: "is asking", "are rivals".
_NOT_PARTICIPLE = re.compile(r"[\w'’-]*?(?:ing|s)\b")


#: A participle right after a noun and before a preposition: a reduced relative clause,
#: passive ("two men sought in the slaying", "soldiers killed in Ukraine").
_REDUCED = re.compile(  # not a verb that takes no object ("paratroopers arrived in"), nor
    # one whose target follows "at" ("troops fired at Indian soldiers")
    r"(?!(?:arriv|land|return|rall|march|gather|travel|retreat|died|clash|battl|skirmish)\w*\s)"
    r"(?!(?:fired|aimed|lashed)\s+at\b)"
    r"(?:\w+ed|sought|held|shot|taken|hit|struck|caught|beaten)"
    r"\s+(?:in|by|at(?!\s+(?:least|most)\b)|near|outside|inside"
    r"|during|over(?!\s+\d))\b"
)  # "killed at least 30", "detained over 40": a count of the object, not where
#: A participle naming what someone is charged with, right before "of" or "with": a passive
#: whoever stands before it ("Americans accused of plotting"), an active verb needing its
#: object first.
_CHARGED = re.compile(r"(?:accused|suspected|convicted|charged|wanted)\s+(?:of|with|for)\b")
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who"})
#: Words after which such a participle is an active verb ("they attacked in force").
_NOT_NOUNS = frozenset(words("to not never also and or who which that he she it they we i"))


def passive(text: str, start: int) -> bool:
    """The trigger at ``start`` is a passive verb: "were killed", "is being pressured"; not
    a gerund or a plural noun after "be" ("is asking", "are rivals")."""
    return (  # the word's own ending first: one match where the words before cost a search
        _NOT_PARTICIPLE.match(text, start) is None
        and _PASSIVE_ENDING.found(text, max(0, start - 30), start)
    )


def reduced_passive(text: str, start: int) -> bool:
    """The trigger at ``start`` is a participle after a noun, a passive of its own ("two men
    sought in the slaying", "soldiers killed in Ukraine"): the noun suffered it."""
    if _CHARGED.match(text, start) is not None:  # "three Americans accused of plotting",
        before = text[max(0, start - 12) : start].split()[-1:]  # not "officials it accused of"
        return not before or before[0].lower() not in _SUBJECT_PRONOUNS
    if _REDUCED.match(text, start) is None:
        return False
    before = text[max(0, start - 24) : start].split()[-1:]
    noun = before[0] if before else ""
    return (
        noun.isalpha()
        and noun.islower()
        and not noun.endswith("ly")
        and noun not in _NOT_NOUNS
        and noun not in AUXILIARIES
    )


#: An article and a state's adjective just before a word ("the Chinese", "a Russian"): the
#: word is a noun the adjective modifies, when it is a plural ("the Chinese drills").
_ADJECTIVE_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[A-Z][a-z]+(?:an|ese|i|ish|ch)\s+$"
)
_PLURAL = re.compile(r"[a-z]+[^s\W]s\b")
#: A state's adjective and the weapon opening a sentence or a phrase, no determiner:
#: "Russian missile strikes on Kyiv killed", "after Israeli air raids".
_BARE_ADJECTIVE_NOUN = re.compile(
    r"(?:^|[.;:]\s+|\b(?:after|amid|in|by|over|following|despite|against|and)\s+)"
    r"[A-Z][a-z]+(?:an|ese|i|ish|ch)(?:\s+(?:air|missile|drone|rocket|artillery|naval"
    r"|military|cross-border))?\s+$"
)


def nominal(text: str, start: int) -> bool:
    """The trigger at ``start`` heads a noun phrase: "a visit", "the attack", "Iran's support";
    or a noun by its ending after a name ("Iraqi accusations", "Chinese investments")."""
    if not text[start - 1 : start].isspace():
        return False
    if _NOUN_ENDING.match(text, start):  # a name's noun: "Iraqi accusations", no verb
        word = text.rfind(" ", max(0, start - 40), start - 1) + 1
        if text[word : word + 1].isupper():
            return True
    before = text[max(0, start - 40) : start].split()[-2:]
    if not before:
        return False
    if (  # a match's adjective is the last word before, and ends so: "an", "ese", "i", "ish", "ch"
        before[-1][-1] in "neih" and _ADJECTIVE_NOUN.search(text, max(0, start - 30), start)
    ) or (
        _PLURAL.match(text, start) and _BARE_ADJECTIVE_NOUN.search(text, max(0, start - 40), start)
    ):  # "condemned the Chinese drills", "the Russian attack on", "Russian missile strikes
        return True  # on Kyiv": a state's adjective, then its noun
    last = before[-1]
    if last.lower() in NOUN_OPENERS or last.endswith(("'s", "’s")):
        return True
    # One lower-case modifier between ("a surprise visit", "in military aid"); "the US
    # attacked" is a name's.
    return len(before) == 2 and last[:1].islower() and before[0].lower() in NOUN_OPENERS


def is_month_or_name(text: str, start: int, end: int) -> bool:
    """ "May" the month (capitalised, and after "in"/"early"... or before a day or a year) or
    a name ("Prime Minister Theresa May said"): capitalised inside a sentence, no modal is."""
    if text[start:end] != "May":
        return False
    return bool(
        _MONTH_BEFORE.search(text, max(0, start - 12), start)
        or _MONTH_AFTER.match(text, end)
        or text[:start].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "‘", "'", "(", "-")
    )


class Claims:
    """The denied and reported claims of a piece of text, found once: for each trigger, the
    last one opened before it says whether it is denied, and the words that hedge it."""

    def __init__(self, text: str, piece: Span, lowered: str) -> None:
        self._text, self._piece = text, piece
        self._none = "that" not in lowered  # every claim opens with "that": most pieces
        self.found: list[tuple[int, bool, str]] | None = None
        self.ends: list[int] = []
        self.closes: list[int] = []

    def _find(self) -> list[tuple[int, bool, str]]:
        text, piece = self._text, self._piece
        found = [
            (m.end(), True, m.group(0).split()[0].lower())
            for m in DENIED_CLAIM.finditer(text, piece.start, piece.end)
        ] + [
            (m.end(), False, " ".join(m.group(0).split()).lower())
            for m in REPORTED_CLAIM.finditer(text, piece.start, piece.end)
        ]
        found.sort()
        self.ends = [end for end, _, _ in found]
        # A claim ends where the sentence goes on in a clause of its own ("denied it had
        # armed Moscow, after Kyiv accused Tehran"): what that clause tells is not claimed.
        self.closes = [
            close.start() if (close := _CLAIM_END.search(text, end, piece.end)) else piece.end
            for end in self.ends
        ]
        return found

    def before(self, trigger: int) -> tuple[bool, str | None]:
        """Whether the trigger sits in a denied claim, and the words that hedge it, if any.
        A denial anywhere before wins over a report ("denied a report that")."""
        if self._none:
            return False, None
        if self.found is None:
            self.found = self._find()
        index = bisect.bisect_right(self.ends, trigger)
        if not index:
            return False, None
        earlier = [
            c for c, close in zip(self.found[:index], self.closes, strict=False) if close > trigger
        ]
        if not earlier:
            return False, None
        denied = [words for _, is_denial, words in earlier if is_denial]
        if denied:
            return True, denied[-1]
        return False, earlier[-1][2]


def hedges_of(text: str, piece: Span, body: str, lowered: str) -> list[tuple[int, int]]:
    """Where the hedges of a piece are ("reportedly", "may"), "May" the month or name aside."""
    ascii_only = body.isascii()  # lower-casing keeps every offset: match lower-cased patterns
    matches = HEDGE_SCAN.finditer(lowered) if ascii_only else HEDGE.finditer(body)
    spans = ((piece.start + m.start(), piece.start + m.end()) for m in matches)
    return [(start, end) for start, end in spans if not is_month_or_name(text, start, end)]


def hedge_of(text: str, piece: Span, body: str, lowered: str) -> str | None:
    """The first hedge of a piece: what a co-mention of its actors is told with."""
    found = hedges_of(text, piece, body, lowered)
    return text[found[0][0] : found[0][1]] if found else None


def opens_claim(text: str, t_start: int, kind: str) -> bool:
    """A denial that opens a reported claim ("denied a report that ..."): the claim's actors
    keep their own relation (negated); the denial is not one of them."""
    return kind == "REJECT" and DENIED_CLAIM.match(text, t_start) is not None


def negation_before(
    text: str, subjects: list[Hit], sentence_start: int, trigger_start: int
) -> str | None:
    """The words between the subject (or the sentence start) and the trigger, at most 6, if
    they negate it ("didn't", "refused to", "failed to", "would not")."""
    start = max((h.end for h in subjects if h.end <= trigger_start), default=sentence_start)
    window = text[start:trigger_start]
    if window.endswith(", "):  # "... without delay, accusing Paris": a clause of its own
        return None
    joined = window.rfind(" and ")
    if joined >= 0 and PAST_AFTER.match(text, trigger_start):  # "refused to recognise the
        window = window[joined + 5 :]  # result and accused Russia": the accusation was made
    words = window.split()
    if len(words) > 6:
        window = " ".join(words[-6:])
    if window.isascii():  # lower-casing ASCII keeps every letter where it was
        return window if NEGATION_LOWER.search(window.lower()) else None
    return window if NEGATION.search(window) else None


#: A verb in the past tense: a finite verb of its own after "and", no infinitive's.
PAST_AFTER = re.compile(r"[a-z]+ed\b")
