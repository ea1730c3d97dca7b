"""A state's offices and agents named after it: "Iran's foreign minister", "Kenyan Trade
Minister", "Tunisian court", "Iraqi police", "Filipino peacekeepers".

The phrases come from the Phoenix agent dictionary (offices whose last word is a minister's,
a court's...; forces and agents) and a few written here; ``find_actors`` asks after each
state's name whether one follows, and makes the office its own actor affiliated with it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from personae.store.ingest.gazetteer import phoenix_words
from personae.store.ingest.lexicon import MONTHS, TITLES, WEEKDAYS, words
from personae.store.ingest.name_words import BRANCHES, NOT_NAMES
from personae.store.ingest.tokens import Tokens

#: A word for how an office is held, before it: "caretaker foreign minister".
_INTERIM = r"(?:(?:acting|caretaker|interim|outgoing|new|former) )?"
_OFFICE = re.compile(
    rf" {_INTERIM}(?:(?:vice |deputy )?president|prime minister|(?:foreign|defen[cs]e|interior|finance) minister"
    r"|secretary of (?:state|defen[cs]e|the treasury|war)|(?:defen[cs]e|foreign|home) secretary"
    r"|chancellor|ambassador(?: to the [A-Z][\w.]+(?: [A-Z]\w+)*)?|envoy|supreme leader"
    r"|(?i:congress|senate|parliament|legislature))\b(?! [A-Z])"
    r"|(?:['’]s)? (?:Minist(?:er|ry)|Secretary)(?= of (?:the )?[A-Z])"  # "Kenya's Minister of"
    r"|(?: People['’]s| National)? Defen[cs]e Forces?\b"  # "the Uganda People's Defence Force"
)  # "the Colombian Congress": Colombia's, though "Congress" alone is the United States'


def office_after(text: str, end: int) -> int | None:
    """Where a state's office after ``end`` ends: "Iran's foreign minister", "Kenyan Trade
    Minister", "Tunisian court", "the Kremlin spokesman", "Iran's foreign ministry
    spokesman"; "Iraqi police", "Filipino peacekeepers": its agents, named with its
    adjective ("Kenya's police" and "Iranian officials" stay the state: the state acting
    through them).

    The next word is looked up first: the patterns, hundreds of phrases, are tried only
    after a word that opens one of them."""
    offices, agents, openers = _office_patterns()
    if (mission := _MISSION_OF.match(text, end)) and agents.match(text, mission.end()):
        end = mission.end()  # "Belgian U.N. peacekeepers": Belgium's, serving the UN
    word = _NEXT_WORD.match(text, end)
    if word is None or word.group(1).lower() not in openers:
        return None
    office = (
        _OFFICE.match(text, end)
        or _LEADER.match(text, end)
        or _COUNTERPART.match(text, end)
        or _NATIONAL.match(text, end)
        or offices.match(text, end)
        or agents.match(text, end)
    )
    if office is None:
        return None
    end = portfolio_after(text, office.end())  # "India's Ministry| of External Affairs"
    speaker = _SPOKESPERSON.match(text, end)  # a body's or a force's spokesman
    return speaker.end() if speaker else end


#: A portfolio's words after "of": "of External Affairs", "of Foreign Affairs and Trade".
_PORTFOLIO_OF = re.compile(r" of (?:the )?([A-Z][a-z]+(?:(?: and| &)? [A-Z][a-z]+){0,3})")
_WORD = re.compile(r"[A-Z][a-z]+")
#: A list of them, with commas, that "and" ends: "of Economy, Trade and Industry".
_PORTFOLIO_LIST = re.compile(r" of (?:the )?([A-Z][a-z]+(?:, [A-Z][a-z]+)+,? and [A-Z][a-z]+)")


def portfolio_after(text: str, end: int) -> int:
    """Where a capitalised ministry's or minister's name ends with its portfolio ("India's
    Ministry of External Affairs"), else ``end``."""
    if not text.endswith(("Ministry", "Minister", "Secretary"), 0, end):
        return end
    found = _PORTFOLIO_LIST.match(text, end)
    named = found.group(1).replace("&", " ").replace(",", " ").split() if found else ()
    if found and all(w in BRANCHES for w in named if w != "and"):
        return found.end()
    found = _PORTFOLIO_OF.match(text, end)
    if found is None:
        return end
    # the portfolio's words, up to the holder's name: "Minister of Mineral Resources| Gwede
    # Mantashe"
    stop = end
    for word in _WORD.finditer(text, found.start(1), found.end()):
        if word.group(0) not in BRANCHES:
            break
        stop = word.end()
    return stop


#: The body a state's troops serve in, between its adjective and theirs: "Belgian U.N.
#: peacekeepers", "Italian NATO troops".
_MISSION_OF = re.compile(r" (?:U\.N\.|UN|NATO|EU|AU|African Union|United Nations)(?= [a-z])")
_SPOKESPERSON = re.compile(r" spokes(?:man|woman|person)\b")
#: "American journalist Evan Gershkovich", "a Venezuelan opposition leader": a state's
#: national, coded as the state by event coders (with the role as the agent).
_NATIONAL = re.compile(
    r" (?:journalist|reporter|activist|dissident"
    r"|businessman|businesswoman|citizen|national(?=s|[,.;:)]| [A-Z]| (?:who|was|is|had|has|in|on|at|from|with|and|for|to|of|by|said)\b|$)|tourist|aid worker|blogger|cleric|contractor"
    r"|student|academic|researcher|pastor|missionary|engineer|executive|veteran)s?\b"
    r"|(?: (?:hostage|captive|priest|nun|doctor|nurse|lawyer|writer|scientist|sailor)(?= [A-Z]))"
)
#: "North Korean leader Kim Jong Il", "Chilean dictator Augusto Pinochet": who ruled the
#: state, whatever the dates the dictionaries know.
_LEADER = re.compile(
    r" (?:leader|strongman|dictator|ruler"
    r"|(?:intelligence|spy|security|military|army|police|navy) (?:chief|head))(?= [A-Z])"
)  # "Egyptian intelligence chief Omar Suleiman": the state's officer
#: "his Chinese counterpart Wang Yi": the officer of the state named before it.
_COUNTERPART = re.compile(r" counterparts?\b")


_NEXT_WORD = re.compile(r"(?:['’]s)? (\w+)")


@cache
def _office_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The office and agent patterns, and the first words of all the phrases they hold."""
    offices, _ = phoenix_words()
    patterns = []
    openers = set(words("vice deputy prime foreign defense defence interior finance home"))
    openers |= set(words("acting caretaker interim outgoing new former"))
    openers |= set(words("secretary president chancellor ambassador envoy supreme counterpart"))
    openers |= set(words("minister ministry defence defense people national"))
    openers |= set(words("congress senate parliament legislature leader strongman dictator ruler"))
    openers |= set(words("intelligence spy security military army police navy"))
    openers |= set(
        words("""journalist journalists reporter reporters activist
    activists dissident dissidents businessman businesswoman citizen citizens national
    nationals tourist tourists aid blogger cleric contractor student academic researcher
    pastor missionary engineer executive veteran hostage captive priest nun doctor nurse lawyer
    writer scientist sailor""")
    )
    for heads, possessive in ((_OFFICE_HEADS, "(?:['’]s)?"), (_AGENT_HEADS, "")):
        phrases = sorted(
            [o for o in offices if o.split()[-1] in heads]
            + list(heads & _LONE_NOUNS)
            + (list(_NEWS_OFFICES) if heads is _OFFICE_HEADS else []),
            key=len,
            reverse=True,
        )
        openers |= {o.split()[0] for o in phrases} | {o.split()[0] + "s" for o in phrases}
        body = "|".join(re.escape(o).replace(r"\ ", " ") for o in phrases)
        patterns.append(
            re.compile(rf"{possessive} (?i:{_INTERIM}(?:{body}))s?\b" if body else r"(?!)")
        )
    return patterns[0], patterns[1], frozenset(openers)


_OFFICE_BODIES = frozenset(
    words("ministry ministrie court embassy embassie congress senate parliament legislature")
)
#: A state's agents named as a group ("Iraqi police", "Filipino peacekeepers"): a body.
_GROUPS = frozenset(words("police army military navy marines guard force intelligence"))
#: Agents the Phoenix dictionary names only inside longer phrases.
#: Not "officials": "Iranian officials" speak for Iran, so the demonym stays the state.
_AGENT_NOUNS = frozenset(words("peacekeeper forces"))
#: Offices and agents named alone after a state ("a Kremlin spokesman", "Filipino forces").
_LONE_NOUNS = _AGENT_NOUNS | frozenset(words("spokesman spokeswoman spokesperson"))
#: Capitalised words after an office that are no holder's name ("Iraqi police Tuesday").
NOT_HOLDERS = NOT_NAMES | frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Last words of the Phoenix agents that are a state's offices and office holders.
_OFFICE_HEADS = frozenset(
    words("""minister ministry secretary ambassador envoy president premier chancellor spokesman
    spokeswoman spokesperson court judge prosecutor commander consul embassy""")
)
#: A state's envoys and officers as news names them, which the Phoenix dictionary does not:
#: "Norwegian peace envoy Erik Solheim", "Colombia's chief negotiator Humberto de la Calle",
#: "Iran's top security official Ali Shamkhani", "Iraqi national security adviser".
_NEWS_OFFICES = (
    "peace envoy",
    "special envoy",
    "chief negotiator",
    "peace negotiator",
    "nuclear negotiator",
    "top security official",
    "security chief",
    "national security adviser",
    "national security advisor",
)
#: Last words of the Phoenix agents that are a state's forces and agents.
_AGENT_HEADS = (
    frozenset(words("police troop soldier army military navy marines force guard officer diplomat"))
    | _AGENT_NOUNS
)


def office_kind(office: str) -> str:
    """A ministry, a court, an embassy or a named group of agents ("Iraqi police") is a
    government body; an office held by one ("Iran's foreign minister") a person."""
    # "ambassador to the X", "Ministry of Defence": the head comes before its complement
    head = office.split(" to the ", 1)[0].split(" of ", 1)[0].rsplit(" ", 1)[-1].lower()
    if _NATIONAL.match(" " + office.split(" ", 1)[-1]):  # a state's nationals, no office
        return "person" if not head.endswith("s") else "other"
    body = head.rstrip("s") in _OFFICE_BODIES or head.endswith("s") or head in _GROUPS
    return "government" if body else "person"


#: A holder's name right before their office in apposition: "Karen Whitfield|, the |U.S.
#: ambassador to the Philippines,": two to four capitalised words.
_HOLDER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w'’.-]*\s|(?:bin|al|el|de|van|von)\s){1,3}"
    r"(?:[a-z]{2,3}-)?[A-Z][\w'’-]*),\s(?:the\s|an?\s)?(?:former\s)?$"
)


#: The end of an office in apposition: its comma, after where it serves ("the British
#: ambassador| to Kenya,").
_APPOSITION_CLOSES = re.compile(
    r"(?: (?:to|in|at) (?:the )?(?:[A-Z][\w.'’-]* ?)+)?"
    r"(?: (?:official|spokes(?:man|woman|person)|adviser|advisor|aide|negotiator|envoy))?,"
)  # "X, a Sudanese foreign ministry official,"


#: A holder's name in apposition right after their office: "Lebanon's foreign minister|,
#: Walid Haddad,": two to four capitalised words, closed by a comma or the verb "said".
_HOLDER_AFTER = re.compile(
    r"(?: (?:to|in|at) (?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)?"  # "ambassador| to Iran"
    r", ((?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]*)(?=,|\s(?:said|says|told)\b)"
)


def names_an_office(name: str) -> bool:
    """Whether a name the dictionaries list as a person is an office ("German Chancellor",
    "US Defense Secretary"), not someone's name."""
    return name.rsplit(" ", 1)[-1].lower() in _OFFICE_HEADS


def holder_next(text: str, tokens: Tokens, office_end: int) -> tuple[int, int] | None:
    """The token of the name right after an office ending at ``office_end`` ("Kenyan Trade
    Minister| Moses Wetangula"), and where the office ends: a title between is the office's
    ("UAE President| Sheikh| Mohamed bin Zayed")."""
    words, starts, is_cap = tokens.words, tokens.starts, tokens.capitalised
    holder = bisect.bisect_left(starts, office_end + 1)
    if (
        holder + 1 < len(words)
        and words[holder] in TITLES
        and starts[holder] == office_end + 1
        and tokens.gaps[holder] == " "
        and is_cap[holder + 1]
        and words[holder + 1] not in NOT_HOLDERS
    ):
        office_end = tokens.ends[holder]
        holder += 1
    if (
        holder < len(words)
        and starts[holder] == office_end + 1
        and text[office_end] == " "
        and is_cap[holder]
        and words[holder] not in NOT_HOLDERS
    ):
        return holder, office_end
    return None


def holder_after(text: str, office_end: int) -> int | None:
    """Where the name of an office's holder named just after it in apposition starts."""
    holder = _HOLDER_AFTER.match(text, office_end)
    if holder is None or any(w in NOT_HOLDERS for w in holder.group(1).split()):
        return None
    return holder.start(1)


def holder_before(text: str, start: int, office_end: int) -> int | None:
    """Where the name of an office's holder named just before it in apposition starts
    ("Karen Whitfield, the U.S. ambassador to the Philippines, wrote"), if one is: the office
    closes with a comma, as an apposition does ("In New York, the U.S. ambassador said" names
    no one)."""
    if _APPOSITION_CLOSES.match(text, office_end) is None:
        return None
    holder = _HOLDER_BEFORE.search(text, max(0, start - 60), start)
    if holder is None or any(w in NOT_HOLDERS for w in holder.group(1).split()):
        return None
    return holder.start(1)
