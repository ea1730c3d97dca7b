"""A state named only as what describes or owns another party: a group's adjective ("the
Pakistani Taliban"), a company's owner or description ("China's state-owned FAW Group",
"Chinese carmaker SAIC Motor", "the American chipmaker"). parties.py asks; the company or
the group is the party, the state none of its own.
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.cameo import acted_form
from personae.store.ingest.lexicon import ARMED_GROUP_NOUNS, words

#: Kinds of the groups a state's adjective may open the name of.
_GROUP_KINDS = frozenset({"armed_group", "organisation"})


def names_group(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """A state's adjective right before a group's name, or its description, is part of how
    the group is called ("the Pakistani Taliban", "Lebanese Hezbollah", "the Syrian Kurdish
    militia YPG"), as is a region's before a description ("the Basque separatist group
    ETA"): no party of its own."""
    if not following or kinds.get(following[0].actor) not in _GROUP_KINDS:
        return False
    described = _GROUP_DESCRIBED.fullmatch(text, hit.end, following[0].start)
    if described is None:
        return False
    if kinds.get(hit.actor) in ("place", "other"):  # "the Basque separatist group ETA": a
        return described[0] != " "  # region's word, with what the group is
    return (
        kinds.get(hit.actor) == "state"
        and text[hit.start : hit.end] != hit.actor  # an adjective, not "Iran Hezbollah"
    )


#: Between a state's adjective and the group's name: nothing, or what the group is ("the
#: Syrian| Kurdish militia |YPG").
_GROUP_DESCRIBED = re.compile(
    rf" (?:(?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:{ARMED_GROUP_NOUNS}|group|movements?|part(?:y|ies)),?"
    r" (?:the )?)?"
)  # "the main Hutu| rebel group, the |Forces for the Defence of Democracy"


#: What a company is called when named again: "the U.S. company", "the American chipmaker".
COMPANY_NOUNS = (
    "company|firm|giant|chipmaker|carmaker|automaker|lender|carrier|airline|conglomerate"
    "|retailer|miner"
)
#: A company's noun after a state's adjective: "the U.S. tech giant", "the American firm".
_COMPANY_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{COMPANY_NOUNS})\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def owns_next(text: str, hit: Hit, following: list[Hit], kinds: dict[str, str]) -> bool:
    """A state's possessive right before a company or a body named after it ("sell its
    assets to China's Sinopec", "China's state-owned FAW Group"), or right before a group
    ("Afghanistan's Taliban", "Egypt's Muslim Brotherhood"): the company or the group is
    the party, the state is not."""
    if not following or kinds.get(hit.actor) != "state":
        return False
    if kinds.get(following[0].actor) in ("armed_group", "organisation"):  # "Afghanistan's
        return text[hit.end : following[0].start] in ("'s ", "’s ")  # Taliban": the group
    return (
        kinds.get(following[0].actor) in ("company", "other")
        and (gap := _OWNED_GAP.fullmatch(text, hit.end, following[0].start)) is not None
        and all(_describes_company(word) for word in gap[0][3:].split())
        and _PLACE_NOUN_AFTER.match(text, following[0].end) is None  # "Yeonpyeong island"
    )


def _describes_company(word: str) -> bool:
    """A word of a company's description between its owner and its name: an adjective
    ("state-owned", "largest", "national") or a trade's noun ("gas monopoly"), not a verb
    ("China's regulator fined|") nor what the owner has ("Madagascar's membership unless|")."""
    if acted_form(word):
        return False  # "fined", not "leading"
    return "-" in word or word.endswith(_ADJECTIVE_ENDINGS) or word in _TRADE_WORDS


_ADJECTIVE_ENDINGS = ("ed", "est", "al", "ic", "ive", "ian", "ese", "ing")
_TRADE_WORDS = frozenset(
    words("""state gas oil energy steel arms telecoms tech mining monopoly giant firm company carrier
    airline bank group operator producer maker carmaker automaker chipmaker conglomerate lender
    retailer miner flagship main top biggest defence defense shipping nuclear power utility
    broadcaster news""")
)
#: A possessive and what describes the company owned: "China's state-owned| FAW Group",
#: "Russia's state gas monopoly| Gazprom".
_OWNED_GAP = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}")


#: A place's noun after its name: "South Korea's Yeonpyeong island" is the state's ground.
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:islands?|province|region|city|town|village|district|county|port|airport|base"
    r"|border|coast|peninsula|valley|area|enclave|field|facility|plant)\b",
    re.IGNORECASE,
)


def names_company(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """A state's adjective in a company's description ("the U.S. company", "the American
    chipmaker") or before its name ("Chinese carmaker SAIC Motor"): the company is the
    party, the state none of its own."""
    if kinds.get(hit.actor) != "state":
        return False
    described = _COMPANY_AFTER.match(text, hit.end)
    return described is not None and (
        _THE_BEFORE.search(text, max(0, hit.start - 5), hit.start) is not None
        or _NAME_AFTER.match(text, described.end()) is not None
    )
