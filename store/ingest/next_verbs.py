"""The next verb after a trigger, where the relation it starts ends: nouns ("an
agreement"), infinitives ("wants to attack"), adjectives ("Iran-backed", "joint drills")
and participles modifying a noun ("a group backed by China") are passed over.
"""

from __future__ import annotations

import re

from personae.store.ingest.clause_subjects import ASKED_NOUN, hyphen_glued
from personae.store.ingest.clauses import nominal, reduced_passive
from personae.store.ingest.directions import JOINT
from personae.store.ingest.readings import (
    NOUN_ONLY,
)
from personae.store.ingest.scan import holds
from personae.store.ingest.verbs import (
    VISITING_ADJECTIVE,
)

#: A deal's noun, and an amount right before a noun: "a $4.5 billion contract".
_PRICED_DEAL = re.compile(r"(?:contracts?|agreements?|deals?|accords?|pacts?)\b")
_AMOUNT_BEFORE = re.compile(
    r"\b(?:[$€£¥]?\d[\d.,]*\s+(?:(?:m|b|tr)illion\s+)?|(?:m|b|tr)illion\s+)$"
)


def next_verb(text: str, triggers: list[tuple[int, int, str, float]], number: int) -> int | None:
    """Where the next trigger that is a verb starts: not a noun ("an agreement"), nor the
    verb of an infinitive ("wants to attack"), nor a participle modifying a noun ("accused
    a group backed by China": China is still the accused)."""
    end, asking = triggers[number][1], triggers[number][2] == "REQUEST"
    for start, stop, _, _ in triggers[number + 1 :]:
        if asking and _ASKED_THING_GAP.fullmatch(text, end, start) and _FROM_WHOM.match(text, stop):
            continue  # "requested emergency financing from the IMF": what is asked, a noun
        if asking and ASKED_NOUN.fullmatch(text, end, start) and _BETWEEN.match(text, stop):
            continue  # "appealed for an immediate humanitarian ceasefire between": asked of them
        if (
            start >= end
            and text[end:start] != " to "
            and not nominal(text, start)
            and not (  # "signed a $4.5 billion contract with Egypt": a noun, its object
                _PRICED_DEAL.match(text, start)  # still the verb's
                and _AMOUNT_BEFORE.search(text, max(0, start - 24), start)
            )
            and not hyphen_glued(text, start)  # "Iran-backed": an adjective
            and not (  # "met visiting Chinese President Xi": the visitor is still the object
                holds(text, "visiting", start - 12, stop + 2)
                and VISITING_ADJECTIVE.search(text, max(0, start - 12), stop + 2)
            )
            and not JOINT.match(text, start)  # an adjective: "joint drills",
            and not _AFTER_JOINT.search(text, max(0, start - 24), start)  # and their noun
        ):
            noun = NOUN_ONLY.match(text, start) or NOUN_ONLY.match(text, stop + 1)
            if noun and not text.startswith(" to ", end):
                continue  # "suspending its part in the arms treaty with X": X is still its,
                # but "failed to reach agreement with X" is read at the agreement
            if _NAMED_AGENT.match(text, start) and reduced_passive(text, start):
                continue  # "a group backed by China": the object's, China its agent
            if text.startswith("troops", start) and _NAME_BEFORE.search(
                text, max(0, start - 24), start
            ):
                continue  # "attacked U.N. troops": a noun, the UN the object
            if _DEAL_BEFORE.search(text, max(0, start - 24), start) and _PARTICIPLE.match(
                text, start
            ):
                continue  # "signed accords establishing relations with X": the accords' content
            return start
    return None


#: Words between a request and what it asks for: "requested| emergency |financing".
_ASKED_THING_GAP = re.compile(
    r"\s+(?:(?:for|more|further|new|urgent|emergency|immediate|additional|financial|military"
    r"|economic|humanitarian|international|the|a|an)\s+){0,3}"
)
_FROM_WHOM = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?from\b")
_BETWEEN = re.compile(r"\s+between\b")
#: A deal's noun right before a participle that tells what it does: "accords (establishing)".
_DEAL_BEFORE = re.compile(
    r"\b(?:accords?|agreements?|treat(?:y|ies)|deals?|pacts?|declarations?|protocols?)\s+$"
)
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: A capitalised word right before: "U.N. (troops)", "Turkish (troops)".
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s$")
#: "joint" and at most one more word before a noun: "joint military drills".
_AFTER_JOINT = re.compile(r"\bjoint\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: A participle and a name right after "by" (no article: "by the crash" is an instrument).
_NAMED_AGENT = re.compile(r"[\w-]+\s+by\s+(?!(?:the|a|an)\b)[A-Z]")
