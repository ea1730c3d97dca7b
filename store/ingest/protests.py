"""Protests a sentence tells without saying whom they are against, as event coders code them
(CAMEO 141-145): a group whose rally or strike a state's forces break up protests against
that state, and a group's own strike, march or sit-in is against the state the sentence
names; and a strike that stops work, not one that bombs (stops_work)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from personae.store.ingest.actors import Hit
from personae.store.ingest.affiliation import ARMED_KINDS
from personae.store.ingest.breaks import CLAUSE_BREAK, Breaks
from personae.store.ingest.groups import group
from personae.store.ingest.links import Link, states_named
from personae.store.model import Span

#: A march, not the month ("LAHORE, March 18", "held elections in March").
_MARCH = r"(?!(?-i:March)\b)march"
#: A protest the sentence tells, not one planned or a prayer meeting, nor a state's note
#: ("lodged a formal protest"): "during a rally", "as he led a march", "a general strike".
_PROTEST_WORDS = re.compile(
    r"\b(?<!planned )(?<!prayer )(?<!formal )(?<!diplomatic )(?<!strong )(?<!official )"
    rf"(?:rall(?:y|ies)|{_MARCH}(?:es|ed|ing)?|protest(?:s|ed|ing|ers)?"
    r"|demonstrat(?:ion|ions|ed|ing|ors)|(?:general |national |nationwide )strike|sit-ins?"
    r"|walkout)\b",
    re.IGNORECASE,
)
#: What police or troops do to a crowd: arrests, tear gas, beatings, dispersal.
_BREAKING_UP = re.compile(
    r"(?:arrest|detain|fire|beat|dispers|broke|break|round|clash|charg|shot|tear gas)",
    re.IGNORECASE,
)
#: Groups that protest: bodies, parties, unions, movements, their leaders and members.
_PROTESTING_KINDS = frozenset({"organisation", "other", "person"})


def protests_met(
    text: str, sentence: Span, links: Iterable[Link], kinds: dict[str, str], owners: dict[str, str]
) -> list[Link]:
    """A group whose rally, march or strike a state's police or troops break up ("Chilean
    police arrested dozens of members of the Democratic Alliance as the opposition coalition
    led a march") protests against that state, as event coders code it beside the arrests
    (33 of 41 such sentences of the read sets), when the sentence tells no protest of its own."""
    told = list(links)
    kinds_told = {link.type for link in told}
    if "PROTEST" in kinds_told or kinds_told.isdisjoint(("COERCE", "ASSAULT")):
        return []
    if _PROTEST_WORDS.search(text, sentence.start, sentence.end) is None:
        return []
    found: dict[tuple[str, str], Link] = {}
    for link in told:
        state = link.source if kinds.get(link.source) == "state" else owners.get(link.source)
        if (
            link.type not in ("COERCE", "ASSAULT")
            or link.negated
            or _BREAKING_UP.match(link.summary) is None
            or state is None
            or kinds.get(link.target) not in _PROTESTING_KINDS
            or owners.get(link.target) == state
        ):
            continue
        # against the state if the article names it, else against its police or troops
        against = state if kinds.get(state) == "state" else link.source
        found.setdefault(
            (link.target, against),
            Link(link.target, against, "PROTEST", link.evidence, "protested", confidence=0.45),
        )
    return list(found.values())


#: A protest a group holds: "began an indefinite strike", "staged a sit-in", "marched".
_PROTEST_HELD = re.compile(
    r"\b(?:(?:began|begun|begin|begins|beginning|staged?|staging|launched?|launching|held|hold"
    r"|holding|started?|starting|went\s+on|go\s+on|going\s+on|continued?|continuing|called"
    r"|mounted|organi[sz]ed|led|kept\s+up|resumed?|extended|extending|prolonged"
    r"|press(?:ed|es|ing)?(?:\s+on\s+with)?)\s+(?:an?\s+|their\s+|its\s+|his\s+|her\s+"
    rf"|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:strike|protest|{_MARCH}|rally|demonstration|sit-in|walkout)s?"
    r"|(?:marched|rallied|protested|demonstrated|picketed)(?!\s+(?:on|at|against)\s+\w)"
    # "supporters who blocked a highway outside Dhaka": a blockade of roads, a protest (CAMEO 144)
    r"|(?:blocked|blockaded|barricaded)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:roads?|highways?"
    r"|streets|bridges?|railways?|rail\s+lines?|junctions?|intersections?)"
    r"|went\s+on\s+strike)\b",
    re.IGNORECASE,
)
#: Protests told by whom they were held: "protests by Indian peasants", "a strike led by",
#: "protests led by opposition lawmaker" (the holder's title in lower case).
_PROTEST_BY = re.compile(
    r"\b(?:strikes?|protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?)\s+"
    r"(?:(?:led|organi[sz]ed|called|staged|held)\s+)?by\s+(?:the\s+)?"
    r"(?-i:[a-z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
_HOLDING_KINDS = frozenset({"organisation", "other", "person"})
#: Every protest _PROTEST_HELD and _PROTEST_BY read holds one of these.
_HELD_WORDS = (
    "strike",
    "protest",
    "march",
    "rall",
    "demonstrat",
    "sit-in",
    "walkout",
    "picket",
    "block",
    "barricad",
)
#: Strikes of arms, not of labour: "launched air strikes", "staged retaliatory strikes on".
_ARMED_STRIKE = re.compile(
    r"\b(?:air|missile|drone|rocket|artillery|military|retaliatory|pre-?emptive|precision"
    r"|aerial|nuclear|surgical|naval|bombing)\s"
    r"|strikes?\s+(?:on|at)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
    re.IGNORECASE,
)


def protests_held(
    text: str,
    piece: Span,
    lowered: str,
    sentence: Span,
    actors: list[Hit],
    links: Iterable[Link],
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """A group's own strike, march or sit-in that names no one it is against is against the
    state the sentence names (its authorities, its leader), as event coders code it (141-145):
    "Delegates of Britain's National Union of Mineworkers voted to continue their strike".
    ``lowered``: the piece lower-cased (most pieces name no protest: a cheap test first)."""
    if not any(word in lowered for word in _HELD_WORDS) or any(
        link.type == "PROTEST" for link in links
    ):
        return []
    found = _PROTEST_HELD.search(text, piece.start, piece.end)
    if found is not None and _ARMED_STRIKE.search(text, found.start(), found.end() + 12):
        found = None
    holders: list[Hit] = []
    if found is not None:
        before = [h for h in actors if h.end <= found.start()]
        if before and not CLAUSE_BREAK.search(text, before[-1].end, found.start()):
            holders = group(text, before[::-1])  # "GSEE and ADEDY, launched a strike": both
    if not holders:
        # "strikes called by the Awami League and the BNP": each
        holders = next(
            (
                group(text, [h for h in actors if h.start >= hit.start])
                for hit in actors
                if _PROTEST_BY.search(text, max(piece.start, hit.start - 40), hit.start)
            ),
            [],
        )
    sides = states_named(actors, kinds, owners, leaders=True)  # "the Thai government", "King
    # Gyanendra": no Thailand or Nepal named
    held: list[Link] = []
    for one in holders:
        if kinds.get(one.actor) not in _HOLDING_KINDS:
            continue
        own = owners.get(one.actor)
        if (
            kinds.get(one.actor) == "person"
            and own is not None
            and kinds.get(own, "state") == "state"
        ):
            continue  # a state's officer ("Barack Obama launched strikes"): no protester
        against = (
            sides[own] if own in sides else next(iter(sides.values())) if len(sides) == 1 else None
        )
        if against is not None and against != one.actor:
            held.append(Link(one.actor, against, "PROTEST", sentence, "protested", confidence=0.45))
    return held


#: A demand told by a participle: "demanding", "pressing for", "calling for".
_DEMANDING = re.compile(
    r"(?:demand(?:ing|s)?|press(?:ing|ed)\s+for|calling\s+for)\b", re.IGNORECASE
)


def protest_aim(text: str, protested: int, t_start: int, breaks: Breaks) -> bool:
    """Whether the demand at ``t_start`` is the aim of the protest that ended at
    ``protested``, told right after it in its clause ("marched through Caracas on Saturday
    demanding the release of political prisoners", "stormed the airport ..., as they pressed
    for"): four of the six such sentences of the read sets code the protest alone."""
    return (
        t_start - protested < 120
        and _DEMANDING.match(text, t_start) is not None
        and not breaks.between(protested, t_start)
    )


#: A strike that stops work, not one that bombs: "a general strike", "a nationwide strike",
#: "a 48-hour strike", "a month-long strike", "strike action".
_WORK_STOPPAGE = re.compile(
    r"\b(?:general|nationwide|national|labou?r|hunger|workers'?|rail|transport|indefinite"
    r"|warning|token|rolling|wildcat|teachers'?|miners'?|doctors'?|dockers'?"
    r"|[\w]+-(?:hour|day|week|month)(?:-long)?|(?:day|week|month)-long)\s+strikes?\b"
    r"|\bon\s+strike\b|\bstrike\s+action\b",
    re.IGNORECASE,
)  # "went on strike at its mines"
#: Strikes at a workplace, by those who work there ("strikes at plants run by General
#: Motors"), not by a state's forces ("strikes at Ukrainian ports").
_STRIKES_AT_WORK = re.compile(
    r"\bstrikes?\s+at\s+(?:[\w'’-]+\s+){0,3}?(?:plants?|factor(?:y|ies)|mines?|refiner(?:y|ies)"
    r"|offices|stores|warehouses)\b",
    re.IGNORECASE,
)


#: The name of a union or of workers: those who strike by stopping work.
_WORKERS_NAME = re.compile(
    r"\b(?:Unions?|Workers['’]?|Mineworkers|Teamsters|Confederation|Federation|Syndicate)\b"
)


def stops_work(
    text: str, trigger: tuple[int, int], pairs: list[tuple[Hit, Hit]], kinds: dict[str, str]
) -> bool:
    """A strike that stops work, not one that bombs (CAMEO 143)."""
    low, high = max(0, trigger[0] - 12), trigger[1] + 40
    if _WORK_STOPPAGE.search(text, low, high):
        return True
    if text.startswith(("struck", "strike"), trigger[0]) and any(
        _WORKERS_NAME.search(source.actor) for source, _ in pairs
    ):  # "the Auto Workers union struck General Motors' plants"
        return True
    return _STRIKES_AT_WORK.search(text, low, high) is not None and not any(
        kinds.get(source.actor) in ARMED_KINDS for source, _ in pairs
    )


#: A protest called off: "called off its general strike", "suspended their boycott", "call
#: off its week-long siege of Bangkok's two airports".
_PROTEST_CALLED_OFF = re.compile(
    r"(?:call\w*\s+off|suspend\w*|end\w*|abandon\w*)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|protests?|boycotts?|marches|march|sit-ins?|demonstrations?|blockades?|sieges?"
    r"|occupations?)\b",
    re.IGNORECASE,
)


def protest_called_off(text: str, t_start: int) -> bool:
    """The trigger calls off a protest of its subject's ("called off its general strike"):
    a concession, no ties cut."""
    return _PROTEST_CALLED_OFF.match(text, t_start) is not None
