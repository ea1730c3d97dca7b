"""Capitalised names that no earlier pass explained: runs of capitalised words, trimmed.

A run is cut at titles inside it ("Microsoft CEO Bill Gates") and trimmed of stopwords,
adjectives and connectors; a lone word that is only capitalised because it opens a sentence
is dropped.  What is left becomes a candidate, one per distinct name with all its mentions.
How a run is cut and trimmed is in name_trim.py; the words that join, open or end a name
are in name_words.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import compress, count

from personae.store.ingest.gazetteer import load_gazetteer, phoenix_words
from personae.store.ingest.lexicon import (
    LEGAL_ABBREVIATIONS,
    MISSION_WORDS,
    ORGANISATION_OPENERS,
    STOPWORDS,
    TITLES,
    words,
)
from personae.store.ingest.name_trim import MONTH_ABBREVIATIONS, month_before_day, trimmed_runs
from personae.store.ingest.name_words import (
    BRANCHES,
    BUILDING_WORDS,
    CONNECTORS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    PORTFOLIOS,
    TOPIC_BODIES,
)
from personae.store.ingest.tokens import Tokens

#: A name's second particle, after a first one ("de la", "van den", "de los").
_SECOND_PARTICLES = frozenset(words("la le los las der den de al el ter"))
#: A second portfolio and its office after a first: "Trade| and Industry Secretary".
_PORTFOLIO_AND = re.compile(r" and (?:[A-Z][a-z]+ ){1,2}(?:Minister|Secretary)\b")
#: A portfolio's body written in lower case after it ("State department", "Foreign ministry").
_BODY_AFTER = re.compile(r" (department|ministry)\b")
#: Ideas a body is named for, joined by "and" after "of" ("Forces of Freedom and
#: Change"): the name goes on, where "the Bank of England and Barclays" names two.
_IDEAS = frozenset(
    words("""Change Justice Development Peace Security Democracy Freedom Reconciliation Reform
    Progress Prosperity Equality Unity Liberty Liberation Welfare Renewal Cooperation Dignity
    Solidarity Independence Sovereignty Truth Accountability Transparency Integration Concord
    Harmony Hope Stability Salvation Renaissance Revival Recovery Restoration Dialogue""")
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


#: Quotes that open a slogan; only a name right after one is looked at as a slogan.
_OPENING_QUOTES = frozenset('"“‘')
#: A slogan's opening quote: "chanting| "|Freedom" and "|Down with the dictatorship"".
_CHANTED = re.compile(
    r"\b(?:chant|shout|slogan|cr(?:y|ie|yi)|read(?:ing|s)\b|banners?\b|placards?\b)\w*\s+"
    r"(?:of\s+)?(?:[\"“‘][^\"”’]{1,60}[\"”’],?\s+(?:and\s+|or\s+)?)*[\"“‘]$"
)


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
        if text[start - 1 : start] in _OPENING_QUOTES and _CHANTED.search(
            text, max(0, start - 120), start
        ):  # chanting "Freedom" and "Down with the dictatorship": words, no one
            continue
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


def _state_named(name: str) -> bool:
    """Whether ``name`` is a state's ("Bosnia and Herzegovina")."""
    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.kind == "state"


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
        j, spelled = i, None
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
            if (gap == ", " or word == "and") and (listed := _portfolios_listed(words, gaps, i, j)):
                j += listed  # "Ministry of Economy, Trade and Industry": one ministry
                continue
            if (gap == ", " or word == "and") and (spelled := _spelled_out(text, tokens, i, j)):
                j = spelled  # "Association of Mineworkers and Construction Union (AMCU)",
                break  # "Commission for Conciliation, Mediation and Arbitration (CCMA)"
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
                and j > i
                and words[j - 1] == "of"
                and j + 2 < n
                and is_cap[j + 2]
                and _state_named(f"{words[j]} and {words[j + 2]}")
            ):  # "Court of Bosnia and Herzegovina", "Central Bank of Trinidad and Tobago"
                j += 2
            elif (
                word == "and"
                and j - i < 2
                and words[j] not in INSTITUTION_WORDS
                and _institution_from(tokens, claimed, j + 2)
            ):  # "Peace and Security Council", not "X Bank and Y Ministry" nor "Jean-Yves
                j += 1  # Le Drian and African Union Commission": a name of its own before "and"
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
                and (
                    words[j] in INSTITUTION_WORDS
                    or words[j] in BUILDING_WORDS  # "the Great Hall of the People"
                    or "for" in words[i : j + 1]
                )
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
            elif (
                word in ("on", "against")
                and words[j] in TOPIC_BODIES
                and j + 2 < n
                and is_cap[j + 2]
                and words[j + 2] not in STOPWORDS
                and not claimed[j + 2]
                and gaps[j + 1] == " "
            ):
                j += 1  # "Inter-American Commission on Human Rights", "Council on Foreign
                # Relations", "Commission against Impunity": a body named for its topic
            elif words[i] in ORGANISATION_OPENERS and _the_before_name(words, gaps, is_cap, j + 1):
                j += 1  # "Save the Children", "Friends of the Earth": a campaign's name
            elif (
                word == "s"
                and j + 2 < n
                and gaps[j + 1] == " "
                and not claimed[j + 2]  # not into a name found before: "Besigye's Forum for ..."
                and (
                    (words[j + 2] in INSTITUTION_WORDS and words.index(words[j]) == j)
                    or (words[j] == "People" and is_cap[j + 2])
                )  # (nor after one: "Cellou Dalein Diallo ... Diallo's Union of ...": his)
            ):
                j += 2  # "Worldwide Developer's Conference", "People's Liberation Army": one name
            else:
                break
        done = j
        if spelled:  # the initials after it spell it: the name as written, no title cut out
            runs.append((next(k for k in range(i, j) if words[k] not in STOPWORDS), j, False))
            continue
        if i == j and (
            words[i] in NOT_NAMES
            or words[i] in _HOLIDAYS
            or (words[i] in PORTFOLIOS and _PORTFOLIO_AND.match(text, tokens.ends[i]))
            or _inside_common_word(tokens, i)
            or (words[i] in MONTH_ABBREVIATIONS and month_before_day(tokens, i))
        ):
            continue  # "The", "However", "President", "Aug 26", "Easter": nothing to keep
        if _holiday(words, i, j) or _model_number(tokens, j):
            continue
        runs.extend(trimmed_runs(text, tokens, i, j, initial, mid_capitals))
    return runs


#: A name's initials in brackets right after it: "Union| (AMCU)".
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{3,8})\)")


def _spelled_out(text: str, tokens: Tokens, first: int, last: int) -> int | None:
    """Where a name that goes on past "and" or a comma ends, when the initials in brackets
    after it spell it out ("Association of Mineworkers and Construction Union (AMCU)"): one
    name, not two."""
    words, gaps = tokens.words, tokens.gaps
    end = last
    while end + 1 < len(words) and end - last < 8 and gaps[end] in (" ", ", ", "-"):
        end += 1
        if not (tokens.capitalised[end] or words[end] in CONNECTORS or words[end] == "and"):
            return None
        if (acronym := _ACRONYM_AFTER.match(text, tokens.ends[end])) is not None:
            while words[first] in STOPWORDS:  # "The| Association of ..."
                first += 1
            spelled = initials_spell(words[first : end + 1], acronym.group(1))
            return end if spelled and tokens.capitalised[end] else None
    return None


def initials_spell(name: list[str], acronym: str) -> bool:
    """Whether the capitalised words' initials spell ``acronym``, with or without the small
    words' ("Economic Community of West African States": ECOWAS)."""
    if not name:
        return not acronym
    word, rest = name[0], name[1:]
    if word[0].isupper():
        return bool(acronym) and acronym[0] == word[0] and initials_spell(rest, acronym[1:])
    return initials_spell(rest, acronym) or (
        bool(acronym) and acronym[0] == word[0].upper() and initials_spell(rest, acronym[1:])
    )


def _portfolios_listed(words: list[str], gaps: list[str], first: int, last: int) -> int:
    """How many more words a body's list of portfolios goes on for after a comma, "of"
    having opened it ("Ministry of Economy, Trade and Industry", "Department of Health,
    Education, and Welfare"); 0 when the words after the comma are no such list, which must
    end with "and" and a portfolio ("the Ministry of Defence, Britain and France")."""
    of = last - 1
    while of > first and words[of] != "of":
        of -= 1
    if words[of] != "of" or words[of - 1] not in INSTITUTION_WORDS or words[last] not in BRANCHES:
        return 0
    at = last
    while at + 2 < len(words) and gaps[at] in (", ", " "):
        after = words[at + 1]
        if after == "and" and gaps[at + 1] == " " and words[at + 2] in BRANCHES:
            at += 2
            while at + 1 < len(words) and gaps[at] == " " and words[at + 1] in BRANCHES:
                at += 1  # "... and Natural Resources"
            return at - last
        if after not in BRANCHES:
            return 0
        at += 1
    return 0


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
