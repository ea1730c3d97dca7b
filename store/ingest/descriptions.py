"""Definite descriptions that stand for a body named before them: "the group", "the
regional bloc", "the government", "an army patrol", "party activists" (the one body named
shortly before whose kind the noun fits; two that fit, or none, and it stands for no one).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from typing import TypeVar

from personae.store.ingest.anaphora import Mention, subject_of
from personae.store.ingest.lexicon import GROUP_NAMED_AGAIN, PARTY_WORDS, words
from personae.store.ingest.name_words import CREEDS, PORTFOLIOS
from personae.store.ingest.scan import WordScanner
from personae.store.model import Span

_START = attrgetter("start")

#: Words between "the" and the noun that make it someone else's ("the other group").
_OTHER = frozenset(words("other same first second new former whole entire"))
_ARMED = frozenset(GROUP_NAMED_AGAIN.split("|")) | {"separatists", "Islamists"}
#: Creeds a group is described by: "the Shiite militia", "the Islamist group".
_CREEDS = CREEDS | frozenset(words("Islamic Muslim Moslem"))
#: A noun that names bodies whose name holds it: "the bank" is the World Bank.
_NAMED_BY = {
    "bank": "Bank",
    "fund": "Fund",
    "court": "Court",
    "tribunal": "Tribunal",
    "agency": "Agency",
    "council": "Council",
    "commission": "Commission",
    "union": "Union",
    "party": "Party",
    "force": "Force",
}
_BODIES = frozenset(words("alliance bloc organisation organization body league"))
#: Words of the names of states' bodies and their organs, which no one calls "the group".
_ORGANS = frozenset(
    words("""Council Assembly Nations Court Commission Parliament Organization Organisation Bank
    Fund Agency Community""")
)
_COMPANIES = frozenset(words("company firm carmaker automaker airline"))
#: Nouns for a state's rulers and forces: "the government" is the one state named before
#: ("the security forces" too; "the forces" alone may be anyone's).
_RULERS = frozenset(
    words(
        "government regime junta authorities military army police navy naval generals rulers ministry"
    )
) | {"security forces"}
#: Portfolios that name a state's ministry in lower case: "the foreign ministry summoned".
_PORTFOLIOS = frozenset(word.lower() for word in PORTFOLIOS)
#: Nouns for a state itself: "the country's", "the reclusive state", "the capital's airport"
#: ("the state" alone is too often no state: "the state media", "the state of Texas").
_STATES = frozenset(words("country nation kingdom emirate republic state capital"))
#: A definite description of a body named shortly before: "the group", "the regional bloc",
#: "the bank's". The noun says which bodies it can stand for (see ``_fits``); at most two
#: lower-case words or a ruler's possessive between ("the guerrilla group", "the king's
#: government"; "the Western-backed rebels" is not).
_DESCRIPTION = re.compile(
    r"\b[Tt]he ((?:[a-z-]+ |(?:king|queen|emir|sultan|shah|monarch|president)['’]s |(?:"
    + "|".join(map(re.escape, _CREEDS))
    + r") ){0,2}?)("
    + "|".join(
        sorted(
            _ARMED | set(_NAMED_BY) | _BODIES | _COMPANIES | _RULERS | _STATES,
            key=len,
            reverse=True,
        )
    )
    + r")(?:['’]s)?\b(?! of\b(?! (?:[a-z]+ing|an?)\b)| in [A-Z]| [A-Z])"  # "accusing the
    # government of trying", "of a cover-up": the charge, not whose government
    # "ambushed an army patrol": a state's forces, by their unit
    r"|\b(?:[Aa]n?|[Tt]he) ((?:[a-z-]+ ){0,2}?)(army|police|military|naval|navy)(?= (?:patrols?"
    r"|convoys?|posts?|bases?|checkpoints?|outposts?|barracks|stations?|units?|helicopters?"
    r"|detachments?|garrisons?|vessels?|ships?|boats?)\b)"
    # "after alliance helicopters attacked", "party activists": the body named before, by its
    # forces or its people
    r"|(?<![\w-])(alliance|party|union)(?= (?:helicopters?|jets|warplanes|aircraft|planes|troops"
    r"|forces|soldiers|commanders|officials|activists|supporters|members|workers|loyalists"
    r"|leaders)\b)"
)
#: _DESCRIPTION tried only at the words it can open with ("the", "an", "party"): a third of
#: the time of trying its three alternatives at every character of an article.
_DESCRIPTION_SCAN = WordScanner(_DESCRIPTION, head=3)


#: A body's noun right after its name: "the CNTE teachers| union" (not "the Catalan
#: separatist party| ERC", the party's name after it).
_NOUN_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?({'|'.join(_NAMED_BY)})\b(?!\s+[A-Z])")


def _noun_after(text: str, end: int) -> str | None:
    """The body's noun written right after a name ending at ``end``, if one is."""
    found = _NOUN_AFTER.match(text, end)
    return found.group(1) if found is not None else None


_LAND_FORCES = re.compile(r"\b(?:army|military|troops|forces|soldiers)\b", re.IGNORECASE)
_NAVY = re.compile(r"\b(?:navy|naval)\b", re.IGNORECASE)
#: The agents a unit's service may be: "an army patrol" after "Peruvian troops" is theirs.
_SERVICES = {
    "army": _LAND_FORCES,
    "military": _LAND_FORCES,
    "navy": _NAVY,
    "naval": _NAVY,
    "police": re.compile(r"\bpolice\b", re.IGNORECASE),
}


def _creed_described(hit: Mention, found: re.Match[str]) -> bool:
    """ "the Shiite militia" after "Hezbollah": a group described by its creed, found as a
    name of its own, is the description."""
    return (hit.start, hit.end) == (found.start(1), found.end(2)) and _creed_named(hit.actor)


def _fits(noun: str, name: str, kind: str) -> bool:
    """Whether the body ``name`` of ``kind`` can be what "the ``noun``" stands for."""
    if noun == "party":  # "the party", "party activists": the Awami League, the MDC too
        return kind == "organisation" and not PARTY_WORDS.isdisjoint(name.split())
    if noun in _NAMED_BY:  # "the tribunal" after "the International Criminal Court" too
        named_by = {"Court", "Tribunal"} if noun in ("court", "tribunal") else {_NAMED_BY[noun]}
        return not named_by.isdisjoint(name.split()) and kind not in ("person", "place", "state")
    if noun in _BODIES:
        return kind == "organisation"
    if noun in _COMPANIES:
        return kind == "company"
    if noun in _ARMED:  # "the Islamists" may be an Islamist movement's courts or party
        return (
            kind == "armed_group"
            or (
                noun in ("group", "Islamists")
                and kind in ("organisation", "company")
                and _ORGANS.isdisjoint(name.split())  # "the UN Security Council ... Rwanda
            )  # denies backing the group": no council is a group
            or (noun == "group" and kind == "other")  # "the Kilusang Mayo Uno labour centre
        )  # ..., and the group accused": a name of no known kind
    return (noun in _RULERS or noun in _STATES) and kind == "state"


def description_references(
    text: str,
    sentence_starts: Sequence[int],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
    states: Mapping[str, str] | None = None,
    filed_from: str | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each definite description ("the group", "the bank's", "the
    government") that stands, without doubt, for a body named before it in its sentence
    (else in the one before): the one such body its noun fits, a state named by its agents too
    ("Argentina's economy minister said the government ...": Argentina's; ``states`` say
    which state each actor serves).  Two that fit, or none, and it stands for no one; but
    "the government", "the army" or "the foreign ministry" where no state is named, nor its
    people or places, stands for the state the article was filed from, ``filed_from``
    ("KHARTOUM (AP) - The army said"; "MANILA - The foreign ministry summoned"; "ABUJA - The Nigeria Labour Congress began a strike ..., after the
    government urged")."""
    states = states or {}
    out: list[tuple[int, int, str]] = []
    starts = [h.start for h in hits]
    for found in _DESCRIPTION_SCAN.finditer(text):
        if found.group(2) is not None:
            between, noun = found.group(1).split(), found.group(2)
        elif found.group(4) is not None:  # a unit of a state's forces
            between, noun = found.group(3).split(), found.group(4)
        else:  # a body's forces, by the body's noun
            between, noun = [], found.group(5)
        if _OTHER.intersection(between) or (noun == "state" and not between):
            continue
        start = found.start()
        last = bisect.bisect_left(starts, start)
        if (
            last < len(hits)
            and hits[last].start < found.end()
            and not (  # "the Islamists", found as a name of no known kind: a description
                (hits[last].start, hits[last].end) == found.span(2)
                and kind_of(hits[last].actor) == "other"
            )
            and not _creed_described(hits[last], found)
        ):
            continue  # inside a name: "the Rally for Culture and Democracy party"
        number = bisect.bisect_right(sentence_starts, start) - 1
        for back in (0, 1):  # its own sentence first, then the one before
            begin = sentence_starts[number - back] if number - back >= 0 else 0
            end = sentence_starts[number - back + 1] if back else start
            named = dict.fromkeys(  # in text order: of two agents of a state, the nearer
                h.actor for h in hits[bisect.bisect_left(starts, begin) : last] if h.start < end
            )
            fitting = {a for a in named if _fits(noun, a, kind_of(a))}
            if noun in _NAMED_BY:  # "the CNTE teachers union ..., and the union": the CNTE
                fitting |= {
                    h.actor
                    for h in hits[bisect.bisect_left(starts, begin) : last]
                    if h.start < end
                    and kind_of(h.actor) not in ("person", "place", "state")
                    and _noun_after(text, h.end) == noun
                }
            agents = {}  # a state named by its officers and forces as well, who stand for it
            if (noun in _RULERS or noun in _STATES) and noun != "capital":  # where it is not
                # named itself ("the Syrian army ... the government's helicopters": the
                # army's); a capital is named by its place, not by foreign troops in it
                agents = {states[a]: a for a in named if a in states and kind_of(a) != "place"}
                fitting |= set(agents)
            if fitting or number - back <= 0:
                break
        if len(fitting) == 2 and between and noun in _STATES and back == 0:
            # "Japan protested to North Korea after the reclusive state fired": described
            # apart from the sentence's subject, the other state
            subject = subject_of(
                text, Span(begin, start), hits[bisect.bisect_left(starts, begin) : last]
            )
            subject = states.get(subject, subject) if subject is not None else None
            if subject in fitting:
                fitting.discard(subject)
        if (
            filed_from
            and back == 0
            and noun in _RULERS
            and not between
            and filed_from not in fitting
            and _APPEALED_TO.search(text, max(0, start - 24), start)
            and fitting
            == {
                subject_of(text, Span(begin, start), hits[bisect.bisect_left(starts, begin) : last])
            }
        ):  # "CONAKRY - ... France urged the authorities to": the state it was filed from,
            fitting = {filed_from}  # not the one that urges
        if len(fitting) == 1:
            state = fitting.pop()
            agent = agents.get(state) if state not in named else None
            unit = found.group(4)  # "a naval detachment" after "Sri Lankan air force": the
            if agent is not None and unit and not _SERVICES[unit].search(agent):  # state's,
                agent = None  # no force of the agent named
            out.append((start, found.end(), agent or state))
        elif (
            filed_from
            and noun in _RULERS
            and (not between or (noun == "ministry" and _PORTFOLIOS.issuperset(between)))
            and all(
                states.get(a, filed_from) == filed_from and kind_of(a) != "state" for a in named
            )
        ):
            out.append((start, found.end(), filed_from))
    return out


#: A verb aimed at someone else, right before "the" and a ruler's noun: "urged| the
#: authorities".
_APPEALED_TO = re.compile(
    r"\b(?:urged|called\s+on|asked|pressed|appealed\s+to|warned|told|condemned|criticised"
    r"|criticized|accused|praised|thanked)\s+$"
)


_Named = TypeVar("_Named", bound=Mention)


def without_described(
    hits: Sequence[_Named],
    references: Sequence[tuple[int, int, str]],
    kind_of: Callable[[str], str],
) -> list[_Named]:
    """``hits`` less the names of no known kind that a description stands for ("accusing
    the Islamists of", after "the Islamic Courts Union"), and groups named by their creed
    ("the Shiite militia", after "Hezbollah"): the body's, no actor of their own."""
    spans = [(start, end) for start, end, _ in references]
    return [
        h
        for h in hits
        if (kind_of(h.actor) != "other" and not _creed_named(h.actor))
        or not any(s <= h.start and h.end <= e for s, e in spans)
    ]


def _creed_named(name: str) -> bool:
    """ "Shiite militia": a creed and a group's noun, no name."""
    *creeds, _ = name.split()
    return bool(creeds) and all(word in _CREEDS for word in creeds)
