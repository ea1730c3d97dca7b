"""Actors named together as one side: coordinated ("Iran and Russia", "the U.S. and its
allies"), a state and its officer named as one ("Chinese President Xi Jinping"), and the
side a passive's "by" names."""

from __future__ import annotations

import re

from personae.store.ingest.actors import Hit
from personae.store.ingest.lexicon import ARMED_GROUP_NOUNS, IRREGULAR_PAST, MEMBERS_OF
from personae.store.ingest.verbs import BY_AGENT, COUNT

#: What may stand between coordinated actors ("Iran and Russia", "the U.S. and its allies"):
#: "and", a comma, "as well as"; a possessive's noun before it and an adjective after the
#: article ("Sudan's army and the paramilitary RSF"), or a guest's "visiting".
COORDINATION = re.compile(
    r"^(?:['’]s(?:\s+(?-i:[a-z]+))?|\s+(?:(?-i:[a-z]+)\s+)?(?:service\s+members|servicemen|soldiers"
    r"|troops|forces|fighters|police|civilians|citizens|nationals|officials|diplomats|leaders"
    r"|ministers|lawmakers"
    r"|police\s+officers|workers|people|negotiators|delegates|delegations?|envoys|hostages"
    r"|tourists|holidaymakers|journalists|students|passengers|villagers|prisoners|detainees"
    r"|migrants|refugees|activists|protesters|demonstrators))?"
    r"\s*(?:and|or|&|/|-|–|as well as|,\s*and|,)\s*"
    # "and the Iran-aligned| Houthis": a patron glued to an adjective
    r"(?:(?:the|its|their|his|her)\s+(?:(?-i:[a-z]+|[A-Z][\w.]*[-–][a-z]+)\s+){0,3}|visiting\s+"
    # "Kenyan President Mwai Kibaki and opposition leader| Raila Odinga"
    r"|(?-i:(?:opposition|rebel|guerrilla|party|union|militia|former)\s+)?(?-i:leader|chief"
    r"|commander|chairman|chairwoman)\s+"
    # "Kenyan President Uhuru Kenyatta and opposition| ODM leader Raila Odinga"
    r"|(?-i:(?:main\s+)?(?:opposition|rebel|ruling))\s+"
    rf"|(?:scores|dozens|hundreds|thousands|many|some|{COUNT}|a\s+few)\s+(?:of\s+)?)?"
    r"(?:(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+)?$",  # "and Afghanistan's| Taliban"
    re.I,
)  # "13 U.S. service members and scores of Afghan civilians": both the victims

#: Only capitalised words between two names: a state and its leader or office, one party
#: ("Chinese President Xi Jinping", "U.S. Secretary of State John Kerry").
TITLE_GAP = re.compile(  # "Israeli| Prime Minister |Yitzhak Rabin", "Jordan|'s King |Hussein"
    r"(?:(?:['’]s)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3}(?:\s+(?:of|for)(?:\s+[A-Z][a-z]+){1,2})?"
    r"|\s+counterparts?)\s+"  # "his Azerbaijani| counterpart |Jeyhun Bayramov"
)


def group(text: str, ordered: list[Hit]) -> list[Hit]:
    """The nearest actor and those coordinated with it; ``ordered`` runs away from the trigger."""
    if not ordered:
        return []
    members = [ordered[0]]
    prev = ordered[0]
    for hit in ordered[1:]:
        left, right = (hit, prev) if hit.start < prev.start else (prev, hit)
        gap = text[left.end : right.start]
        if hit is left and _POSSESSIVE_GAP.fullmatch(gap):  # "Germany's Volkswagen and
            prev = hit  # China's SAIC Motor signed": an owner is no party, and the list
            continue  # goes on before it
        if hit is right and gap.strip() == "," and _SPEAKS_AFTER.match(text, hit.end):
            break  # "... with Israel, Baker told reporters": the speaker of a clause of its own
        if (
            not COORDINATION.match(gap)
            and not COORDINATION.match(_INITIALS_AFTER.sub("", gap, count=1))  # "the
            # Democratic Alliance (DA) and the EFF": the list goes on past the initials
            and not TITLE_GAP.fullmatch(gap)
            and not _OFFICER_GAP.fullmatch(gap)
            and not _MEMBERS_OF_GAP.fullmatch(gap)
            and not _DESCRIBED_GAP.fullmatch(gap)
            and not _MADE_OF_GAP.fullmatch(gap)
        ):
            break
        members.append(hit)
        prev = hit
    return members


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
#: A name's initials in brackets right after it.
_INITIALS_AFTER = re.compile(r"^ \([A-Z][\w.&-]{0,11}\)")
#: A verb of saying right after a name: the name is its speaker.
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds)\b")
#: A body's people listed after a name (lexicon.MEMBERS_OF), up to a leader's title: "and
#: leaders of Bishop| Abel Muzorewa's".
_MEMBERS_OF_GAP = re.compile(  # "Tajik government| troops and fighters of the Islamist-led
    rf"(?:\s+(?:troops|forces|soldiers|police))?\s+{MEMBERS_OF}(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?"
)  # |United Tajik Opposition"
#: A group described, then named in apposition: "Burundi's government and the main Hutu rebel
#: group, the| Forces for the Defence of Democracy".
_DESCRIBED_GAP = re.compile(
    rf"\s+and\s+the\s+(?:[\w'’-]+\s+){{0,4}}?(?:{ARMED_GROUP_NOUNS}|groups?|movements?|part(?:y|ies))"
    r"(?:\s+[a-z]+ing\s+(?:in|on|against)\s+(?:the\s+)?[\w'’-]+)?,"  # "the two rebel
    r"\s+(?:the\s+)?"  # movements fighting in Darfur, the| Sudan Liberation Army and ..."
)
#: What a body is made of, before the next one in a list: "the Seven Party Alliance| of
#: mainstream political parties and |Maoist rebels".
_MADE_OF_GAP = re.compile(
    r"\s+of\s+(?:[a-z-]+\s+){0,3}(?:parties|groups|movements|unions|organi[sz]ations|factions)"
    r"\s+and\s+(?:the\s+)?"
)
#: A body and its officer named by a lower-case title: "opposition| leader |Raila Odinga",
#: "African Union Commission| chairman |Moussa Faki Mahamat".
_OFFICER_GAP = re.compile(
    r"\s+(?:leader|chief|head|spokes(?:man|woman)|chair(?:man|woman|person)|secretary-general)\s+"
)
#: The same, ending where the body is named: its people stand for it in a subject; so do
#: its people opening a clause ("Members of the Korean Metal Workers' Union at Hyundai
#: Motor staged a strike": the union, not the carmaker it works at).
MEMBERS_OF_BEFORE = re.compile(
    rf"\b{MEMBERS_OF}$|(?:^|[,;\-–—]\s+|\b(?:and|but)\s+)(?:(?:hundreds|thousands|dozens)\s+of\s+)?"
    r"(?:[Mm]embers|[Ll]eaders|[Ww]orkers|[Ee]mployees|[Ss]upporters|[Aa]ctivists|[Ss]taff)"
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?$"
)
_OWNER_GAP = re.compile(rf"['’]s\s+(?:(?!(?:[a-z]+ed|{IRREGULAR_PAST})\s)[a-z-]+\s+){{0,3}}")


def owned(text: str, actors: list[Hit], hit: Hit) -> Hit:
    """The name a possessive owns, or ``hit`` itself: "Zimbabwe's opposition MDC Alliance"
    is the alliance, where the state is only whose it is."""
    after = next((h for h in actors if h.start >= hit.end), None)
    if after is not None and _OWNER_GAP.fullmatch(text, hit.end, after.start):
        return after
    return hit


_LIST_COMMA = re.compile(r",\s+(?:the\s+)?")


def listed_before(text: str, actors: list[Hit], side: list[Hit]) -> list[Hit]:
    """Names listed before a side joined by "and", behind commas a clause break stopped
    at: "Saudi Arabia, the United Arab Emirates and Bahrain cut ties" names three."""
    if len(side) < 2:
        return []
    listed: list[Hit] = []
    first = min(side, key=lambda h: h.start)
    for hit in reversed([h for h in actors if h.end <= first.start]):
        if not _LIST_COMMA.fullmatch(text, hit.end, first.start):
            break
        listed.append(hit)
        first = hit
    return listed


#: How far before a name its "by" may stand: "by fighters of the al-Qaeda-linked group".
_BY_REACH = 60


def agent(text: str, after: list[Hit]) -> list[Hit]:
    """The passive agent: the first actor after the trigger introduced by "by (the)"."""
    if not after or "by" not in text[max(0, after[0].start - _BY_REACH) : after[-1].start].lower():
        return []
    for index, hit in enumerate(after):
        low = max(0, hit.start - _BY_REACH)
        title = _TITLE_BEFORE.search(text, low, hit.start)  # "by Prime Minister| Menachem Begin"
        by = BY_AGENT.search(text, low, title.start() if title else hit.start)
        if by is not None and _A_BEFORE.search(by.group()) and _ARMS_AFTER.match(text, hit.end):
            continue  # "by a BUK missile fired by Kurdish rebels": a weapon, no one's act
        if by or _FIRED_FROM_BEFORE.search(text, max(0, hit.start - 60), hit.start):
            return group(text, after[index:])
    return []


#: "by a" or "by an" before a name.
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
#: What a name after "by a" is the make of: a weapon or a vehicle, no one who acts.
_ARMS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|bombs?|drones?|shells?|mines?|devices?|strikes?"
    r"|airstrikes?|jets?|warplanes?|helicopters?|tanks?|vehicles?|trucks?|cars?|torpedo(?:es)?)\b",
    re.IGNORECASE,
)


#: A weapon named as the agent, and whose it was: "killed by missiles fired from| Israeli
#: helicopter gunships".
_FIRED_FROM_BEFORE = re.compile(
    r"\bby\s+(?:[\w-]+\s+){1,3}?(?:fired|launched|dropped)\s+(?:from|by)\s+(?:an?\s+|the\s+)?$"
)


#: An office's words between "by" and its holder's name.
_TITLE_BEFORE = re.compile(
    r"(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice|Acting|Interim|Supreme)\s+)?"
    r"(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Secretary-General"
    r"|Leader|General|Colonel|Commander|Chairman|Pope|Prince)\s+$"
)


#: "and" between two who say something together: "Saudi Arabia and the United States said".
_AND_ONLY = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")


def co_speakers(text: str, actors: list[Hit], said_by: Hit | None) -> list[Hit]:
    """The one who says it and those joined to it by "and" just before ("..., Saudi Arabia
    and the United States said"); a comma alone joins no speaker ("Russia supplied weapons
    to Serbia, Polish officials said")."""
    if said_by is None or said_by not in actors:
        return []
    speakers = [said_by]
    for hit in reversed(actors[: actors.index(said_by)]):
        if not _AND_ONLY.fullmatch(text, hit.end, speakers[-1].start):
            break
        speakers.append(hit)
    return speakers


def named_once(text: str, actors: list[Hit]) -> list[Hit]:
    """The actors without a name repeated in brackets right after itself ("the Moro Islamic
    Liberation Front (MILF)"): one party, so that a list it ends stays whole."""
    return [
        h
        for n, h in enumerate(actors)
        if not (n and actors[n - 1].actor == h.actor and text[actors[n - 1].end : h.start] == " (")
    ]
