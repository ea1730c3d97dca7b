"""Which named actor near a trigger is its other side, read from the words around the name:
an object named by its kind ("battling the gunmen", "the country"), an armed group by the
positions it holds, a guest by a title, the people of a place by where they protest; and
which names are only what a deal or a fight is about, the part of a whole, the city where
two sides meet, the neighbour across a border, or the state that leads a body.  Asked of
the objects and subjects the roles pick, after ``parties`` has kept the names that take part.
"""

from __future__ import annotations

import re

from personae.store.ingest.act_frames import WAY_PAVED
from personae.store.ingest.actors import Hit
from personae.store.ingest.lexicon import GROUP_NAMED_AGAIN, words
from personae.store.ingest.owners import COMPANY_NOUNS
from personae.store.ingest.scan import holds, holds_any, holds_one_of, word_pattern

#: An object named by what it is, right after its verb: "battling the gunmen", "sanctions
#: on the country": the group or the state the sentence named before.
_REFERRED_AFTER = re.compile(
    r"(?:(?:\s+[\w-]+){0,3}?\s+(?:on|against|at|with|near|around|off)|\s+that)?"
    r"\s+(?:the|those|these)\s+"
    rf"(?:(?-i:[A-Z]?[a-z]+(?:-[a-z]+)?|[A-Z][A-Z.]+)\s+){{0,2}}?(?:(?P<group>{GROUP_NAMED_AGAIN})"
    r"|(?P<state>country|nation|kingdom|republic|regime|junta|military|army|armed\s+forces|island|(?-i:state)(?![\s-]+(?:oil|media|television|tv|news|firms?|compan(?:y|ies)"
    r"|energy|broadcaster|agency|run|owned|banks?|utility|enterprises?|news)\b))|(?P<body>bloc|alliance|organi[sz]ation|union|body|agency"
    rf"|watchdog|court)|(?P<company>{COMPANY_NOUNS}))\b",
    re.IGNORECASE,
)  # "accusing the Gulf state of", "called on the ruling junta", "ordered the U.S. company";
# "demanded that the group withdraw" (not "arguing that the court's obligations")
_OWNS = ("'s", "’s")
#: A state's neighbour right after the verb: "accusing its neighbour of hostile actions".
_ITS_NEIGHBOUR_AFTER = re.compile(r"\s+(?:its|their)\s+(?:[a-z]+\s+)?neighbou?rs?\b")
#: A leader's state named by its government: "Bogota accused his government of".
_HIS_GOVERNMENT_AFTER = re.compile(r"\s+(?:his|her)\s+(?:government|administration|regime)\b")
_REFERRED_KINDS = {
    "group": ("armed_group",),
    "state": ("state",),
    "body": ("organisation", "other"),
    "company": ("company",),
}


#: Right after an attack's verb, what an armed group holds, named by its fighters' noun:
#: "striking suspected guerrilla positions", "air strikes on rebel-held areas".
_GROUP_HELD_AFTER = re.compile(
    r"(?:\s+(?:on|against|at))?\s+(?:(?:the|suspected|several|their)\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:rebel|guerrilla|militant|insurgent|militia|jihadist|Islamist)(?:-held|-controlled)?"
    r"|opposition-(?:held|controlled))\s+"
    r"(?:[a-z]+\s+)?(?:positions|bases|targets|strongholds|hideouts|camps|areas|territory"
    r"|towns?|villages?|port|city|fighters)\b"
)


def group_held(
    text: str, t_end: int, actors: list[Hit], kinds: dict[str, str], subjects: list[Hit]
) -> Hit | None:
    """The armed group whose positions an attack strikes ("retaliated by striking suspected
    guerrilla positions in southern Lebanon": Hezbollah's, named before; not Lebanon)."""
    if _GROUP_HELD_AFTER.match(text, t_end) is None:
        return None
    doers = {h.actor for h in subjects}
    groups = {h.actor for h in actors if kinds.get(h.actor) == "armed_group"} - doers
    if len(groups) != 1:
        return None  # none, or two: whose the positions are is not told
    return next(h for h in reversed(actors) if h.actor in groups)


def referred_object(
    text: str, t_end: int, actors: list[Hit], kinds: dict[str, str], subjects: list[Hit]
) -> Hit | None:
    """The armed group or state an object named by its kind refers to: the last such actor
    named before the trigger, not one of its subjects; None when no object is so named."""
    found = _REFERRED_AFTER.match(text, t_end)
    if found is not None and found[0].startswith(" that") and text.startswith(_OWNS, found.end()):
        return None  # "arguing that the court's obligations conflicted": the court is no object
    neighbour = found is None and _ITS_NEIGHBOUR_AFTER.match(text, t_end) is not None
    if neighbour and not all(kinds.get(h.actor) == "state" for h in subjects):
        return None  # "accusing its neighbour": a state's neighbour, said of a state
    if found is None and not neighbour and _HIS_GOVERNMENT_AFTER.match(text, t_end) is None:
        return None
    wanted = _REFERRED_KINDS[found.lastgroup or "state"] if found else ("state",)
    doers = {h.actor for h in subjects}
    return next(
        (
            h
            for h in reversed(actors)
            if h.end <= t_end and kinds.get(h.actor) in wanted and h.actor not in doers
        ),
        None,
    )


#: A group named again by its noun, as subject: "the group fired", "the militia has seized".
_GROUP_ANAPHOR = re.compile(
    r"\bthe\s+(?:group|militia|movement|militants|insurgents|rebels|jihadists"
    r"|(?:rebel|militant|insurgent|guerrilla)\s+(?:leadership|leaders|command))\s+"
    r"(?:(?:has|have|had|was|were|later|then|also|\w+ly)\s+){0,2}"
    r"(?:(?:responded|retaliated|reacted)\s+by\s+)?$",
    re.IGNORECASE,
)


def group_named_again(
    text: str, t_start: int, actors: list[Hit], kinds: dict[str, str]
) -> Hit | None:
    """The armed group or state a subject named by its noun refers to: "after the group fired
    rockets", the last armed group named before; ", and the country has since refused", the
    state the sentence opened with. None when the subject is not so named."""
    if (
        holds_any(text, _GROUP_NOUNS)
        and _GROUP_ANAPHOR.search(text, max(0, t_start - 40), t_start) is not None
    ):
        named = [h for h in actors if h.end <= t_start and kinds.get(h.actor) == "armed_group"]
        return named[-1] if named else None
    if _STATE_ANAPHOR.search(text, max(0, t_start - 50), t_start) is not None:
        first = actors[0] if actors else None
        return first if first is not None and kinds.get(first.actor) == "state" else None
    return None


#: A state named by its noun opening a clause of its own, as subject: ", and the kingdom said
#: it would", ", and the country has since refused".
#: A word every match of _GROUP_ANAPHOR holds one of: most articles name no such group.
_GROUP_NOUNS = tuple(words("group militia movement militant insurgent rebel jihadist guerrilla"))
_STATE_ANAPHOR = re.compile(
    r",\s+(?:and|but)\s+the\s+(?:kingdom|country|nation|emirate|republic|island\s+nation)\s+"
    r"(?:(?:has|have|had|also|since|later|then|\w+ly|said|says|would|will)\s+){0,4}"
    r"(?:(?:it|would|will)\s+){0,2}$",
    re.IGNORECASE,
)


#: A visit's word, then "to" right before the place visited ("a visit to Lima").
_VISIT_TO = re.compile(
    r"(?:visit\w*|trip|travell?(?:ed|ing)|flew|went|journeyed|delegation(?:\s+of\s+[^,.;]{1,50}?)?)"
    r"\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def visited(text: str, t_end: int, hit: Hit) -> bool:
    """The place is where a visit goes: "during a visit to Lima", "travelled to Banjul",
    "led a delegation of West African leaders to Banjul"."""
    return _VISIT_TO.search(text, max(0, t_end - 12), hit.start) is not None


def guest(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """A person, or a state's adjective or possessive before a title, an office or a name
    ("Syrian President", "Syria's President", "his Bangladeshi counterpart"): one received
    as a guest, not a thing received."""
    after = hit.end + 3 if text.startswith(("'s ", "’s "), hit.end) else hit.end + 1
    return (
        kinds.get(hit.actor) == "person"
        or text[after : after + 1].isupper()
        or _OFFICE_AFTER.match(text, after) is not None  # "his Bangladeshi counterpart"
    )


#: A visitor's office in lower case after a state's adjective: "counterpart", "foreign
#: minister", "delegation".
_OFFICE_AFTER = re.compile(
    r"(?:[a-z]+\s+){0,2}?(?:counterpart|leader|president|premier|prime\s+minister|minister"
    r"|chancellor|king|emir|envoy|delegation|ambassador|head\s+of\s+state)\b"
)


#: A deal's or a talk's subject matter named before a name: "an accord on Palestinian
#: self-rule", "talks on Iran's nuclear programme", "an agreement to start returning
#: Rohingya refugees".
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:agreements?|accords?|deals?|declarations?(?:\s+of\s+principles)?|pacts?|treat(?:y|ies)"
    r"|talks|negotiations|consensus|memorand(?:um|a)(?:\s+of\s+understanding)?|framework)"
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:on|over|about|regarding))"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}$",
    re.IGNORECASE,
)
#: A word every match of _TOPIC_BEFORE holds one of.
_DEAL_WORDS = word_pattern(
    "agreement", "accord", "deal", "declaration", "pact", "treat", "talks", "negotiations",
    "consensus", "memorand", "framework",
)  # fmt: skip
#: What a deal is to do, before the people it is done to: "to start returning Rohingya".
_PURPOSE_BEFORE = re.compile(
    r"\bto\s+(?:(?:start|begin)\s+)?(?-i:[a-z]+)\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}$"
)


#: What a deal opens the way to, before a name: "paving the way for Namibian independence".
_WAY_PAVED_BEFORE = re.compile(WAY_PAVED + r"(?:for|to)\s+(?:[\w'’-]+\s+){0,4}$")


def topic_of_deal(text: str, t_end: int, hit: Hit, kinds: dict[str, str]) -> bool:
    """The name after a deal's or a talk's word is what it is about ("signed an accord on
    Palestinian self-rule"), no party to it, and so are people a deal is to do something to
    ("agreed to start returning Rohingya refugees"), though a state or body named so is
    its counterpart ("agreed to sell arms to Venezuela"), nor what it opens the way to
    ("paving the way for Namibian independence")."""
    low = max(0, hit.start - 80)
    topic = holds_one_of(text, _DEAL_WORDS, low, hit.start) and (
        _TOPIC_BEFORE.search(text, low, hit.start) is not None
    )  # most names have no deal's word before them to search
    return (
        topic
        or (
            kinds.get(hit.actor) not in ("state", "organisation")
            and _PURPOSE_BEFORE.search(text, max(t_end, hit.start - 80), hit.start) is not None
        )  # the deal's word may be the trigger itself ("an accord on Saharan fisheries")
        or _WAY_PAVED_BEFORE.search(text, max(t_end, hit.start - 70), hit.start) is not None
    )


#: A fight's or a quarrel's stake named before a name: "fighting erupted over
#: Nagorno-Karabakh", "the row over the breakaway region of South Ossetia".
_FOUGHT_OVER_BEFORE = re.compile(
    r"\b(?:fighting|war|clashes|conflict|dispute|row|standoff|tensions?|battles?)"
    r"(?:\s+[\w'’-]+){0,3}?\s+over\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}$",
    re.IGNORECASE,
)


def fought_over(text: str, hit: Hit) -> bool:
    """The name is what a fight or a quarrel is about, no side of it."""
    low = max(0, hit.start - 80)
    # Asked of every object of every trigger: most have no "over" before them to search.
    return (
        holds(text, "over", low, hit.start)
        and _FOUGHT_OVER_BEFORE.search(text, low, hit.start) is not None
    )


#: A state's part named after it: "Georgia's breakaway regions of Abkhazia and South
#: Ossetia", "Moldova's separatist region of Transnistria".
_PART_OF_AFTER = re.compile(
    r"['’]s?\s+(?:(?:breakaway|separatist|rebel|disputed|autonomous|occupied|northern|southern"
    r"|eastern|western)\s+)?(?:regions?|provinces?|republics?|territor(?:y|ies)|enclaves?)"
    r"\s+of\s+[A-Z]"
)


def whole_of_part(text: str, hit: Hit) -> bool:
    """The name owns the part of it named right after ("Georgia's breakaway regions of
    Abkhazia"): the part is what is acted on, not the whole."""
    return _PART_OF_AFTER.match(text, hit.end) is not None


#: "in", "at" and a capital's or a city's article, right before a name: where.
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:capital|city)\s+(?:of\s+)?)?$"
)


def venue_of(text: str, hit: Hit) -> bool:
    """The name is where two sides act together, named by a city ("signed an agreement in
    Jeddah", "resumed talks in the Qatari capital Doha"), not a third side: a city stands
    for its state only as a party's own name ("Beijing said")."""
    return (
        text[hit.start : hit.end] != hit.actor
        and _VENUE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
    )


#: "border with" right before a name: the neighbour a show of force faces.
_BORDER_WITH = re.compile(r"\b(?:borders?|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def bordering(text: str, hit: Hit) -> bool:
    """The name is the neighbour across a border ("troops along its border with China",
    "exercises near its border with Guyana"): what forces massed there face."""
    return _BORDER_WITH.search(text, max(0, hit.start - 20), hit.start) is not None


#: Right before where something is: "in Bamako".
_IN_BEFORE = re.compile(r"\bin\s+$")


def protesters_of(
    text: str, target: Hit, named: list[Hit], kinds: dict[str, str], high: int
) -> list[Hit]:
    """Protesters no name tells: the people of the place named after what they protest at
    ("protesters marched on the French embassy in Bamako": Mali's), as its state's."""
    return [
        h
        for h in named
        if target.end < h.start < high
        and kinds.get(h.actor) in ("place", "state")
        and _IN_BEFORE.search(text, max(0, h.start - 4), h.start)
    ][:1]


#: A state's adjective leading a body named right after it: "the Russian-led CSTO".
_LED_BEFORE_NAME = re.compile(
    r"-(?:led|backed|sponsored|dominated)\s+"
    r"(?:(?!(?:on|in|at|to|for|from|after|before|by|with|over|near|since|last|this)\b)"
    r"[a-z][\w-]*\s+){0,2}[A-Z]"
)  # not "the Saudi-led coalition on Wednesday": the coalition, the Saudis' own


def leads_body(text: str, hit: Hit) -> bool:
    """The state's adjective only leads the body named after it ("the Russian-led CSTO")."""
    return _LED_BEFORE_NAME.match(text, hit.end) is not None
