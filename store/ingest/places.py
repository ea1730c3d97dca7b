"""Discovered names that are places by their own words: seas, regions, features of the land
("the Arabian Sea", "the Strait of Hormuz", "the eastern Ogaden"), which no gazetteer entry
settles: where things happen, not who acts; towns by their state, and the state a dateline
was filed from (``filed_from``)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from personae.store.ingest.candidates import Candidate
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, Match, load_gazetteer
from personae.store.ingest.lexicon import words
from personae.store.ingest.read import match_dateline

if TYPE_CHECKING:  # actors.py reads its places from here
    from personae.store.ingest.actors import Hit

#: The words that make a name a body of water, first or last ("the Arabian Sea", "Lake
#: Chad"): where things happen, whatever kind the name was given.
_WATER_WORDS = frozenset(words("Sea Ocean Gulf Strait Straits Bay Channel Lake"))
#: Last words of the names of seas, regions and other features of the land: places, which
#: no state's name tells ("the Arabian Sea", "the Rift Valley", "the Spratly Islands").
_FEATURE_WORDS = _WATER_WORDS | frozenset(
    words("""Seas Peninsula Desert Mountains Mountain Range River Islands Island Archipelago
    Basin Valley Coast Plateau Highlands Delta Plain Plains Corridor Region Shoal Reef Atoll
    Canal Dam Heights Hills Falls Strip Highway Bridge Crossing Pass Shrine Gap""")
)
#: First words of features named before their name ("Lake Victoria", "Mount Elgon").
_FEATURE_OPENERS = frozenset(words("Lake Mount Mt Cape"))
#: A settlement's or an area's noun before its name: "the town of X", "the coastal city of X".
_SETTLEMENT_BEFORE = re.compile(r"\b(?:city|town|village|port|region|province|district) of $")
#: An area's or a landmark's noun after its name: "the X region", "the Dnipro river", "the
#: Yasukuni war shrine" (one word may stand between).
_AREA_AFTER = re.compile(
    r"(?: [a-z]+(?:-[a-z]+)?)? (?:region|province|district|governorate|county|river|shrine|dam|airport"
    r"|oilfield|crossing|camp|enclave|oblast|prefecture|airbase|valley)\b"
)
#: A compass word before a name says where it lies: "the eastern Aegean", "northern Rakhine".
_COMPASS_BEFORE = re.compile(
    r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central) $"
)


SUBDIVISIONS_PATH = Path(__file__).resolve().parents[2] / "assets" / "subdivisions.json"
TOWNS_PATH = SUBDIVISIONS_PATH.with_name("towns.json")
#: A subdivision's noun after its name: "Borno state", "Paktika province".
_SUBDIVISION_AFTER = re.compile(
    r" (?:state|province|region|district|governorate|oblast|county|department|prefecture)\b"
)
#: A subdivision's noun and "of" before its name: "the southern Mexican state of Chiapas".
_SUBDIVISION_OF_BEFORE = re.compile(
    r"\b(?:state|province|region|district|governorate|oblast|county|department|prefecture"
    r"|city|town|port)\s+of\s+$"  # "the southern city of Kherson": a region's seat
)
#: Before a name, a preposition that says it is where something happens: "in Borno", "in
#: northern Rakhine" (a compass word alone is _COMPASS_BEFORE's).
_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|across|outside|from|into)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?$"
)


def fold(name: str) -> str:
    """A place's name as compared: no accents, lower case, "-" as a space ("Paktīkā",
    "North-West" are "paktika", "north west"); a Ukrainian oblast's noun dropped."""
    plain = (  # ASCII decomposes into itself: most names need no normalising
        name
        if name.isascii()
        else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    )
    return " ".join(plain.lower().replace("-", " ").removesuffix(" oblast").split())


@cache
def _subdivisions() -> dict[str, str]:
    names: dict[str, str] = orjson.loads(SUBDIVISIONS_PATH.read_bytes())["names"]
    return names


def subdivision_state(cand: Candidate, text: str) -> str | None:
    """The state a discovered name is a province or region of ("Borno state", "in North
    Darfur"), by ISO 3166-2, when a mention says it is a place (its noun after it, "in"
    before it) or its name has several words."""
    state = _subdivisions().get(fold(cand.name))
    if state is None or (len(cand.tokens) == 1 and cand.tokens[0] in _PLAIN_GEOGRAPHY):
        return None  # "war in the Gulf" is no province of Papua New Guinea
    if len(cand.tokens) > 1 or any(_placed(text, start, end) for start, end in cand.spans):
        return state
    return None


@cache
def _towns() -> dict[str, str]:
    names: dict[str, str] = orjson.loads(TOWNS_PATH.read_bytes())["names"]
    return names


#: A piece of ground or a site named after a name nothing else settles: "the Kargil heights",
#: "the Abqaiq oil processing plant", "the Ras Tanura oil terminal", "Manama's Pearl
#: roundabout".
GROUND_AFTER = re.compile(
    r" (?:[a-z]+ ){0,2}(?:heights|hills|mountains|valley|desert|plains?|pass|plateau|roundabout"
    r"|airport|air ?base|refinery|oil ?field|gas ?field|dam|crossing|checkpoint|border post"
    r"|enclave|district|province|region|peninsula|processing plant|power plant|terminal"
    r"|power station|nuclear facility)\b"
)
#: A settlement's noun before its name: "the town of Bambari", "the northern city of Jos".
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:town|city|village|port|capital)\s+of\s+$")


def known_town(name: str) -> str | None:
    """The state of a town of the towns list by its name alone (a dateline's place)."""
    return _towns().get(fold(name))


def town_state(cand: Candidate, text: str) -> str | None:
    """The state of a town no lexicon names (GeoNames' towns of 15,000 people or more, see
    tests/tools/build_towns.py), when a mention says it is a place: "clashes in Jos",
    "the town of Bambari", or the dateline names it ("VUKOVAR, Croatia - ... the first visit
    to Vukovar").  A name alone may be anyone's ("Nice", "Bath")."""
    state = known_town(cand.name)
    if state is None:
        return None
    if _DATELINE_TOWN.match(text, len(cand.name)) and text.startswith(cand.name.upper()):
        return state
    for start, end in cand.spans:
        if (
            _placed(text, start, end)
            or _SETTLEMENT_OF_BEFORE.search(text, max(0, start - 24), start)
            or (not text.endswith(("'s ", "’s "), 0, start) and GROUND_AFTER.match(text, end))
        ):  # "the Kargil heights", but not "Manama's Pearl roundabout": the town's own
            return state
    return None


#: After the town that opens a dateline: "VUKOVAR|, Croatia", "JOS| (Reuters)".
_DATELINE_TOWN = re.compile(r",| \(")


def named_as_province(text: str, start: int, end: int) -> bool:
    """Whether a known name is a province's where it stands ("raids in the Basque Country
    and Navarre"): the lexicon's one-word companies share names with provinces."""
    return fold(text[start:end]) in _subdivisions() and _placed(text, start, end)


def _placed(text: str, start: int, end: int) -> bool:
    """A mention that says it is a place: a subdivision's noun after it or "state of"
    before it, "in" or a compass word before it, or "in X and" before it."""
    return bool(
        _SUBDIVISION_AFTER.match(text, end)
        or _SUBDIVISION_OF_BEFORE.search(text, max(0, start - 24), start)
        or _WHERE_BEFORE.search(text, max(0, start - 24), start)
        or _COMPASS_BEFORE.search(text, max(0, start - 16), start)
        or _IN_PLACE_AND.search(text, max(0, start - 40), start)
    )


#: "in the Basque Country and " before a name: the second of two places.
_IN_PLACE_AND = re.compile(r"\bin (?:the )?(?:[A-Z][a-z]+ ){1,3}and $")


def water(name: str) -> bool:
    """A name of a sea, a gulf, a strait or a lake ("the Arabian Sea", "Strait of Hormuz")."""
    name_words = name.split()
    return bool(name_words) and (
        name_words[-1] in _WATER_WORDS or name_words[0] in _WATER_WORDS or name in _SEAS
    )


#: Seas news names without the word "Sea": "tensions in the Aegean".
_SEAS = frozenset(
    words("Aegean Mediterranean Adriatic Caspian Baltic Arctic Atlantic Pacific Gulf")
)
_COMPASS_WORDS = frozenset(words("North South East West Northern Southern Eastern Western"))
#: One-word province names that are plain words of geography in news copy ("the Gulf").
_PLAIN_GEOGRAPHY = (
    _FEATURE_WORDS | _COMPASS_WORDS | frozenset(words("Central Centre Coast Capital"))
)


def natural_place(cand: Candidate, text: str) -> bool:
    """A sea, a region, a feature of the land, a town: a place by its last word ("Arabian
    Sea", "Aouzou Strip") or as a sea named alone ("the South Atlantic"), by its first before "of" ("Strait of Hormuz") or before a name ("Lake Chad"), by a
    compass word before a mention ("the eastern Aegean"), or by a settlement's or area's noun
    before or after it ("the town of X", "the X region")."""
    name_words = cand.tokens
    if name_words[-1] in _SEAS and all(w in _COMPASS_WORDS for w in name_words[:-1]):
        return True  # "the Mediterranean", "the South Atlantic"
    if len(name_words) > 1 and (
        name_words[-1] in _FEATURE_WORDS
        or (name_words[0] in _FEATURE_WORDS and name_words[1] == "of")
        or name_words[0] in _FEATURE_OPENERS
    ):
        return True
    return any(
        _COMPASS_BEFORE.search(text, max(0, start - 16), start) is not None
        or _SETTLEMENT_BEFORE.search(text, max(0, start - 12), start) is not None
        or _AREA_AFTER.match(text, end) is not None
        for start, end in cand.spans
    )


#: An attack's noun after a name and at most two words: "a Berlin discotheque bombing".
_ATTACK_AFTER = re.compile(
    r"(?: (?!(?:of|the|for|in|on|a|an|with|to|and|over)\b)[a-z]+){0,2} (?:bombings?|attacks?"
    r"|blasts?|massacres?|sieges?|shootings?|explosions?)\b"
)


def attack_site(text: str, hit: Hit, kinds: dict[str, str]) -> bool:
    """A city or a place naming where an attack was ("a Berlin discotheque bombing", "the
    Paris attacks", "the Lockerbie bombing"): no attacker, where a state's adjective ("a
    Russian missile attack") names one."""
    kind = kinds.get(hit.actor)
    if kind not in ("state", "place", "other") or _ATTACK_AFTER.match(text, hit.end) is None:
        return False
    if kind == "place":
        return True
    if kind == "other":  # "the Lockerbie bombing": a town no lexicon knows (not "the JNIM
        surface = text[hit.start : hit.end]  # attack", a group's initials)
        return not surface.isupper() and text.endswith(("the ", "The "), 0, hit.start)
    entry = load_gazetteer().lookup(text[hit.start : hit.end])
    return entry is not None and text[hit.start : hit.end] in entry.metonyms


def site_of_killing(text: str, hit: Hit, following: list[Hit]) -> bool:
    """A city named as where an attack struck, before the ones it killed ("a drone strike
    near Baghdad airport killed Iranian commander X", "blew himself up at the gates of Kabul
    airport, killing 13 U.S. service members"): where, no one the attack was aimed at."""
    return (
        bool(following)
        and following[0].actor != hit.actor
        and _SITE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
        and _KILLING.search(text, hit.end, following[0].start) is not None
    )


#: Where an attack struck, before a place's name: "near", "at the gates of".
_SITE_BEFORE = re.compile(
    r"\b(?:at|near|outside)\s+(?:the\s+)?(?:(?:gates?|entrance)\s+(?:of|to)\s+)?$"
)
_KILLING = re.compile(r"\bkill(?:ed|ing)\b")


#: The combining forms of states' names, before a hyphen and another state's name or adjective:
#: "a Franco-German brigade", "the Sino-Soviet split" (never "Indo-Pacific", "Anglo-Saxon":
#: what follows them names no state).
_COMBINING_FORMS = {
    "Anglo": "United Kingdom",
    "Austro": "Austria",
    "Franco": "France",
    "Greco": "Greece",
    "Indo": "India",
    "Italo": "Italy",
    "Luso": "Portugal",
    "Russo": "Russia",
    "Sino": "China",
    "Turco": "Turkey",
}
_COMBINING_BEFORE = re.compile(r"\b([A-Z][a-z]+o)-$")


def combined_with(text: str, start: int) -> tuple[int, str] | None:
    """Where a state's combining form before the state named at ``start`` begins, and the
    state it names: (0, "France") for "Franco-German"; None if no such form is there."""
    found = _COMBINING_BEFORE.search(text, max(0, start - 10), start)
    if found is None or (state := _COMBINING_FORMS.get(found[1])) is None:
        return None
    return found.start(), state


#: Seats a state shares with an international body that news names by them ("Brussels"):
#: the body's in a story that names it, the state's in one that names only the state.
_SHARED_SEATS = {"Brussels": ("European Union", "Belgium")}


def seat_of_state(text: str, hit: Match, matches: list[Match]) -> str | None:
    """The state a body's seat stands for where the article names the state and never the
    body: "Iranian opposition groups accused Brussels" in a story on Belgium's parliament."""
    shared = _SHARED_SEATS.get(text[hit.start : hit.end])
    if shared is None or hit.entry.kind != "organisation":
        return None
    body, state = shared

    def of_body(entry: GazetteerEntry) -> bool:
        return body in (entry.name, entry.affiliation)

    others = [m.entry for m in matches if text[m.start : m.end] != text[hit.start : hit.end]]
    if any(of_body(e) for e in others) or not any(e.name == state for e in others):
        return None
    return state


#: A sentence that opens where it happens: "In Islamabad, ".
_OPENING_PLACE = re.compile(r"In ((?:[A-Z][\w'’.-]*\s?){1,3}), ")
#: Words of the generic names of a state's ministries, which many states' bodies share.
_GENERIC_BODY_WORDS = frozenset(
    words("Foreign Interior Defence Defense Finance Home Justice Health Office Ministry Congress")
)


def seat_opening(text: str, start: int, name: str, date: str | None) -> GazetteerEntry | None:
    """The state whose seat opens the sentence of a body with a generic name ("In Islamabad,
    the Foreign Office summoned": Pakistan's, not the lexicon's Britain's)."""
    if not set(name.split()) <= _GENERIC_BODY_WORDS:
        return None
    stop, line = text.rfind(". ", 0, start), text.rfind("\n", 0, start)
    opening = max(stop + 2 if stop >= 0 else 0, line + 1)
    place = _OPENING_PLACE.match(text, opening)
    if place is None:
        return None
    gaz = load_gazetteer()
    entry = gaz.lookup(place.group(1).strip())
    if entry is None:
        return None
    state = gaz.lookup(entry.name if entry.kind == "state" else entry.affiliation_on(date) or "")
    return state if state is not None and state.kind == "state" else None


def filed_from(dateline: str, gaz: Gazetteer, date: str | None) -> str | None:
    """The state of the place a dateline names ("KHARTOUM (AP) -": Sudan), if the gazetteer
    or the towns list knows it; the state or province named after it first ("SAN VICENTE
    DEL CAGUAN, Colombia (AP) -", "PARIS, Texas")."""
    match = match_dateline(dateline) if dateline else None
    if match is None:
        return None
    place, *rest = (part.strip() for part in match["place"].split(", "))
    for name in (*rest[:1], place):  # "PARIS, Texas": the state's part first
        entry = gaz.lookup(surface := name.title() if name.isupper() else name)
        if entry is not None:
            entry = gaz.seat_on(entry, surface, date)  # "PRAGUE" in 1989: Czechoslovakia
            state = entry.name if entry.kind == "state" else entry.affiliation_on(date)
            if state and (owner := gaz.lookup(state)) and owner.kind == "state":
                return state
    return known_town(place)
