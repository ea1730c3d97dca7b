"""Where a known name sits among the capitalised words around it: a known name opening or
ending a longer unknown one ("Singapore Airlines", "Bank of America", "the Congress of South
African Trade Unions"), a people's body a state's name opens ("Nigeria Labour Congress"),
and a state's name that is a person's given name ("Foreign Minister Israel Katz").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from personae.store.ingest.affiliation import GROUP_KINDS
from personae.store.ingest.candidates import initials_spell, plural_possessive
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry, Match
from personae.store.ingest.lexicon import (
    GOVERNMENT_WORDS,
    LEGAL_ABBREVIATIONS,
    MISSION_WORDS,
    TITLES,
    words,
)
from personae.store.ingest.name_words import INSTITUTION_WORDS, NOT_NAMES, PORTFOLIOS
from personae.store.ingest.tokens import Tokens


def given_name(tokens: Tokens, first: int, last: int) -> bool:
    """A state's name between a title and a capitalised word is a person's given name:
    "Foreign Minister Israel Katz", "President Jordan Bardella"."""
    words, is_cap = tokens.words, tokens.capitalised
    return (
        first > 0
        and words[first - 1] in TITLES
        and tokens.gaps[first - 1] == " "
        and last + 1 < len(words)
        and is_cap[last + 1]
        and tokens.gaps[last] == " "
        and words[last + 1] not in NOT_NAMES
    )


#: Particles of an Arabic name, written before its next part: "Sabah al-Ahmad al-Sabah".
_ARABIC_PARTICLES = frozenset({"al", "bin", "ibn", "bint"})


def arabic_name_part(tokens: Tokens, first: int, last: int) -> bool:
    """A place's name joined to a particle of an Arabic name is a person's name's part:
    "Sheikh Sabah al-Ahmad al-Sabah" is no Malaysian state, twice."""
    words, gaps, is_cap = tokens.words, tokens.gaps, tokens.capitalised
    before = (
        first >= 2
        and words[first - 1] in _ARABIC_PARTICLES
        and gaps[first - 1] in ("-", " ")
        and is_cap[first - 2]
        and gaps[first - 2] == " "
    )
    after = (
        last + 2 < len(words)
        and gaps[last] == " "
        and words[last + 1] in _ARABIC_PARTICLES
        and gaps[last + 1] in ("-", " ")
        and is_cap[last + 2]
    )
    return before or after


def yields_to_longer_name(
    tokens: Tokens, first: int, last: int, entry: GazetteerEntry, gaz: Gazetteer
) -> bool:
    """ "Singapore Airlines", "United States Air Force", "Apple Corps": a known name opening a
    longer capitalised name that ends as an institution's does is not the known actor; nor is
    a city opening an unknown name ("Braga Netto"), nor a one-word name of a person opening a
    longer one ("Abdullah Ocalan")."""
    words, gaps = tokens.words, tokens.gaps
    if _civic_name_after(tokens, last):
        return True
    j = last
    while j + 1 < len(words) and gaps[j] == " ":
        word = words[j + 1]
        if (
            not word[0].isupper()
            or (word in NOT_NAMES and word not in LEGAL_ABBREVIATIONS)  # "Co" ends a name
            or gaz.lookup(word) is not None
        ):
            break
        j += 1
    if j == last or entry.kind == "armed_group" or _portfolio_of_office(tokens, j):
        return False
    return (
        words[j] in INSTITUTION_WORDS
        or (entry.kind == "place" and entry.affiliation is not None)
        or (entry.kind == "person" and first == last)
    )  # "Abdullah Ocalan" is no King Abdullah


#: An office's noun after its portfolio: "Iraqi Oil| Minister", "Qatari Energy| Ministry".
_OFFICE_NOUNS = frozenset(("Minister", "minister", "Ministry", "ministry", "Secretary"))


def _portfolio_of_office(tokens: Tokens, last: int) -> bool:
    """Whether the name's last word is an office's portfolio ("Iraqi Oil Minister",
    "Nigerian Petroleum Minister"): the state's minister, no company named "Iraqi Oil"."""
    words = tokens.words
    return (
        words[last] in PORTFOLIOS
        and last + 1 < len(words)
        and tokens.gaps[last] == " "
        and words[last + 1] in _OFFICE_NOUNS
    )


#: Last words of a people's own body ("Nigeria Labour Congress", "Belarusian Popular Front"),
#: which a state's name may open; not of a state's own body ("Russian Foreign Ministry").
_CIVIC_WORDS = frozenset(
    words("""Front Movement Congress Center Centre League Alliance Federation Confederation
    Association Union Unions Party""")
)


def _civic_name_after(tokens: Tokens, last: int) -> bool:
    """Whether two or more capitalised words after a state's name end a people's body's name:
    "Nigeria Labour Congress", "Zimbabwe Congress of Trade Unions" are the unions, though
    "Congress" alone is a known name ("the Colombian Congress" stays Colombia's)."""
    words, gaps = tokens.words, tokens.gaps
    j = last
    while j + 1 < len(words) and (gaps[j] == " " or plural_possessive(words[j], gaps[j])):
        if words[j + 1] == "of" and j > last and j + 2 < len(words) and gaps[j + 1] == " ":
            j += 1  # "Zimbabwe Congress of Trade Unions"
            continue
        if not words[j + 1][0].isupper() or words[j + 1] in NOT_NAMES:
            break
        j += 1
    return j - last >= 2 and words[j] in _CIVIC_WORDS


def civic_name(name_words: list[str]) -> bool:
    """ "Nigeria Labour Congress", "Belarusian Popular Front": a people's body that a state's
    name opens, not the state's own."""
    return len(name_words) > 2 and name_words[-1] in _CIVIC_WORDS


def inside_longer_name(
    tokens: Tokens, index: int, claimed: list[bool], gaz: Gazetteer, initial: set[int]
) -> bool:
    """ "EADS North America", "Bank of America", "Special Tribunal for Lebanon": a state name
    ending a longer unknown name."""
    if index == 0 or claimed[index - 1]:
        return False
    word, gap = tokens.words[index - 1], tokens.gaps[index - 1]
    if word in _NAME_PARTICLES and index >= 2 and gap == " ":  # "Mocimboa da Praia"
        return tokens.words[index - 2][0].isupper() and tokens.gaps[index - 2] == " "
    if (
        word == "the"
        and index >= 3
        and tokens.words[index - 2] == "of"
        and tokens.words[index - 3] in INSTITUTION_WORDS
    ):  # "the Central Bank of the Argentine Republic": the bank's name, the state its own
        return True
    if word == "of" and index >= 2 and gap == " ":
        if index - 2 in initial:  # "Shares of Apple": a sentence's first word, not a name's
            return False
        word, gap = tokens.words[index - 2], " of "
    if index >= 4 and tokens.words[index - 3 : index] == ["for", "the", "former"]:
        index -= 2  # "the International Criminal Tribunal for the former Yugoslavia"
        word = "for"
    if word == "for" and index >= 2 and gap == " ":  # "the Special Tribunal for Lebanon"
        return tokens.words[index - 2] in INSTITUTION_WORDS and tokens.gaps[index - 2] == " "
    if word == "in" and index >= 2 and gap == " ":  # "United Nations Interim Force in Lebanon"
        return tokens.words[index - 2] in MISSION_WORDS and tokens.gaps[index - 2] == " "
    return (
        gap in (" ", " of ")
        and word[0].isupper()
        and word not in NOT_NAMES
        and gaz.lookup(word) is None
    )


#: Particles inside a place's or a person's name, before a known name that ends it.
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "la"})


def joined_to_a_name(
    tokens: Tokens, hit: Match, claimed: list[bool], gaz: Gazetteer, initial: set[int]
) -> bool:
    """ "the bloc's Peace and Security Council": a known body's short form ending an
    institution's name that an unknown capitalised word and "and" open is not that body;
    nor is one word of it ending a capitalised run ("the opposition National Democratic
    Congress" is no "Congress" of the United States), nor one followed by "of" and a name."""
    words, gaps, index = tokens.words, tokens.gaps, hit.first_token
    if index == hit.last_token and _of_a_name(tokens, index):
        return True  # "the Congress of South African Trade Unions"
    if (
        index == hit.last_token
        and index >= 1
        and words[index] in INSTITUTION_WORDS
        and gaps[index - 1] == " "
        and not claimed[index - 1]
        and index - 1 not in initial  # "Yesterday Congress approved"
        and words[index - 1][0].isupper()
    ):
        return True
    if index < 2 or words[index - 1] != "and" or claimed[index - 2]:
        return False
    word = words[index - 2]
    return (
        gaps[index - 2] == gaps[index - 1] == " "
        and words[hit.last_token] in INSTITUTION_WORDS
        and word[0].isupper()
        and word not in NOT_NAMES
        and gaz.lookup(word) is None
    )


def _of_a_name(tokens: Tokens, index: int) -> bool:
    """A body's word before "of" and a capitalised name: a longer name goes on."""
    words, gaps, is_cap = tokens.words, tokens.gaps, tokens.capitalised
    after = index + 2 if index + 2 < len(words) and words[index + 2] == "the" else index + 1
    return (
        words[index] in INSTITUTION_WORDS
        and index + 1 < len(words)
        and words[index + 1] == "of"
        and gaps[index] == " "
        and after + 1 < len(words)
        and is_cap[after + 1]
    )


#: Words of a group's name that tell what it is, not where: a known name made only of
#: them ("Revolutionary Army", "Liberation Front") is the tail of a longer one after a place.
_GENERIC_GROUP_WORDS = frozenset(
    words("""Revolutionary Liberation National Army Front Movement People's Peoples Popular
    Democratic Islamic Resistance Salvation Patriotic United Forces Party Union Council
    Congress Alliance Federation Republican Socialist Communist Workers Freedom Independence
    Defence Defense Islamist Rebel Guerrilla Militia""")
)


def opens_group_name(text: str, place: Match, following: list[Match]) -> bool:
    """A place's name right before a known group name made of generic words only opens that
    group's own longer name: "Bougainville Revolutionary Army", not Bougainville and the
    Revolutionary Army."""
    if place.entry.kind != "place" or not following:
        return False
    group = following[0]
    return (
        group.start == place.end + 1
        and text[place.end] == " "
        and group.entry.kind in ("armed_group", "organisation")
        and all(word in _GENERIC_GROUP_WORDS for word in group.entry.name.split())
    )


#: A party's name after a state's word, made of generic words and a party's noun: "(Yemeni)
#: Socialist Party", "(Cambodian) People's Party", "(Iraqi) National Congress".
_PARTY_NAME_AFTER = re.compile(
    r" (?:(?:Revolutionary|Liberation|National|People['’]s|Peoples|Popular|Democratic|Islamic"
    r"|Socialist|Communist|Workers['’]?|Labour|Labor|Progressive|Republican|Unity|Freedom"
    r"|Independence|Patriotic|United|Social|Christian|Green|Conservative|Liberal|Auto|Metal"
    r"|Mine|Steel|Transport|Railway|Farm|Textile|Postal|Trade|Teachers['’]?|Nurses['’]?) ){1,3}"
    r"(?:Party|Front|Movement|Congress|Unions?|Alliance|League|Workers)\b"
    r"| (?:[A-Z][\w'’-]+ ){1,3}party\b"  # "(Pakistan) Tehreek-e-Insaf party": its own name
)  # "(Canadian) Auto Workers", "(Korean) Metal Workers' Union": a union, not the state


def opens_party_name(text: str, end: int) -> bool:
    """A state's name or adjective ending at ``end`` opens a party's name of generic words:
    "Yemeni Socialist Party" is one party, not Yemen and a Socialist Party."""
    return _PARTY_NAME_AFTER.match(text, end) is not None


#: A word in brackets right after a party's name that tells one party from another of that
#: name: "Communist Party of Nepal (Maoist)".  Not an acronym: "(PKK)" repeats the name.
_QUALIFIER = re.compile(r" \(([A-Z][a-z][\w-]*)\)")
#: Kinds of actor a bracketed word can qualify.
_QUALIFIED_KINDS = frozenset({"organisation", "armed_group", "other"})


def qualified_names(
    text: str, spans: list[tuple[int, int, str]], kind_of: Callable[[str], str]
) -> Iterator[tuple[int, tuple[int, int, str]]]:
    """(index, (start, end, name)) for each of ``spans`` (start, end, actor) whose name goes on
    with a bracketed qualifier: the longer span and name, a party of its own."""
    for index, (start, end, actor) in enumerate(spans):
        found = _QUALIFIER.match(text, end)
        if found is not None and kind_of(actor) in _QUALIFIED_KINDS:
            yield index, (start, found.end(), f"{actor} ({found[1]})")


#: The word right after a group's description: "the Syrian Kurdish militia| YPG".
_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")
_OF_GROUP_NAME = re.compile(
    r" of (?:the )?(?:[A-Z][\w'’-]* ){0,6}(?:Army|Front|Movement|Party|Brigades?|Group|Council"
    r"|Alliance|Union|Organi[sz]ation|Forces|Tigers|Guards?)\b"
)


#: A name after "of": "of al-Shabaab", "of the Taliban".
_OF_NAME = re.compile(
    r" of (?:the )?((?:[Aa]l[- ])?[A-Z][\w'’-]*(?: (?:(?:al|el|ul|bin|ibn) )?[A-Z][\w'’-]*){0,4})"
)


#: Last words of a name after "fighters of" that is no group's: a body's or a region's.
_NO_GROUPS_TAILS = GOVERNMENT_WORDS | frozenset(
    words("Region Province State Republic District Valley Mountains Government")
)


def names_group_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """A group's name, an acronym or one the dictionaries know, right after its description,
    or named "of" it ("Separatist rebels of the West Papua National Liberation Army")."""
    if _OF_GROUP_NAME.match(text, end):
        return True
    named = _OF_NAME.match(text, end)  # "Somali militants of al-Shabaab"
    if named is not None and (known := gaz.lookup(named[1])) is not None:
        return known.kind in GROUP_KINDS
    if named is not None and " " in named[1] and named[1].split()[-1] not in _NO_GROUPS_TAILS:
        return True  # "Muslim militants of the Jamaat al Muslimeen": a name no dictionary
        # knows, of several words, is the group's own (not "fighters of the Kurdistan Region")
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    known = gaz.lookup(word[1])
    return (known is not None and known.kind in GROUP_KINDS) or (
        word[1].isupper() and len(word[1]) > 1
    )


#: Words after a known company's name that name the same company ("Toyota Motor Corp.",
#: "Samsung Electronics": readers and coders name it Samsung).  Not "Capital" or "Records":
#: "Barclays Capital" and "Apple Records" are companies of their own.
COMPANY_TAILS = frozenset(
    words("""Inc Incorporated Corp Corporation Ltd Limited LLC plc PLC Co Company AG SA GmbH NV
    Group Holdings Motor Motors Computer International Electronics Technologies Technology
    Industries Telecom Telecommunications Communications Pharmaceuticals Petroleum Oil Energy
    Airlines Airways Aerospace Semiconductor Chemicals Steel""")
)


def company_tail(text: str, tokens: Tokens, last: int, end: int) -> tuple[int, int]:
    """The last token and the end of a known company's name, with the suffixes after it."""
    words = tokens.words
    j = last
    while j + 1 < len(words) and words[j + 1] in COMPANY_TAILS:
        if tokens.gaps[j] != " ":
            break
        j += 1
        end = tokens.ends[j]
    if j > last and end < len(text) and text[end] == "." and words[j] in LEGAL_ABBREVIATIONS:
        end += 1
    return j, end


#: A company's legal form at the end of its name: "ZTE Corp" is ZTE too.  Not "Company":
#: "the East India Company" is no East India.
_LEGAL_FORM = re.compile(
    r",?\s+(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|Co|AG|SA|GmbH|NV|BV"
    r"|SpA)\.?$"
)


def without_legal_form(name: str, gaz: Gazetteer) -> str | None:
    """The company's name without its legal form ("ZTE Corp": "ZTE"), by which readers and
    other articles name it; None if it has none, or what is left names a place."""
    form = _LEGAL_FORM.search(name)
    if form is None or form.start() == 0:
        return None
    short = name[: form.start()]
    known = gaz.lookup(short)
    return None if known is not None and known.kind in ("state", "place") else short


#: A name spelled out before its initials in brackets: "the Justice and Equality Movement
#: (JEM)", "the Commission for Conciliation, Mediation and Arbitration (CCMA)".
_SPELLED_BEFORE_BRACKETS = re.compile(
    r"((?:[A-Z][\w'’-]*|of|for|and|the|on|in|de|du|des|del|la|le)"
    r"(?:,? (?:[A-Z][\w'’-]*|of|for|and|the|on|in|de|du|des|del|la|le)){1,9}) \(([A-Z]{2,8})\)"
)


def acronyms_spelled(text: str) -> dict[str, str]:
    """The initials an article defines by spelling them out before them in brackets, each
    with the name it spells: that name's, whatever else a lexicon knows by them ("Justice
    and Equality Movement (JEM)" is no Jaish-e-Mohammed)."""
    if " (" not in text:
        return {}
    out: dict[str, str] = {}
    for match in _SPELLED_BEFORE_BRACKETS.finditer(text):
        name, acronym = match.group(1).split(), match.group(2)
        for start in range(len(name)):  # "Rebels of the| Justice and Equality Movement"
            if name[start][0].isupper() and initials_spell(name[start:], acronym):
                out.setdefault(acronym, " ".join(name[start:]))
                break
    return out
