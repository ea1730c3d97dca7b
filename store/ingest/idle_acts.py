"""Trigger words that tell no act of the news where they stand: who someone is ("visited
jailed PKK leader Abdullah Ocalan"), the crimes a charge lists ("charged with treason and
rape"), what people flee ("fleeing fighting in Myanmar"), talks at a standstill ("reviving
stalled talks"), a crowd gathered ("as they gathered for a prayer meeting"), a riposte told
by its means ("hit back by recalling"), papers served ("served with an indictment"), a
meeting one is invited to ("invited his counterpart to visit"), a protest called off
("called off a two-day strike") and what a bar stops ("barring Huawei from buying")."""

from __future__ import annotations

import re

from personae.store.ingest.lexicon import CALLING_OFF, PROTEST_NOUNS, words

#: Right before a status that describes whom it names: "visited| jailed PKK leader", "the|
#: jailed activist", "release of| detained protesters".
_HOLDING_STATUS_BEFORE = re.compile(
    r"\b(?:the|a|an|of|with|for|to|visited|visiting|met|meeting|freed|released|including)\s+$",
    re.IGNORECASE,
)
#: Goods told by where they come from: "vehicles| imported from China".
_GOODS_MOVED = frozenset(
    words("imported exported shipped produced manufactured made sourced smuggled")
)
_GOODS_BEFORE = re.compile(r"\b[a-z]+s\s+$")
_FROM_AFTER = re.compile(r"\s+(?:from|in)\s")
#: Lines on a map whose meeting is told: "where the borders of Thailand, Cambodia and Laos|
#: meet".
_BORDERS_BEFORE = re.compile(
    r"\b(?:borders|frontiers|boundaries|rivers|roads|highways|railways)\b[^.;]{0,70}$"
)
#: A way between places, right before what it links: "the bridge| linking".
_WAY_BEFORE = re.compile(
    r"\b(?:bridge|road|highway|motorway|railway|rail\s+line|pipeline|tunnel|corridor|cable"
    r"|canal|ferry|route|line)s?\s+(?:that\s+|which\s+)?$"
)
#: What a pact or a guarantee covers, right before the noun: "covers armed| attacks".
_COVERS_BEFORE = re.compile(r"\bcover(?:s|ed|ing)?\s+(?:[a-z]+\s+)?$")
#: A captivity told of the people freed, right before the participle: "freed 20 Sri Lankan
#: soldiers| held captive", "releasing the hostages| kidnapped in May".
_FREED_BEFORE = re.compile(
    r"\b(?:free|frees|freed|freeing|release|releases|released|releasing)\s+"
    r"(?:[\w'’-]+\s+){0,5}?[a-z]+s\s+$",
    re.IGNORECASE,
)
_CAPTIVITY = frozenset(
    words("held detained jailed imprisoned captured kidnapped abducted seized taken")
)
#: Crimes a charge names.
_CRIMES = frozenset(
    words("rape murder murders assault kidnapping kidnappings torture abduction massacre killing")
)
#: A charge and the crimes it lists before the last: "charged with treason and| rape",
#: "charged opposition leader Kizza Besigye with treason and| rape".
_CHARGED_WITH_BEFORE = re.compile(
    r"\b(?:charged|charges|convicted|guilty|indicted)\b[^.;]{0,80}?\b(?:with|of|for|on)\s+"
    r"(?:[a-z-]+(?:,\s+|\s+and\s+|\s+))*$",
    re.IGNORECASE,
)
#: Talks at a standstill, right before their noun: "stalled nuclear| talks" (not once
#: "resumed": going on again).
_STALLED_BEFORE = re.compile(
    r"(?<!resumed )(?<!resume )(?<!resuming )(?<!restarted )(?<!reopened )"
    r"\b(?:stalled|deadlocked|suspended|frozen|moribund|collapsed|long-stalled)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
#: What a crowd gathers for or where: "gathered| for a prayer meeting", "gathered| outside".
_GATHERED_FOR = re.compile(r"\s+(?:for|to|in|at|outside|near|on|around)\b")
#: A riposte told by its means: "hit back| by recalling".
_BACK_BY = re.compile(r"\s+back\s+(?:on\s+\w+\s+)?by\s+[a-z]+ing\b")
#: What people flee or are displaced by.
_FLED_WORDS = frozenset(words("fighting violence clashes war attacks bombing bombings shelling"))
_FLEEING_BEFORE = re.compile(
    r"\b(?:flee(?:s|ing)?|fled|escap(?:e|es|ed|ing)|displaced\s+by|uprooted\s+by)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
#: A serving, then what is served: "served Jacob Zuma with an| indictment".
_SERVED_BEFORE = re.compile(
    r"\bserv(?:e|es|ed|ing)\b[^.;]*\bwith\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE
)

#: An invitation, then the meeting it asks to: "invited his Peruvian counterpart to| visit",
#: "invited leaders of the union to| talks" (the invitation is the act: verbs.INVITED_TO_MEET).
_INVITED_TO_BEFORE = re.compile(
    r"\binvit(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){0,8}?to\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)

#: A bar, then the act it stops, right before that gerund: "barring the Chinese telecoms
#: giant from| buying American components" (what a sentence punishes: convicted_of).
_BARRED_FROM_BEFORE = re.compile(
    r"\b(?:barr|bann|prohibit)\w*\b[^.;]{0,80}?\bfrom\s+$", re.IGNORECASE
)
#: A protest called off, right before its noun: "called off a two-day national| strike".
_CALLED_OFF_BEFORE = re.compile(
    rf"\b{CALLING_OFF}\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE
)
_PROTEST_NOUN = re.compile(PROTEST_NOUNS)
#: A share of votes or seats given by a count: "gave| Andrés Morales 50.6% of the vote".
_VOTE_SHARE_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,5}?(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
    r"(?:votes?|ballots|seats)|an?\s+[\w.-]+[- ]point\s+lead)\b"
)


def told_around(text: str, word: str, start: int, end: int) -> bool:
    """The trigger ``word`` (lower case, at ``start``-``end``) only describes someone or
    names what another act is about: no act of its own (idle_triggers.compound_noun)."""
    return (
        (  # "visited jailed PKK leader Abdullah Ocalan": who he is, no jailing
            word in ("jailed", "imprisoned", "detained")
            and _HOLDING_STATUS_BEFORE.search(text, max(0, start - 12), start) is not None
        )
        or (  # "tariffs on electric vehicles imported from China": where goods come from
            word in _GOODS_MOVED
            and _GOODS_BEFORE.search(text, max(0, start - 30), start) is not None
            and _FROM_AFTER.match(text, end) is not None
        )
        or (  # "where the borders of Thailand, Cambodia and Laos meet": lines, no meeting
            word in ("meet", "meets")
            and _BORDERS_BEFORE.search(text, max(0, start - 80), start) is not None
        )
        or (  # "the bridge linking Ciudad del Este with Foz do Iguacu": a road, no tie made
            word in ("link", "links", "linked", "linking")
            and _WAY_BEFORE.search(text, max(0, start - 30), start) is not None
        )
        or (  # "the treaty covers armed attacks on Philippine vessels": what a pact covers
            word in ("attack", "attacks")
            and _COVERS_BEFORE.search(text, max(0, start - 24), start) is not None
        )
        or (  # "freed 20 soldiers held captive for two years": who was freed, no capture now
            word in _CAPTIVITY and _FREED_BEFORE.search(text, max(0, start - 90), start) is not None
        )
        or (  # "was charged with treason and rape": the charge's crime, no act of the news
            word in _CRIMES
            and _CHARGED_WITH_BEFORE.search(text, max(0, start - 140), start) is not None
        )
        or (  # "300 Rohingya fleeing fighting in Myanmar": what they flee, no act of theirs
            word in _FLED_WORDS
            and _FLEEING_BEFORE.search(text, max(0, start - 40), start) is not None
        )
        or (  # "reviving stalled nuclear talks between Pyongyang and Washington": talks
            word in ("talks", "negotiations")  # that are not going on, no meeting
            and _STALLED_BEFORE.search(text, max(0, start - 30), start) is not None
        )
        or (  # "as they gathered for a prayer meeting": a crowd, meeting no one
            word.startswith("gather") and _GATHERED_FOR.match(text, end) is not None
        )
        or (word == "hit" and _BACK_BY.match(text, end) is not None)  # "Minsk hit back by
        # recalling its ambassadors": the recalling is the act
        or (  # "served Jacob Zuma with an indictment": the serving is the act
            word in ("indictment", "warrant", "summons", "subpoena", "writ")
            and _SERVED_BEFORE.search(text, max(0, start - 90), start) is not None
        )
        or (  # "barring Huawei from buying components": what is stopped, no act of the news
            word.endswith("ing")
            and _BARRED_FROM_BEFORE.search(text, max(0, start - 100), start) is not None
        )
        or (  # "called off a two-day national strike": the calling off is the act
            _PROTEST_NOUN.fullmatch(word) is not None
            and _CALLED_OFF_BEFORE.search(text, max(0, start - 60), start) is not None
        )
        or (  # "results gave Andrés Morales 50.6% of the vote": a count, no gift
            word in ("gave", "give", "gives", "giving")
            and _VOTE_SHARE_AFTER.match(text, end) is not None
        )
        or (  # "invited his counterpart to visit Santiago": a visit to come, if accepted
            text.find("nvit", max(0, start - 90), start) >= 0
            and _INVITED_TO_BEFORE.search(text, max(0, start - 90), start) is not None
        )
    )
