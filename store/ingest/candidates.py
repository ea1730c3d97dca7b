"""Capitalised names that no earlier pass explained: runs of capitalised words, trimmed.

A run is cut at titles inside it ("Microsoft CEO Bill Gates") and trimmed of stopwords,
adjectives and connectors; a lone word that is only capitalised because it opens a sentence
is dropped.  What is left becomes a candidate, one per distinct name with all its mentions.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count

from personae.store.ingest.cameo import load_verbs
from personae.store.ingest.gazetteer import phoenix_words
from personae.store.ingest.lexicon import (
    ADJECTIVES,
    COMPANY_SUFFIXES,
    EVENT_WORDS,
    GOVERNMENT_WORDS,
    LEGAL_ABBREVIATIONS,
    MISSION_WORDS,
    ORGANISATION_OPENERS,
    ORGANISATION_WORDS,
    STOPWORDS,
    TITLES,
    words,
)
from personae.store.ingest.tokens import Tokens

#: A name's second particle, after a first one ("de la", "van den", "de los").
_SECOND_PARTICLES = frozenset(words("la le los las der den de al el ter"))
#: Lower-case words that may join the capitalised words of one name ("Bank of America").
CONNECTORS = frozenset(
    {
        "of",
        "de",
        "du",
        "da",
        "der",
        "von",
        "van",
        "al",
        "el",
        "bin",
        "ibn",
        "for",
        "del",
        "di",
        "do",
        "dos",
        "das",
        "des",
        "la",
        "le",
        "y",
        "e",
        "ul",
        "ud",
        "ut",
        "i",
        "arap",
    }
)  # "Pakistan Tehreek-e-Insaf", "Azimio la Umoja", "Jamaat-ud-Dawa", "Jamiat-i-Islami"
#: Capitalised words that are no name alone and never begin a longer name before a known one.
NOT_NAMES = STOPWORDS | TITLES | ADJECTIVES
#: Last words that make a name an institution's rather than a person's.
INSTITUTION_WORDS = COMPANY_SUFFIXES | GOVERNMENT_WORDS | ORGANISATION_WORDS
#: Creeds and factions written before a party's name, no word of it.
CREEDS = frozenset(
    words("""Marxist Maoist Leninist Marxist-Leninist Islamist Jihadist Salafist Leftist Rightist
    Royalist Sunni Shiite Shi'ite Shia""")
)
#: Words trimmed from both ends of a run: they open or close sentences, not names.
_EDGE_WORDS = STOPWORDS | ADJECTIVES | CONNECTORS
#: A group's members before its name or its leader's: "Rebels of", "Militiamen of".
_MEMBERS = frozenset(
    {"Rebels", "Fighters", "Militiamen", "Guerrillas", "Gunmen", "Militants", "Supporters"}
)
#: People or things of a body or a place named before it, no word of its name: "Critics of
#: Tesla", "Shares of Samsung Electronics".
_PEOPLE_OF = frozenset(
    words("""Critics Supporters Opponents Residents Members Officials Employees Workers
    Shareholders Investors Customers Users Fans Relatives Families Citizens Shares Stocks""")
)
#: "Boeing said": a sentence-initial word that reports speech is a speaker, so a name.
_SAYS = re.compile(r" (?:said|says|told|announced|reported|confirmed|denied)\b")
#: People news reports quote in the plural, whom no dictionary of offices holds, and a
#: state's forces named without it (whose they are: state_forces.py).
_SAYERS = frozenset(
    words("""residents witnesses analysts critics experts investigators activists sources
    doctors lawyers economists observers officials authorities diplomats regulators
    protesters demonstrators villagers survivors refugees relatives neighbours neighbors
    scientists researchers traders investors executives officers police army military troops
    soldiers government""")
)


def _people_who_say(word: str) -> bool:
    """ "Diplomats said", "Regulators said": people named by what they are, no actor."""
    low = word.lower()
    if low in _SAYERS:
        return True
    offices = _single_word_offices()
    return low.endswith("s") and (low[:-1] in offices or low[:-2] in offices)


@cache
def _single_word_offices() -> frozenset[str]:
    """The one-word agents and offices of the Phoenix dictionary ("diplomat", "regulator")."""
    return frozenset(o for o in phoenix_words()[0] if " " not in o)


#: "Tesla boss Elon Musk": a sentence-initial word a company's officer and name follow.
_OFFICER_AFTER = re.compile(
    r" (?:(?:co-)?founder|chief executive(?: officer)?|CEO|boss|chairman|chairwoman|chief"
    r"|spokes(?:man|woman|person)) [A-Z][a-z]"
)
#: "Prachanda, leader of the ...": a sentence-initial word a body's head in apposition.
_LEADS_AFTER = re.compile(
    r", (?:the )?(?:[a-z]+ )?(?:leader|chief|chairman|chairwoman|head|commander|founder) of\b"
)
#: Words naming a minister's or a secretary's portfolio ("Secretary of Homeland Security").
PORTFOLIOS = frozenset(
    words("""State Defense Defence Energy Finance Foreign Affairs Interior Internal External
    Home Homeland Security Justice Health Education Agriculture Commerce Trade Labor Labour
    Transport Transportation Treasury Competition Environment Economy Economic Industry Culture
    Information Communications Development Planning Public Works Oil Petroleum Mining
    Mines War""")
)
#: A second portfolio and its office after a first: "Trade| and Industry Secretary".
_PORTFOLIO_AND = re.compile(r" and (?:[A-Z][a-z]+ ){1,2}(?:Minister|Secretary)\b")
#: A portfolio's body written in lower case after it ("State department", "Foreign ministry").
_BODY_AFTER = re.compile(r" (department|ministry)\b")
#: Ideas a body is named for, joined by "and" after "of" ("Forces of Freedom and
#: Change"): the name goes on, where "the Bank of England and Barclays" names two.
_IDEAS = frozenset(
    words("""Change Justice Development Peace Security Democracy Freedom Reconciliation Reform
    Progress Prosperity Equality Unity Liberty Liberation Welfare Renewal Cooperation Dignity
    Solidarity Independence Sovereignty Truth Accountability Transparency Integration""")
)
_JOINERS = frozenset({" ", "-", "&", " & ", ". ", "'", "’"})
#: Titles written short, with a full stop before the name they title.
_TITLE_ABBREVIATIONS = frozenset(
    words("Gen Col Lt Sgt Capt Cmdr Adm Maj Brig Gov Sen Rep Dr Prof Rev Cpl Pvt")
)
#: Quotes around a nickname inside a person's name, by the opening gap: the closing one.
_NICKNAME_QUOTES = {" '": "' ", ' "': '" ', " ‘": "’ ", " “": "” "}


@dataclass(slots=True)
class Candidate:
    """A discovered name: its mentions, its words, and what the text says about it."""

    name: str
    spans: list[tuple[int, int]]
    tokens: list[str]
    titled: bool = False
    #: The title word just before a mention ("President" of "President Bush"), if any.
    title: str | None = None
    #: Mentions of its short forms and variants, read for cues to its kind.
    context: list[tuple[int, int]] = field(default_factory=list)
    affiliation: str | None = None


def find_candidates(
    text: str,
    tokens: Tokens,
    claimed: list[bool],
    initial: set[int],
    served: dict[int, str],
) -> dict[str, Candidate]:
    """Candidates by name, in the order first met; ``served`` maps a token opening a name to
    the state whose office precedes it ("Kenyan Trade Minister Moses Wetangula")."""
    words = tokens.words
    # Capitalised words met inside a sentence (masked in C: a thousand words an article).
    inside = tokens.capitalised.copy()
    for i in initial:
        if i < len(inside):
            inside[i] = False
    mid_capitals = set(compress(words, inside))
    candidates: dict[str, Candidate] = {}
    runs = _runs(text, tokens, claimed, initial, mid_capitals)
    for first, last, titled in runs:
        if claimed[first]:  # trimmed down to a name an earlier pass found ("Thousands of
            continue  # Armenians" to "Armenians"): that pass's actor, not a new one
        if not any(tokens.capitalised[first : last + 1]):
            continue  # "Nur-Sultan-in honour": a title glued to a common word names no one
        start, end = tokens.starts[first], tokens.ends[last]
        if (
            end < len(text)
            and text[end] == "."
            and text[start:end].split()[-1] in LEGAL_ABBREVIATIONS
        ):
            end += 1
        name = text[start:end]
        body = (
            _BODY_AFTER.match(text, end)
            if words[last] in PORTFOLIOS and all(w in PORTFOLIOS for w in words[first:last])
            else None
        )
        if body is not None:  # "the US State department": the State Department
            end = body.end()
            name = f"{name} {body.group(1).title()}"
        if "&" in name or " - " in name:  # "AT&amp;T", "Wal - Mart" as the source wrote them
            name = html.unescape(name).replace(" - ", "-")
        cand = candidates.get(name)
        if cand is None:
            cand = candidates[name] = Candidate(name, [], words[first : last + 1])
        cand.spans.append((start, end))
        cand.titled = cand.titled or titled or first in served
        if titled and first > 0 and words[first - 1] in TITLES:
            cand.title = cand.title or words[first - 1]
        cand.affiliation = cand.affiliation or served.get(first)
    return candidates


def _institution_from(tokens: Tokens, claimed: list[bool], index: int) -> bool:
    """Whether the capitalised words from ``index`` end an institution's name ("Security
    Council"): "and" before them joins them to the name before it."""
    words, gaps, is_cap = tokens.words, tokens.gaps, tokens.capitalised
    j = index
    if j >= len(words) or not is_cap[j] or claimed[j]:
        return False
    while j + 1 < len(words) and gaps[j] == " " and is_cap[j + 1] and not claimed[j + 1]:
        j += 1
    return words[j] in INSTITUTION_WORDS


def _runs(
    text: str,
    tokens: Tokens,
    claimed: list[bool],
    initial: set[int],
    mid_capitals: set[str],
) -> list[tuple[int, int, bool]]:
    """(first, last, titled) token ranges of candidate names, trimmed of stopwords and titles."""
    runs: list[tuple[int, int, bool]] = []
    words, gaps, is_cap = tokens.words, tokens.gaps, tokens.capitalised
    n = len(words)
    done = -1
    for i in compress(count(), is_cap):
        if i <= done or claimed[i]:
            continue
        if i and gaps[i - 1] in ("-", "–") and words[i - 1].lower() in ("pro", "anti"):
            continue  # "the pro-Kurdish Peoples' Democratic Party": an attitude, no name's word
        j = i
        while j + 1 < n and not claimed[j + 1]:
            gap = gaps[j]
            word = words[j + 1]
            if gap == "&" and word == "amp" and j + 2 < n and gaps[j + 1].startswith(";"):
                if gaps[j + 1] == ";" and is_cap[j + 2]:
                    j += 2  # "AT&amp;T": an ampersand the source left escaped
                    continue
                break
            if gap == " - " and is_cap[j + 1] and j == i and len(words[i]) <= 4:
                j += 1  # "Wal - Mart": a hyphenated name the source spaced out
                continue
            if gap == "-" and j > i and _syllable(word) and not is_cap[j + 1]:
                j += 1  # "Lee Myung-bak", "Lai Ching-te": a given name's second syllable
                continue
            if (size := _nickname(tokens, claimed, j)) and j == i:
                j += size + 1  # "Jimmy 'Barbecue' Cherizier", "Joaquin "El Chapo" Guzman": one
                continue  # person, the nickname inside the name
            if gap == "." and _initial(words[j]):
                gap = ". "  # "Folha de S.Paulo"
            if gap == ". " and words[j] in _TITLE_ABBREVIATIONS and is_cap[j + 1]:
                j += 1  # "Gen. Abdourahamane Tchiani", "Col. Assimi Goita": a titled name
                continue
            if plural_possessive(words[j], gap) and is_cap[j + 1]:
                gap = " "  # "Landless Workers' Movement": one name
            if gap not in _JOINERS or (gap == ". " and not _initial(words[j])):
                break
            if (
                word == "of"
                and j + 3 < n
                and words[j + 2] in phoenix_words()[1]
                and is_cap[j + 3]
                and gaps[j + 2] == " "
            ):
                break  # "the Democratic Unionist Party of Ian Paisley": its leader, named apart
            if is_cap[j + 1] or (word in CONNECTORS and j + 2 < n and is_cap[j + 2]):
                j += 1
            elif (
                word in CONNECTORS
                and j + 3 < n
                and words[j + 2] in _SECOND_PARTICLES
                and gaps[j + 1] == gaps[j + 2] == " "
                and is_cap[j + 3]
            ):
                j += 2  # "Humberto de la Calle", "Pieter van den Broek": two particles
            elif (
                word == "and"
                and words[j] not in INSTITUTION_WORDS
                and _institution_from(tokens, claimed, j + 2)
            ):
                j += 1  # "Peace and Security Council", not "X Bank and Y Ministry"
            elif (
                word == "and"
                and j + 2 < n
                and words[j + 2] in _IDEAS
                and not claimed[j + 2]
                and ("of" in words[i:j] or "for" in words[i:j])
            ):
                j += 1  # "Forces of Freedom and Change", "Party of Peace and Unity"
            elif (
                word in ("for", "of")
                and (words[j] in INSTITUTION_WORDS or "for" in words[i : j + 1])
                and _the_before_name(words, gaps, is_cap, j + 2)
                and gaps[j + 1] == " "
                and not claimed[j + 3 + (former := words[j + 3] == "former")]
            ):  # "Movement for the Actualisation of the Sovereign State of Biafra"; "the
                j += 2 + former  # International Criminal Tribunal for the former Yugoslavia"
            elif (
                word == "in"
                and words[j] in MISSION_WORDS
                and j + 2 < n
                and is_cap[j + 2]
                and not claimed[j + 2]
                and gaps[j + 1] == " "
            ):
                j += 1  # "United Nations Interim Force in Lebanon": one name
            elif words[i] in ORGANISATION_OPENERS and _the_before_name(words, gaps, is_cap, j + 1):
                j += 1  # "Save the Children", "Friends of the Earth": a campaign's name
            elif (
                word == "s"
                and j + 2 < n
                and gaps[j + 1] == " "
                and (words[j + 2] in INSTITUTION_WORDS or (words[j] == "People" and is_cap[j + 2]))
            ):
                j += 2  # "Worldwide Developer's Conference", "People's Liberation Army": one name
            else:
                break
        done = j
        if i == j and (
            words[i] in NOT_NAMES
            or words[i] in _HOLIDAYS
            or (words[i] in PORTFOLIOS and _PORTFOLIO_AND.match(text, tokens.ends[i]))
            or _inside_common_word(tokens, i)
            or (words[i] in _MONTH_ABBREVIATIONS and _month_before_day(tokens, i))
        ):
            continue  # "The", "However", "President", "Aug 26", "Easter": nothing to keep
        if _holiday(words, i, j) or _model_number(tokens, j):
            continue
        runs.extend(_trim(text, tokens, i, j, initial, mid_capitals))
    return runs


def _model_number(tokens: Tokens, last: int) -> bool:
    """A name that a hyphen and a number end is a model's, no actor: "a Russian Mi-24
    helicopter", "Su-25 jets", "a Long March-5 rocket" (a body so named, "G-20", is the
    dictionaries' and taken before)."""
    following = last + 1
    return (
        tokens.gaps[last] == "-"
        and following < len(tokens.words)
        and tokens.words[following][0].isdigit()
    )


def _nickname(tokens: Tokens, claimed: list[bool], index: int) -> int:
    """How many capitalised words (one or two) stand quoted after word ``index`` and before
    another capitalised word: a nickname between a given name and a surname; else 0."""
    closing = _NICKNAME_QUOTES.get(tokens.gaps[index])
    words, gaps, is_cap = tokens.words, tokens.gaps, tokens.capitalised
    if closing is None:
        return 0
    for size in (1, 2):
        last = index + size
        if (
            last + 1 < len(words)
            and all(is_cap[index + 1 : last + 2])
            and not any(claimed[index + 1 : last + 2])
            and gaps[last] == closing
            and all(gap == " " for gap in gaps[index + 1 : last])
        ):
            return size
    return 0


def _syllable(word: str) -> bool:
    """A romanised syllable written in lower case after a hyphen ("bak", "hong", "te")."""
    return 1 < len(word) <= 4 and word.isalpha() and word.isascii()


def _trim(
    text: str, tokens: Tokens, first: int, last: int, initial: set[int], mid_capitals: set[str]
) -> list[tuple[int, int, bool]]:
    """Cut a run at titles inside it ("Microsoft CEO Bill Gates") and trim what is no name."""
    all_words = tokens.words
    if first == last and not _title_word(all_words[first], False):  # a lone name-word
        piece = _trim_piece(text, tokens, first, last, False, initial, mid_capitals)
        return [piece] if piece else []
    words = all_words[first : last + 1]
    # "General Motors", "Foreign Office", "Mutual Defense Treaty": title words that belong to
    # an institution's name or a treaty's.
    institution = words[-1] in INSTITUTION_WORDS or words[-1] in EVENT_WORDS
    pieces: list[tuple[int, int, bool]] = []
    begin, titled = first, False
    for index, word in enumerate(words):
        inside = 0 < index < len(words) - 1 or index == 0
        opens_body = index + 1 < len(words) and words[index + 1] in INSTITUTION_WORDS
        if (  # "General Confederation of Labour": a body's first word, no officer's title
            _title_word(word, False)
            and inside
            and not institution
            and not opens_body
            and first + index >= begin
            and words[index - 1] != "the"  # "Forces for the Defence of Democracy": a cause
        ):
            employer = all_words[begin : first + index]
            # what stands before a title is its holder's employer, or the office's portfolio
            if employer and not all(w in PORTFOLIOS for w in employer):  # ("Economy Minister")
                pieces.append((begin, first + index - 1, False))
            begin, titled = first + index + 1 + _portfolio(words, index + 1), True
    if begin <= last:
        pieces.append((begin, last, titled))
    kept = []
    if last - first >= 3:  # room for "Name Surname of Firm"
        pieces = [p for piece in pieces for p in _person_of(all_words, *piece)]
    for start, stop, has_title in pieces:
        piece = _trim_piece(text, tokens, start, stop, has_title, initial, mid_capitals)
        if piece:
            kept.append(piece)
    return kept


def _trim_piece(
    text: str,
    tokens: Tokens,
    first: int,
    last: int,
    titled: bool,
    initial: set[int],
    mid_capitals: set[str],
) -> tuple[int, int, bool] | None:
    article_words = tokens.distinct
    words = tokens.words[first : last + 1]
    if first in initial and len(words) > 2 and words[0].endswith("ing") and words[1] in CONNECTORS:
        del words[:2]  # "Speaking for Apple Corps, ...": a participle opens the sentence
        first += 2
    while words and words[0] in _EDGE_WORDS and not _opens_name(words, first in initial):
        words.pop(0)
        first += 1
    if len(words) > 2 and words[1] == "of" and (words[0] in _MEMBERS or words[0] in _PEOPLE_OF):
        del words[:2]  # "Fighters of Foday Sankoh's Revolutionary United Front", "Critics of
        first += 2  # Tesla": its members or its people, no word of a name
    if len(words) > 1 and words[0] in CREEDS:  # "Marxist People's Liberation Front",
        words.pop(0)  # "Islamist Ennahda": what the party believes, no word of its name
        first += 1
    while words and (words[-1] in _EDGE_WORDS or words[-1] == "the"):  # "Forces for the"
        # "the Roman Catholic Sant'Egidio community": a creed before a name, no name itself
        cut = 2 if words[-2:] == ["Roman", "Catholic"] else 1
        del words[-cut:]
        last -= cut
    if not words or (
        _title_word(words[0], titled)  # most runs open with a name: no generator for them
        and all(_title_word(w, titled) for w in words)
    ):
        return None
    if _title_word(words[-1], titled) and all(
        w in PORTFOLIOS or w == "and" or _title_word(w, titled) for w in words
    ):
        return None  # "External Affairs Minister" before a name the lexicon knows: an office
    if _regional(words, text, tokens.ends[last]):
        return None  # "the West African bloc ECOWAS", "its Gulf Arab allies": a region's word
    if len(words) == 1:
        word = words[0]
        if word[0].isdigit() or (len(word) < 2 and not titled):
            return None
        if word in _MONTH_ABBREVIATIONS and _month_before_day(tokens, first):
            return None  # "On Jan. 1, 2006, ...": the month, once "On" is trimmed
        if (
            first in initial
            and not titled
            and not (
                word.isupper()
                or _camel_case(word)
                or (
                    (
                        _SAYS.match(text, tokens.ends[last])
                        or _OFFICER_AFTER.match(text, tokens.ends[last])
                    )
                    and not _people_who_say(word)
                )
                or _LEADS_AFTER.match(text, tokens.ends[last])
                or _acts(word, tokens, last)
            )
            and (word.lower() in article_words or word not in mid_capitals)
        ):
            return None
        if not titled and word.lower() in article_words and not word.isupper():
            return None
    return first, last, titled


#: Compass words that make a region's adjective of a continent's ("West African").
_COMPASS = frozenset(
    words("""West East North South Southeast Southwest Northeast Northwest Southern Northern
    Eastern Western Central Latin Gulf""")
)
_CONTINENTAL = frozenset(words("African Asian American European Arab Arabian Caribbean Pacific"))
_GULF_AFTER = re.compile(r" (?:Arabs?|states|countries|monarchies|neighbou?rs|allies|partners)\b")


def _regional(words: list[str], text: str, end: int) -> bool:
    """A region's adjective, no actor: "West African", "Southeast Asian", "Gulf" before
    "Arab" or "states" (a state's own adjective, "South African", is the gazetteer's)."""
    if len(words) == 1:
        return words[0] == "Gulf" and _GULF_AFTER.match(text, end) is not None
    return words[-1] in _CONTINENTAL and all(w in _COMPASS for w in words[:-1])


def _acts(word: str, tokens: Tokens, index: int) -> bool:
    """A sentence's first word right before an event verb in the past ("Huawei sued the U.S.
    government", "Shell agreed to sell", "Volkswagen signed a deal"): a name that acts, unless a plural, a gerund or a
    state's agents' word ("Protesters stormed", "Fighting erupted", "Police arrested")."""
    if index + 1 >= len(tokens.words) or word.endswith(("s", "ing", "men")):
        return False
    verb = tokens.words[index + 1]
    entry = load_verbs().forms.get(verb)
    if entry is None or (entry[1] is None and verb != "signed") or not verb.endswith("d"):
        return False
    return word.lower() not in phoenix_words()[0]


#: A capitalised word of three letters or more, then a capital: "TikTok", "YouTube",
#: "SpaceX" (not "VoIP" or "PhD", abbreviations of things).
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}[A-Z]")


def _camel_case(word: str) -> bool:
    """A brand's spelling, a name wherever it stands, a sentence's first word included."""
    return _CAMEL_CASE.match(word) is not None


def _title_word(word: str, titled: bool) -> bool:
    """A title ("President", "Ministers"), or a titled name's portfolio ("Energy")."""
    return word in TITLES or word[:-1] in TITLES or (titled and word in PORTFOLIOS)


#: Stopwords that also open names ("New York", "Great Lakes") when not opening a sentence.
NAME_OPENERS = frozenset(words("New Old Big Great Good High"))
_MONTH_ABBREVIATIONS = frozenset(words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"))
#: Feasts and holidays named alone ("an Easter gift", "before Ramadan"): days, no actors.
_HOLIDAYS = frozenset(
    words("""Easter Christmas Ramadan Eid Hanukkah Passover Thanksgiving Diwali Nowruz Tet
    Lent Advent Yom Kippur Ashura Hajj""")
)


def _holiday(words: list[str], first: int, last: int) -> bool:
    """ "May Day", "Victory Day", "New Year's Day", a "Christmas Day Mass": a day, and what is
    held on it, are no actor ("Doris Day", a given name before it, is)."""
    if "Day" not in words[first + 1 : last + 1]:
        return False
    day = words.index("Day", first + 1, last + 1)
    return not (day == first + 1 and words[first] in phoenix_words()[1])


def _month_before_day(tokens: Tokens, index: int) -> bool:
    """ "Aug 26", "Sept. 3": a month's abbreviation before a day is a date, not a name."""
    if index + 1 >= len(tokens.words):
        return False
    return tokens.gaps[index] in (" ", ". ") and tokens.words[index + 1].isdigit()


def _opens_name(words: list[str], sentence_start: bool) -> bool:
    """ "Muslim Brotherhood", "Central Command", "Democratic Party": an adjective before a
    name-word (neither adjective nor stopword) is the name's first word; so is "New" of "the
    New York Times" inside a sentence."""
    if words[0] in ADJECTIVES and len(words) > 2 and not _PARTY_WORDS.isdisjoint(words[2:]):
        return True  # "Liberal Democratic Party", "Democratic Justice Party (of X)": its name
    return (
        (words[0] in ADJECTIVES or (words[0] in NAME_OPENERS and not sentence_start))
        and len(words) > 1
        and words[1] not in _EDGE_WORDS
        and words[1] not in TITLES
    )


#: A party's or a front's last word: the adjectives before it are its name's.
_PARTY_WORDS = frozenset(words("Party Front Union Movement Congress Alliance League Coalition"))


def _person_of(
    words: list[str], first: int, last: int, titled: bool
) -> list[tuple[int, int, bool]]:
    """ "Warren Buffett of Berkshire Hathaway", "(King) Hussein of Jordan": a person's name,
    then the body or state they belong to, not one name.  After a title one word is name
    enough."""
    for index in range(first + (1 if titled else 2), last):
        if words[index] in ("of", "for"):
            if (titled or words[first] in phoenix_words()[1]) and not INSTITUTION_WORDS & set(
                words[first:index]
            ):
                return [(first, index - 1, titled), (index + 1, last, False)]
            break
    return [(first, last, titled)]


def _portfolio(words: list[str], after: int) -> int:
    """How many words after a title name its portfolio, not its holder: "(Secretary) of Energy
    (Jeffrey Kupfer)", "(Minister) of Foreign Affairs (Sergei Lavrov)"; a holder's name is
    always left."""
    if after >= len(words) or words[after] not in ("of", "for"):
        return 0
    end = after + 1
    while end < len(words) - 1 and (words[end] in PORTFOLIOS or words[end] in ("and", "the")):
        end += 1
    return end - after if end > after + 1 else 0


def _the_before_name(words: list[str], gaps: list[str], is_cap: list[bool], index: int) -> bool:
    """ "the Children", "of the Earth": a lower-case "the" (after "of") then a capitalised word;
    ``index`` may be past the last word (a text that stops at "Movement for")."""
    if index >= len(words):
        return False
    if words[index] == "of" and index + 1 < len(words) and gaps[index] == " ":
        index += 1
    if words[index : index + 2] == ["the", "former"]:  # "for the former Yugoslavia"
        index += 1
    return words[index] in ("the", "former") and index + 1 < len(words) and is_cap[index + 1]


def _inside_common_word(tokens: Tokens, index: int) -> bool:
    """ "Shi'ite", "Qur'an", "Don't": a capital opening a word that an apostrophe and lower-case
    letters go on with, not a name (a possessive's "s" aside)."""
    if index + 1 >= len(tokens.words) or tokens.gaps[index] not in ("'", "’"):
        return False
    following = tokens.words[index + 1]
    return following[0].islower() and following != "s"


def _initial(word: str) -> bool:
    """A single capital before a full stop: "J. Smith", not the end of "Iran."."""
    return len(word) == 1 and word.isupper()


def plural_possessive(word: str, gap: str) -> bool:
    """ "Workers' Movement": a plural's apostrophe inside a name."""
    return gap in ("' ", "’ ") and word.endswith("s")
