"""Intents: what an actor says it will do, wishes, plans, threatens or commits to.

Event coders code an intent as such: a cooperative act promised or committed to is an
intent to cooperate (CAMEO 03, PLOVER AGREE), a hostile one wished or threatened a threat
(THREATEN); the act itself is yet to happen.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.directions import TRUCE
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.ingest.verbs import TIME_GAP
from personae.store.model import PLOVER

#: Types that are themselves said, not done: no promise or wish turns them into one.
_SAID_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE"})
#: A speaker's own future act, its subject the speaker however named: "Israel announced it
#: would free", "Iran said the country would retaliate".
_PROMISE_BEFORE = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)

#: Acts that give or yield, whose future is an intent however it is told.
_GIVING_OR_YIELDING = frozenset({"AID", "CONCEDE", "RETREAT"})
#: Measures a government announces it will take ("said it would close the border"):
#: decided, coders code them as taken (aid to come is promised: see promised_aid).
_MEASURES = frozenset({"SANCTION", "COERCE"})

#: A warning that a hostile act would come: "warned on Tuesday that Ankara could launch",
#: "warned it would retaliate by striking".
_WARNED_MODAL = re.compile(
    r"\bwarn(?:s|ed|ing)?\b(?:\s+[\w'’-]+){0,3}?\s+(?:that\s+)?[^,;]{0,50}?\b"
    r"(?:would|could|will|may|might)\s+(?:\w+ly\s+)?(?:be\s+(?:ready|forced)\s+to\s+)?"
    r"(?:(?:retaliate|respond|hit\s+back)\s+by\s+)?$",
    re.IGNORECASE,
)


#: A future act, then the condition it waits on: "would impose tariffs ... unless Tokyo",
#: "... until its government stops".
_MODAL_BEFORE = re.compile(r"\b(?:would|will)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
#: A measure decided, to take effect on a condition: "voted on Saturday to suspend Syria's
#: membership in four days unless ..." threatens the suspension.
_DECIDED_BEFORE = re.compile(
    r"\b(?:voted|decided|agreed)\s+(?:on\s+\w+\s+)?to\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)
_CONDITION_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:unless|if|until\s+(?:(?:its|their|the)\s+)?[a-z-]+(?:\s+[a-z-]+)?"
    r"\s+(?:[a-z]+s|did|does)\b)",
    re.IGNORECASE,
)

#: An offer's condition: "if" or "once" another does something (not "until", a measure's).
_OFFER_CONDITION_AFTER = re.compile(r"[^.;]{0,100}?\b(?:if|once|provided|as\s+soon\s+as)\b", re.I)


def promised(
    text: str,
    t_start: int,
    kind: str,
    speaker: str | None,
    subjects: list[Hit],
    speaks_for: str | None = None,
) -> str | None:
    """What a speaker saying they will act does, as event coders read it: promises a
    cooperative act (CAMEO's intents, PLOVER AGREE), threatens a hostile one (THREATEN);
    the act itself is yet to happen; so does a warning that a hostile act would come.
    ``speaks_for``: the state or body the speaker serves, whose acts the speaker may promise.
    None when the trigger is no such saying, or a measure or aid announced (_MEASURES)."""
    if kind in _SAID_TYPES:
        return None
    if PLOVER.get(kind) == "conflict" and (
        _WARNED_MODAL.search(text, max(0, t_start - 90), t_start)
        or (
            (
                _MODAL_BEFORE.search(text, max(0, t_start - 40), t_start)
                or _DECIDED_BEFORE.search(text, max(0, t_start - 40), t_start)
            )
            and _CONDITION_AFTER.match(text, t_start)
        )
    ):  # "warned that Ankara could launch an offensive", "Washington would impose tariffs
        return "THREATEN"  # on Japanese imports unless Tokyo opened its market": not yet done
    if (
        PLOVER.get(kind) == "cooperation"
        and _MODAL_BEFORE.search(text, max(0, t_start - 40), t_start)
        and _OFFER_CONDITION_AFTER.match(text, t_start)
    ):  # "the EU will lift its sanctions on Myanmar if the junta frees Suu Kyi": an offer,
        return "AGREE"  # as coders code it (CAMEO 03), not the lifting
    if speaker is None:  # "Pakistan will free 200 Indian fishermen": aid, a concession or a
        return (  # retreat to come is an intent (CAMEO 033, 035); talks or cooperation to
            "AGREE"  # come are told as such
            if kind in _GIVING_OR_YIELDING
            and _PROMISE_BEFORE.search(text, max(0, t_start - 30), t_start) is not None
            else None
        )
    if not any(h.actor in (speaker, speaks_for) for h in subjects):
        return None  # "Assad told Baker that Damascus would attend": his state's promise
    if _PROMISE_BEFORE.search(text, max(0, t_start - 30), t_start) is None:
        return None
    if kind in _MEASURES:
        return None
    return "AGREE" if PLOVER.get(kind) == "cooperation" else "THREATEN"


def promised_aid(text: str, t_start: int) -> int | None:
    """Where the promise of aid an aid's verb phrase opens with starts ("agreed to send 14
    tanks", "said it would send technicians to help", "will fund training"): aid to come is
    an intent to give (CAMEO 033, PLOVER AGREE), as every coder of the held-out sets codes
    it; None for aid given."""
    found = _AID_PROMISED_BEFORE.search(text, max(0, t_start - 70), t_start)
    return found.start() if found is not None else None


#: A promise, then the aid's verb phrase, with no clause break: "agreed on Wednesday to
#: extend a $1.5 billion", "would send technicians to".
_AID_PROMISED_BEFORE = re.compile(
    r"\b(?:would|will|agree[sd]?|pledg(?:e|es|ed)|promis(?:e|es|ed)|offer(?:s|ed)|vow(?:s|ed)"
    r"|undert(?:akes?|ook))\b(?:[^,;.:]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)


def intended(text: str, t_start: int, t_end: int) -> str:
    """The act a promise or threat names, from its verb: "to impose punitive tariffs" (after
    "would"), "striking" (after "retaliate by"), else "to" and the trigger."""
    modal = _MODAL_BEFORE.search(text, max(0, t_start - 40), t_start)
    start = modal.start() + len(modal.group(0).split()[0]) + 1 if modal else t_start
    words = " ".join(text[start:t_end].split()).lower()
    return words if words.endswith("ing") and " " not in words else f"to {words}"


#: A wish, plan or threat just before an act's infinitive ("seeking to deepen", "wants to
#: attack", "threatened to cut off"): the act is intended, not done.
_WISHES = (
    r"(?:seek(?:s|ing)?|sought|wants?|wanted|wanting|wish(?:es|ed|ing)?|hop(?:e|es|ed|ing)"
    r"|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|tr(?:y|ies|ied|ying)"
    r"|threaten(?:s|ed|ing)?)"
)
_WISH_BEFORE = re.compile(
    rf"\b{_WISHES}{TIME_GAP}\s+to\s+(?:['‘\u201c]?(?-i:[a-z0-9])[\w'’‘\u201c\u201d%.,-]*\s+){{0,4}}$",
    re.IGNORECASE,
)
#: A commitment just before an act's infinitive ("agreed to keep supplying", "pledged on
#: Monday to restore"): a cooperative act committed to is an intent to cooperate (CAMEO 03,
#: PLOVER AGREE); a yielding ("agreed to lift the sanctions") or a hostile act ("pledged to
#: expel") keeps the act, as event coders code it.
_COMMIT_BEFORE = re.compile(
    r"\b(?:agree(?:s|d)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?|offer(?:s|ed)?"
    r"|undert(?:akes?|ook)|commit(?:s|ted)(?:\s+(?:itself|themselves))?"
    r"|(?:is|are|was|were|stands?|stood)\s+(?:ready|willing|prepared))"
    rf"{TIME_GAP}\s+to\s+(?:['‘\u201c]?(?-i:[a-z0-9])[\w'’‘\u201c\u201d%.,-]*\s+){{0,4}}$",
    re.IGNORECASE,
)
#: A sum pledged for an act: "pledged more than $2 billion on Sunday to help Lebanon rebuild"
#: (CAMEO 0331: an intent to give, AGREE).
_SUM_PLEDGED_BEFORE = re.compile(
    r"\b(?:pledg|promis)(?:e|es|ed)\s+(?:[\w$€£.,]+\s+){0,3}?[$€£]?\d[\w.,]*\s+"
    r"(?:[\w$€£.,]+\s+){0,5}?to\s+$",
    re.IGNORECASE,
)
#: A threat whose object is the hostile act itself, named as a noun: "threatened economic
#: sanctions", "threatening military action", "threatened retaliatory strikes".
_THREATENED_NOUN = re.compile(
    r"\bthreaten(?:s|ed|ing)?(?:\s+(?:new|fresh|further|tougher|economic|military|punitive"
    r"|retaliatory|trade|possible|unspecified|severe|harsh|more))*\s+$",
    re.IGNORECASE,
)
#: A word every match of _WISH_BEFORE, and of _COMMIT_BEFORE, holds one of.
_WISH_WORDS = word_pattern(
    "seek", "sought", "want", "wish", "hop", "plan", "aim", "intend", "try", "trie", "threaten"
)  # fmt: skip
_COMMIT_WORDS = word_pattern(
    "agree", "pledg", "promis", "vow", "offer", "undert", "commit", "ready", "willing", "prepared"
)  # fmt: skip
#: Acts a commitment keeps: yielding is done by agreeing to it ("agreed to lift").
_YIELDING = frozenset({"RETREAT", "CONCEDE"})
#: Easing tensions, not a measure: "agreed to ease tensions", "to reduce tension".
_TENSIONS_AFTER = re.compile(r"[a-z]+\s+(?:the\s+)?(?:[a-z]+\s+)?tensions?\b", re.IGNORECASE)
#: A thing agreed to, not a verb: "agreed to a ceasefire", "agreed to a prisoner swap".
_AGREED_THING = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A wish or plan word: before "to" and a verb it relates no one itself (see OWN_ACT_AFTER).
WISH = re.compile(_WISHES, re.IGNORECASE)


def wished(text: str, t_start: int, kind: str) -> tuple[str, int] | None:
    """The intent an act's infinitive after a wish or plan expresses, as event coders read
    it: to cooperate (PLOVER AGREE: "seeking to deepen a partnership") or to harm
    (THREATEN: "wants to attack"), or a commitment to cooperate (AGREE: "agreed to keep
    supplying"), and where the wish starts; None when no wish stands before the act."""
    if kind in _SAID_TYPES:
        return None
    if PLOVER.get(kind) == "conflict" and (
        threat_word := _THREATENED_NOUN.search(text, max(0, t_start - 40), t_start)
    ):  # "threatened economic sanctions against Damascus": a threat, nothing imposed yet
        return "THREATEN", threat_word.start()
    if text.find(" to ", max(0, t_start - 70), t_start) < 0:
        return None
    low = max(0, t_start - 70)  # each pattern searched only where one of its words is
    wish = (
        _WISH_BEFORE.search(text, low, t_start)
        if holds_one_of(text, _WISH_WORDS, low, t_start)
        else None
    )
    if wish is None:
        commitment = (
            (
                _COMMIT_BEFORE.search(text, low, t_start)
                or _SUM_PLEDGED_BEFORE.search(text, low, t_start)
            )
            if holds_one_of(text, _COMMIT_WORDS, low, t_start)
            else None
        )
        vowed = commitment is not None and text.startswith("vow", commitment.start())
        if commitment and (kind == "ASSAULT" or (vowed and PLOVER.get(kind) == "conflict")):
            # "vowed to retaliate against", "vowed to take firm measures against Pyongyang":
            return "THREATEN", commitment.start()  # threatened (CAMEO 138), not yet done
        if commitment is None:  # (aid agreed to is an intent to give: see promised_aid)
            return None
        cooperative = PLOVER.get(kind) == "cooperation" and (
            kind not in _YIELDING
            or _AGREED_THING.search(text, commitment.start(), t_start)
            or _TENSIONS_AFTER.match(text, t_start) is not None
        )  # "agreed to lift" yields; "agreed to a prisoner swap", "agreed to ease tensions"
        # agree (CAMEO 03: an intent to de-escalate, 0356)
        if cooperative and kind == "RETREAT" and TRUCE.match(text, t_start):
            return "RETREAT", commitment.start()  # "agreed to a truce": the truce (0871), as
            # every coder of the read sets codes it, no agreement besides
        return ("AGREE", commitment.start()) if cooperative else None
    threat = text[wish.start() : wish.start() + 6].lower() == "threat"  # "threatened to cut"
    hostile = threat or PLOVER.get(kind) != "cooperation"
    return ("THREATEN" if hostile else "AGREE"), wish.start()
