"""Forces on the move, as the words around a verb tell them: troops that left or arrived,
forces sent to a state's aid or to keep the peace, soldiers captured and towns seized,
borders reinforced, missiles fired into the sea.  Event coders type these by where the
forces go and what they take (CAMEO 074, 087, 154, 181, 192), where the lexicon reads the
verb alone; ``retyping`` asks them of a trigger's type.  A show of force that names no one
faces the rival its sentence names (``facing``).
"""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.verbs import RECIPIENT_BEFORE


def forces_leaving(text: str, kind: str, t_start: int) -> bool:
    """Troops that "left" a country withdraw from it (CAMEO 087), where a leader who left
    for it visits."""
    return (
        kind == "CONSULT"
        and LEAVING.match(text, t_start) is not None
        and _FORCES_BEFORE.search(text, max(0, t_start - 70), t_start) is not None
    )


LEAVING = re.compile(
    r"(?:left|leav(?:e|es|ing)|quit(?:s|ting)?)\b(?!\s+(?:\d|(?:for|behind|at\s+least|more\s+than"
    r"|dozens|hundreds|scores|many|several|some)\b))",
    re.IGNORECASE,
)  # not "left 20 dead"
#: Armed men sent abroad, as a sentence names them.
_FORCES = (
    r"(?:troops|forces?|soldiers|army|peacekeepers|contingents?|units|battalions?|mercenaries"
    r"|paratroopers|marines|fighters|personnel|police\s+officers|brigades?)"
)
#: Forces and war machines sent: "sent 71 aircraft and seven navy ships toward".
FORCES_SENT = re.compile(
    rf"sen(?:t|ds?|ding) (?:[\w,-]+ ){{0,3}}?(?:{_FORCES}|(?:military |war)?aircraft|warships"
    r"|(?:navy|naval) ships|tanks|armou?red vehicles)\b",
    re.IGNORECASE,
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
        or _SENT_BEFORE.search(text, max(0, t_start - 90), t_start) is None
    ):
        return None
    return "AID" if _HELPING.search(sentence) else "MOBILIZE"


_ARRIVING = re.compile(r"arriv|land", re.IGNORECASE)
_SENT_BEFORE = re.compile(
    rf"\b(?:{_FORCES}|police|doctors|medics|nurses|rescuers|experts|planes|aircraft|Hercules|ships)"
    # "troops from the Russian-led Collective Security Treaty Organisation arrived"
    r"\s+(?:(?:from|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,7}?)?(?:(?:began|started|have|had"
    r"|has|\w+ly)\s+)?$",
    re.IGNORECASE,
)
#: Words of a mission that helps: a force sent with them is aid, not a threat.
_HELPING = re.compile(
    r"peace-?keep|\bto\s+(?:help|assist|support|aid|restore\s+(?:law\s+and\s+)?order|quell"
    r"|put\s+down)\b|\bat\s+the\s+(?:request|invitation)\s+of\b|\b(?:asked|appealed)\b[^.;]{0,60}\bfor\s+help\b"
    r"|\b(?:humanitarian|relief|rescue|aid|medical|medicines?|supplies)\b",
    re.IGNORECASE,
)


def keeps_peace(sentence: str) -> bool:
    """Forces sent as peacekeepers, a peacekeeping mission or to help ("deployed 1,000
    soldiers to Mozambique to help fight insurgents") provide protection (CAMEO 074, PLOVER
    AID), not a show of force: the words of a mission that helps (_HELPING)."""
    return _HELPING.search(sentence) is not None


def taken_by_force(text: str, kind: str, t_start: int, t_end: int) -> bool:
    """Capturing soldiers or hostages abducts them (CAMEO 181) and taking a base or a
    stronghold is fighting for it (190), both ASSAULT; capturing a town or an airport occupies
    it (192) and arresting a suspect (173) coerce, as the PLOVER table has them."""
    return (
        kind == "COERCE"
        and _TAKING.match(text, t_start) is not None
        and _TAKEN.match(text, t_end) is not None
    )


_TAKING = re.compile(r"(?:re)?captur|retook|retak|seiz|abduct|kidnap|snatch", re.IGNORECASE)
_TAKEN = re.compile(
    r"(?:\s+[\w'’.,-]+){0,5}?\s+(?:soldiers|troops|peacekeepers|sailors|hostages|crew|crewmen"
    r"|workers|civilians|tourists|pilots?|servicem[ae]n|marines|fishermen|foreigners|engineers"
    r"|missionaries|passengers|villagers|holidaymakers|vacationers|journalists|reporters"
    r"|students|schoolgirls|schoolchildren|children|nuns|priests|guests|residents|teachers"
    r"|airfields?|bases?|barracks|stronghold|positions|outposts?|checkpoints?)\b",
    re.IGNORECASE,
)


def seized_place(
    text: str,
    kind: str,
    trigger: tuple[int, int],
    pairs: list[tuple[Hit, Hit]],
    kinds: dict[str, str],
) -> bool:
    """A town or a capital named right after the verb of taking ("seized Bangui", "captured
    most of Goma") is occupied (CAMEO 192, COERCE in the PLOVER table), as "captured the town"
    is."""
    if kind != "COERCE" or not pairs or _TAKING.match(text, trigger[0]) is None:
        return False
    gap = _SEIZED_GAP.match(text, trigger[1])
    return gap is not None and any(
        target.start == gap.end()
        and kinds.get(target.actor) in ("place", "state")
        and _ALONE_AFTER.match(text, target.end) is not None
        for _, target in pairs
    )


_SEIZED_GAP = re.compile(r"\s+(?:(?:most|much|parts?|control|all)\s+of\s+)?")


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


def fired_into_sea(text: str, kind: str, t_end: int) -> bool:
    """Missiles fired into the sea or the waters around a state hit no one: a show of force
    (CAMEO 15, MOBILIZE), where missiles fired at a state attack it."""
    return kind == "ASSAULT" and _INTO_SEA.match(text, t_end) is not None


_INTO_SEA = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:missiles?|rockets?|projectiles)\s+(?:\w+\s+)?(?:into|in)\s+"
    r"(?:the\s+)?(?:waters|sea|ocean)\b",
    re.IGNORECASE,
)


#: Whom a show of force faces, named after it: "its border with Belarus", "as tensions rose
#: with neighbouring Tajikistan", "a standoff with India".
_FACING = re.compile(
    r"\b(?:border|frontier|tensions?|standoff|stand-off|dispute|row|confrontation)\s+"
    r"(?:\w+\s+){0,2}?with\s+(?:(?:the|its|neighbouring|neighboring)\s+)?$"
)


#: A rival's forces gathered, told right after its name: "as Russia| kept more than 100,000
#: troops massed", "as China| massed warships".
_BUILD_UP = re.compile(
    r"(?:[^,.;]|(?<=\d)[,.](?=\d)){0,60}?\b(?:troops|forces|warships|build-?up|massed|massing|amassed|amassing)\b"
)


def facing(
    text: str, actors: list[Hit], t_start: int
) -> tuple[list[Hit], list[tuple[Hit, Hit]], bool] | None:
    """The state a show of force that names no one faces ("deployed extra troops to the
    frontier" along "its border with Belarus", or "..., accusing Belarus of"), mobilised
    against by the sentence's subject."""
    subject = next((h for h in actors if h.end <= t_start), None)
    if subject is None:
        return None
    for hit in actors:
        if hit.actor != subject.actor and (
            _FACING.search(text, max(0, hit.start - 50), hit.start)
            or (hit.start > t_start and text.endswith(", accusing ", 0, hit.start))
            or (
                hit.start > t_start
                and text.endswith((" as ", ", and ", ", while "), 0, hit.start)
                and _BUILD_UP.match(text, hit.end) is not None
            )
        ):  # "sent more troops to its eastern border, accusing Belarus of": the accused;
            # "sent jets to eastern Europe, as Russia kept 100,000 troops massed", "moved
            # troops toward its border, and Pakistan put its forces on high alert": the rival
            return [subject], [(subject, hit)], False
    return None


#: Forces pushed somewhere: "pushed into East Pakistan", "pushed across the border into".
_PUSHED_INTO = re.compile(r"(?:\s+(?:deep|further|across\s+the\s+(?:border|frontier)))?\s+into\b")


def pushed_in(text: str, word: str, t_end: int) -> bool:
    """Troops "pushed into" a state, or "across the border into" it: an invasion."""
    return word.startswith("push") and _PUSHED_INTO.match(text, t_end) is not None


#: Bases named by their host, then the forces they house, up to those forces' state:
#: "(two Iraqi) air bases housing| U.S. troops", "a base that hosts |American forces".
_HOUSING = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:air\s+)?(?:bases?|positions|facilities|compounds?|camps?)\s+"
    r"(?:that\s+|which\s+)?(?:hous|host)(?:e|es|ed|ing)\s+(?:(?:some|about|around|\d[\d,]*)\s+)?$"
)
_FORCES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:troops|forces|personnel|soldiers|service\s?members)\b"
)
#: The forces named with their state ("U.S. troops" is one name).
_FORCES_NAMED = re.compile(r"\s(?:troops|forces|personnel|soldiers|service\s?members)$")


def housed_forces(text: str, actors: list[Hit], host: Hit) -> Hit | None:
    """The state whose forces a base attacked houses ("fired missiles at two Iraqi air bases
    housing U.S. troops": the United States), which event coders code as the one attacked
    rather than the host; None if the attack's object names no such base."""
    return next(
        (
            h
            for h in actors
            if host.end < h.start < host.end + 80
            and _HOUSING.fullmatch(text, host.end, h.start)
            and (_FORCES_AFTER.match(text, h.end) or _FORCES_NAMED.search(text, h.start, h.end))
        ),
        None,
    )


#: A projectile named with its owner right before a participle that fires it: "a wave of
#: Israeli| missiles |fired at targets around Damascus".
_PROJECTILES_BEFORE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:missiles|rockets|shells|drones|projectiles|mortars|bombs)\s+$"
)


def fired_by(text: str, actors: list[Hit], t_start: int) -> Hit | None:
    """Whose projectiles a participle fires, when it follows them ("intercepted Israeli
    missiles fired at Damascus": Israel fired them), not the main clause's subject."""
    if not text.startswith(("fired", "launched"), t_start):
        return None
    return next(
        (
            h
            for h in reversed(actors)
            if h.end < t_start and _PROJECTILES_BEFORE.fullmatch(text, h.end, t_start)
        ),
        None,
    )
