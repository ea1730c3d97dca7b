"""Readings of a sentence's parts that settle who acts on whom, shared by relations.py and
roles.py: a word said in a participle clause, "calling it" naming, adjectival participles,
nouns that are never verbs, "both" and "the two sides", leaving a bloc, shows of force and
their aim, mediators.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.verbs import EXPELLING, RECIPIENT_BEFORE

#: What a participle clause after a related pair tells of its own: a word said ("...,
#: accusing Peru of"), not the main act told again ("sanctions against Russia, targeting").
SAID_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "PROTEST"})
#: "call" naming something: "calling it a provocation", "called Peru an ally", "calling
#: them baseless"; not "called Peru on Monday" nor "called for".
NAMING = re.compile(
    r"call(?:s|ed|ing)?\s+(?:it|them|him|her|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
    r"(?!(?:on|for|to|in|at|with|by|from|after|before|over|last|this|and|or|yesterday|today"
    r"|\w+day)\b)[a-z]"
)
#: A pronoun object right after a verb: "accusing them of", "calling it".
PRONOUN_OBJECT = re.compile(r"\s+(?:them|it|him|her)\b")
#: A participle after a count, an article or a preposition: an adjective ("five detained
#: Americans", "the jailed reporters", "from occupied territory"), no act of its own.
ADJECTIVAL = re.compile(
    r"\b(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|dozens"
    r"|hundreds|several|many|\d+|from|in|into|of|on|at|over|across|inside)\s+\w+ed$",
    re.IGNORECASE,
)


def adjectival(text: str, start: int, end: int) -> bool:
    """The trigger word at [start, end) is a participle used as an adjective (ADJECTIVAL);
    only a word ending in "ed" can be, and most are not, so most need no search."""
    return (
        text[end - 2 : end].lower() == "ed"
        and ADJECTIVAL.search(text, max(0, start - 24), end) is not None
    )


#: Trigger words that are never verbs: a phrase's noun, no next verb.
NOUN_ONLY = re.compile(
    r"(?:treat(?:y|ies)|pacts?|agreements?|accords?|summits?|alliances?|partnerships?"
    r"|assistance|embargo(?:es)?)\b",
    re.IGNORECASE,
)

#: "both", "the two leaders", "the two sides" opening a clause: the two parties just related.
BOTH_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:both(?:\s+(?:sides|countries|leaders|men|governments))?|the\s+two"
    r"(?:\s+(?:leaders|sides|countries|nations|governments|ministers|presidents|states|men))?)"
    r"\s+(?:(?-i:[a-z]+)\s+){0,5}$",  # "both pledged to deepen strategic coordination"
    re.IGNORECASE,
)


#: "and" opening a verb phrase whose subject is the last clause's ("met in Nairobi and
#: agreed", "and later signed").
AND_VERB_BEFORE = re.compile(r"\band\s+(?:(?:then|later|also|\w+ly)\s+)?$")


def two_sides(pairs: list[tuple[Hit, Hit]]) -> list[tuple[Hit, Hit]]:
    """The last related pairs both ways, when they join two sides (a state and its leader
    may stand on one side: "Brazil's Lula hosted China's Xi"); else none."""
    one_way: dict[frozenset[str], tuple[Hit, Hit]] = {}
    for source, target in pairs:  # a meeting is related both ways already: one of each
        one_way.setdefault(frozenset((source.actor, target.actor)), (source, target))
    kept = list(one_way.values())
    if not kept or {s.actor for s, _ in kept} & {t.actor for _, t in kept}:
        return []
    return [*kept, *((t, s) for s, t in kept)]


def leaves_body(text: str, pairs: list[tuple[Hit, Hit]], kinds: dict[str, str]) -> bool:
    """Every target is a body or bloc left "from" (no state, place or armed group): leaving
    it reduces relations, where withdrawing from a place retreats."""
    return bool(pairs) and all(
        kinds.get(target.actor, "other") in ("organisation", "other")
        and _FROM_BODY.search(text, max(0, target.start - 40), target.start) is not None
        for _, target in pairs
    )


def forces_leaving(text: str, kind: str, t_start: int) -> bool:
    """Troops that "left" a country withdraw from it (CAMEO 087), where a leader who left
    for it visits."""
    return (
        kind == "CONSULT"
        and _LEAVING.match(text, t_start) is not None
        and _FORCES_BEFORE.search(text, max(0, t_start - 70), t_start) is not None
    )


_LEAVING = re.compile(
    r"(?:left|leav(?:e|es|ing)|quit(?:s|ting)?)\b(?!\s+(?:\d|(?:for|behind|at\s+least|more\s+than"
    r"|dozens|hundreds|scores|many|several|some)\b))",
    re.IGNORECASE,
)  # not "left 20 dead"
#: Armed men sent abroad, as a sentence names them.
_FORCES = (
    r"(?:troops|forces|soldiers|army|peacekeepers|contingents?|units|battalions?|mercenaries"
    r"|paratroopers|marines|fighters|personnel|police\s+officers|brigades?)"
)
#: The forces right before the verb, or before a verb phrase joined by "and" ("its
#: mercenaries had completed their mission and left Mali").
_FORCES_BEFORE = re.compile(
    rf"\b{_FORCES}\s+(?:(?:have|had|has|finally|\w+ly)\s+)?"
    r"(?:(?:[\w'’-]+\s+){1,5}?and\s+)?$",
    re.IGNORECASE,
)


def forces_arriving(text: str, kind: str, t_start: int, sentence: str) -> str | None:
    """Troops, police or medics who "arrived" in a country are sent there, where a leader
    who arrived visits: aid when they come to keep the peace or to help (CAMEO 074, 07),
    else a show of force (154); None for anyone else."""
    if (
        kind != "CONSULT"
        or _ARRIVING.match(text, t_start) is None
        or _SENT_BEFORE.search(text, max(0, t_start - 40), t_start) is None
    ):
        return None
    return "AID" if _HELPING.search(sentence) else "MOBILIZE"


_ARRIVING = re.compile(r"arriv|land", re.IGNORECASE)
_SENT_BEFORE = re.compile(
    rf"\b(?:{_FORCES}|doctors|medics|nurses|rescuers|experts)\s+(?:(?:began|started|have|had"
    r"|has|\w+ly)\s+)?$",
    re.IGNORECASE,
)
#: Words of a mission that helps: a force sent with them is aid, not a threat.
_HELPING = re.compile(
    r"peace-?keep|\bto\s+(?:help|assist|support|aid|restore\s+order|quell)\b"
    r"|\b(?:humanitarian|relief|rescue|aid)\b",
    re.IGNORECASE,
)


def keeps_peace(sentence: str, kind: str) -> bool:
    """Forces sent as peacekeepers or a peacekeeping mission provide protection (CAMEO 074,
    PLOVER AID), not a show of force."""
    return kind == "MOBILIZE" and _PEACEKEEPING.search(sentence) is not None


_PEACEKEEPING = re.compile(r"peace-?keep", re.IGNORECASE)


def taken_by_force(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """Capturing soldiers or hostages abducts them (CAMEO 181) and capturing a town or an
    airport occupies it (192), both ASSAULT, where arresting a suspect coerces (173)."""
    return (
        kind == "COERCE"
        and _TAKING.match(text, t_start) is not None
        and _TAKEN.match(text, t_end) is not None
    )


_TAKING = re.compile(r"captur|seiz|abduct|kidnap|snatch", re.IGNORECASE)
_TAKEN = re.compile(
    r"(?:\s+[\w'’.,-]+){0,5}?\s+(?:soldiers|troops|peacekeepers|sailors|hostages|crew|workers"
    r"|civilians|tourists|pilots?|servicem[ae]n|marines|towns?|cit(?:y|ies)|villages?|airports?"
    r"|airfields?|bases?|barracks|capital|territory|stronghold|positions|outposts?|checkpoints?"
    r"|headquarters)\b",
    re.IGNORECASE,
)


def reinforces(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """Reinforcing a border, troops or a military presence raises forces (CAMEO 154,
    MOBILIZE); the lexicon reads the verb as force."""
    return (
        kind == "COERCE"
        and text[t_start : t_start + 7].lower() == "reinfor"
        and _REINFORCED.match(text, t_end) is not None
    )


_REINFORCED = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:borders?|frontiers?|troops|forces|presence|defen[cs]es"
    r"|garrisons?|positions|military)\b",
    re.IGNORECASE,
)


def expels(text: str, kind: str, t_start: int) -> bool:
    """A deadline to leave given to diplomats ("gave the French ambassador 72 hours to
    leave") expels them (CAMEO 1663, SANCTION); the lexicon reads the deadline as a threat."""
    return kind == "THREATEN" and _EXPELLING.match(text, t_start) is not None


_EXPELLING = re.compile(EXPELLING, re.IGNORECASE)


def ultimatum(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """Giving someone a week or a deadline to do something ("gave Niger's junta one week
    to reinstate the president") is an ultimatum (CAMEO 13, THREATEN), not a gift."""
    return (
        kind != "THREATEN"
        and text[t_start : t_start + 3].lower() in ("gav", "giv")
        and _DEADLINE.match(text, t_end) is not None
    )


_DEADLINE = re.compile(
    r"(?:\s+[\w'’.-]+){0,4}?\s+(?:(?:one|two|three|four|five|six|seven|ten|\d+|a|an)\s+"
    r"(?:more\s+)?(?:days?|weeks?|months?|hours?)|a\s+deadline|until\s+\w+)"
    r"(?:\s+[\w,]+){0,3}?\s+to\s+[a-z]",
    re.IGNORECASE,
)


def welcomes_guest(
    text: str, kind: str, t_start: int, pairs: list[tuple[Hit, Hit]], kinds: dict[str, str]
) -> bool:
    """Welcoming a person ("welcomed Russian President Vladimir Putin in Ulaanbaatar") is
    hosting them (CAMEO 043); welcoming a decision or a step is support (051)."""
    return (
        kind == "SUPPORT"
        and _WELCOMING.match(text, t_start) is not None
        and bool(pairs)
        and any(kinds.get(target.actor) == "person" for _, target in pairs)
    )


_WELCOMING = re.compile(r"welcom", re.IGNORECASE)


def lets_in(text: str, kind: str, t_end: int) -> bool:
    """Letting inspectors, monitors or aid in ("allowed IAEA inspectors into the country")
    is allowing international involvement (CAMEO 086, PLOVER RETREAT)."""
    return kind == "CONCEDE" and _LETTING_IN.match(text, t_end) is not None


_LETTING_IN = re.compile(
    r"(?:\s+[\w'’.&-]+){0,6}?\s+(?:inspectors|monitors|observers|peacekeepers|investigators"
    r"|aid\s+workers|aid|humanitarian\s+aid)\s+(?:in|into|to|back)\b",
    re.IGNORECASE,
)


def blocks_decision(text: str, kind: str, t_start: int) -> bool:
    """Blocking what a body would decide or say ("blocked an EU statement", "blocked
    Sweden's membership") rejects it, a veto (CAMEO 12); blocking a road or a convoy coerces."""
    return kind == "COERCE" and _BLOCKING_DECISION.match(text, t_start) is not None


_BLOCKING_DECISION = re.compile(
    r"block(?:s|ed|ing)?\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:statements?|resolutions?|declarations?|proposals?|bids?|motions?|decisions?|package"
    r"|accession|membership|nominations?|appointments?|candidacy|agreements?|deals?|plans?"
    r"|measures?|reforms?|vote|votes)\b",
    re.IGNORECASE,
)


#: "from" before a body's name, with at most a few words between ("from the regional bloc").
_FROM_BODY = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")


#: Types of a verb sending forces (the lexicon files "dispatch warships" as cooperation).
SENDING = frozenset({"MOBILIZE", "COOPERATE", "AID"})


def shown_force(text: str, kind: str, t_end: int) -> bool:
    """Forces sent "to monitor", "to shadow", "to intercept" someone, or around or near
    them: a show of force to them (MOBILIZE), whatever type the lexicon gave the sending."""
    return kind in SENDING and (
        WATCH_AFTER.match(text, t_end) is not None or _FORCES_AROUND.match(text, t_end) is not None
    )


#: Armed forces, then "around", "near" or "off" a name: "sent warplanes and warships around
#: Taiwan"; not "sent aid to Taiwan", which is aid.
_FORCES_AROUND = re.compile(
    r"(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+(?:warplanes|warships|jets|aircraft|bombers|troops|ships"
    r"|vessels|drones|submarines|destroyers|carriers|forces|tanks|missiles)"
    r"(?:\s+(?!to\b)[\w'’-]+){0,3}?\s+(?:around|near|off|close to|toward|towards)\s+"
    r"(?:the\s+)?(?:(?:coast|shores|waters|island)\s+of\s+)?[A-Z]"
)


def watches(text: str, t_start: int, mobilized_end: int) -> bool:
    """The trigger is the aim of a show of force just before it ("dispatched warships to
    monitor the PLA"): no act of its own."""
    found = _WATCH.match(text, t_start - 4)
    return found is not None and 0 < t_start - mobilized_end <= _AIM_REACH


#: How far after a show of force its aim may stand (characters).
_AIM_REACH = 60
#: Forces sent to watch or deter someone are shown to them: "to monitor", "to shadow".
_WATCH = re.compile(
    r" to (?:monitor|shadow|track|deter|counter|intercept|confront|warn)\s+(?:the\s+)?"
)
#: The forces sent, then their aim: " jets and warships to monitor the".
WATCH_AFTER = re.compile(rf"(?:\s+(?!to\b)[\w'’-]+){{1,5}}?{_WATCH.pattern}")
#: A mediation's agent: "a deal brokered by China", "talks mediated by Qatar".
_MEDIATED = re.compile(r"\b(?:brokered|mediated|facilitated)\s+by\s+(?:the\s+)?$", re.I)


def mediator(text: str, hit: Hit) -> bool:
    """The name is who brokered or mediated what the sentence tells: a party to neither
    side's act, but one that met each (CAMEO 045)."""
    start = max(0, hit.start - 30)
    # Most names have no "by" before them, and need no search.
    return (
        "by" in text[start : hit.start].lower()
        and _MEDIATED.search(text, start, hit.start) is not None
    ) or _MEDIATING.match(text, hit.end) is not None


#: "with Norway acting as mediator", "Qatar, the mediator,": the name's role, after it.
_MEDIATING = re.compile(
    r"(?:,\s+(?:the|a|which|who)|\s+(?:acting|serving))?\s+as\s+(?:a\s+|the\s+)?"
    r"(?:mediators?|brokers?|facilitators?|guarantors?)\b",
    re.IGNORECASE,
)


#: What may follow a recipient named alone ("to Haiti on Tuesday", "to Haiti."): not a noun
#: it modifies ("to the Ukrainian border").
_ALONE_AFTER = re.compile(
    r"\s*(?:[,.;)]|$|\s(?:on|in|to|for|as|at|after|amid|and|last|this|next)\b)"
)


def sent_to(text: str, targets: list[Hit]) -> bool:
    """Every target is a state or group forces are sent to, named alone after "to" ("deployed
    police to Haiti"): event coders code that as aid (CAMEO 074), where a show of force
    around, near or at a border is a mobilisation."""
    return bool(targets) and all(
        RECIPIENT_BEFORE.search(text, max(0, h.start - 8), h.start)
        and _ALONE_AFTER.match(text, h.end)
        for h in targets
    )
