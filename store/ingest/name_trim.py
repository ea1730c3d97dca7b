"""How a run of capitalised words is cut down to a name: at titles inside it ("Microsoft CEO
Bill Gates"), at "of" between a person and their body ("Warren Buffett of Berkshire
Hathaway"), of stopwords, adjectives, creeds and members' words at its ends, and of a lone
word that is only capitalised because it opens a sentence, unless it speaks or acts there.

Finding the runs in the text is candidates.py's; this is what is kept of each.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from personae.store.ingest.cameo import load_verbs
from personae.store.ingest.gazetteer import phoenix_words
from personae.store.ingest.lexicon import (
    ADJECTIVES,
    EVENT_WORDS,
    PARTY_WORDS,
    TITLES,
    words,
)
from personae.store.ingest.name_words import (
    CONNECTORS,
    CREEDS,
    EDGE_WORDS,
    INSTITUTION_WORDS,
    NAME_OPENERS,
    PORTFOLIOS,
    TOPIC_BODIES,
)
from personae.store.ingest.tokens import Tokens

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


def trimmed_runs(
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
    institution = (
        words[-1] in INSTITUTION_WORDS
        or words[-1] in EVENT_WORDS
        or any(a in TOPIC_BODIES and b in ("on", "against") for a, b in pairwise(words))
    )  # "Council on Foreign Relations"
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
    while words and words[0] in EDGE_WORDS and not _opens_name(words, first in initial):
        words.pop(0)
        first += 1
    if len(words) > 2 and words[1] == "of" and (words[0] in _MEMBERS or words[0] in _PEOPLE_OF):
        del words[:2]  # "Fighters of Foday Sankoh's Revolutionary United Front", "Critics of
        first += 2  # Tesla": its members or its people, no word of a name
    if len(words) > 1 and words[0] in CREEDS:  # "Marxist People's Liberation Front",
        words.pop(0)  # "Islamist Ennahda": what the party believes, no word of its name
        first += 1
    while words and (words[-1] in EDGE_WORDS or words[-1] == "the"):  # "Forces for the"
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
        if word in MONTH_ABBREVIATIONS and month_before_day(tokens, first):
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


MONTH_ABBREVIATIONS = frozenset(words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"))


def month_before_day(tokens: Tokens, index: int) -> bool:
    """ "Aug 26", "Sept. 3": a month's abbreviation before a day is a date, not a name."""
    if index + 1 >= len(tokens.words):
        return False
    return tokens.gaps[index] in (" ", ". ") and tokens.words[index + 1].isdigit()


def _opens_name(words: list[str], sentence_start: bool) -> bool:
    """ "Muslim Brotherhood", "Central Command", "Democratic Party": an adjective before a
    name-word (neither adjective nor stopword) is the name's first word; so is "New" of "the
    New York Times" inside a sentence."""
    if (
        (words[0] in ADJECTIVES or words[0] == "All")
        and len(words) > 2
        and not PARTY_WORDS.isdisjoint(words[2:])
    ):  # "Liberal Democratic Party", "Democratic Justice Party (of X)", "All Nigeria Peoples
        return True  # Party", "All Progressives Congress": its name
    if words[0] in _COUNTS and not sentence_start and not PARTY_WORDS.isdisjoint(words[1:]):
        return True  # "Nepal's Seven Party Alliance": a count capitalised inside a sentence
    return (
        (words[0] in ADJECTIVES or (words[0] in NAME_OPENERS and not sentence_start))
        and len(words) > 1
        and words[1] not in EDGE_WORDS
        and words[1] not in TITLES
    )


#: Counts that open a body's name: "Seven Party Alliance", "Eighteen Nation Committee".
_COUNTS = frozenset(
    words("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Eighteen Twenty")
)


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
