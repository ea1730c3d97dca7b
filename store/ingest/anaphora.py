"""Words that refer back to an actor instead of naming it: "the wealthy Gulf state", "He said".

A description ("the Gulf state", "a Balkan country") is a proper adjective before a generic
noun: no actor of its own (a definite one, "the ...", stands for a body named before it:
descriptions.py).  A pronoun that opens a sentence ("He said",
"It signed") is the actor that opened the sentence before it, when one actor did (not a
list, "Obama and Putin") and its kind fits the pronoun; else it is nobody, and relates no
one, rather than the wrong one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from itertools import chain
from operator import attrgetter
from typing import Protocol

from personae.store.ingest.lexicon import words
from personae.store.ingest.read import DATELINE
from personae.store.model import Span

#: A generic noun after a proper adjective: the phrase describes a state, it names none.
_GENERIC_NOUN = re.compile(
    r" (?:state|country|nation|kingdom|emirate|republic|monarchy)(s)?\b| countr(ies)\b"
)
#: The generic nouns' words: an article with none of them holds no description.
GENERIC_NOUNS = frozenset(
    words("""state states country countries nation nations kingdom kingdoms emirate emirates
    republic republics monarchy monarchies""")
)
#: What opens a description: an article or a demonstrative, maybe adjectives between.
_DESCRIPTION_OPENING = re.compile(
    r"\b(?:(the|this|that)|a|an|another|one)\s+"
    r"(?:(?!(?:in|of|at|on|near|from|to|for|with|by|into)\s)[a-z][a-z-]*,?\s+){0,3}$",
    re.IGNORECASE,
)  # not "a base in Borno state": the article is another noun's


def describes(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) opens a description (see ``_description``)."""
    return _description(text, start, end) is not None


def _description(text: str, start: int, end: int) -> bool | None:
    """None if the name at [start, end) names; False if it describes no one in particular ("a
    Balkan country", "Gulf states"); True if it describes one state ("the Gulf state")."""
    noun = _GENERIC_NOUN.match(text, end)
    if noun is None:
        return None
    opening = _DESCRIPTION_OPENING.search(text, max(0, start - 60), start)
    if opening is None:
        return None
    return opening.group(1) is not None and noun.group(1) is None and noun.group(2) is None


def split_descriptions(
    text: str,
    spans: list[tuple[int, int]],
    sentence_starts: Sequence[int],
    states: Sequence[tuple[int, int, str]],
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """A name's mentions that name it, and (start, end, state) of those that describe a state
    clearly; a description of nobody in particular is in neither."""
    kept: list[tuple[int, int]] = []
    referred: list[tuple[int, int, str]] = []
    for start, end in spans:
        definite = _description(text, start, end)
        if definite is None:
            kept.append((start, end))
        elif definite and (state := described_state(text, start, sentence_starts, states)):
            referred.append((start, end, state))
    return kept, referred


def described_state(
    text: str,
    start: int,
    sentence_starts: Sequence[int],
    states: Sequence[tuple[int, int, str]],
) -> str | None:
    """The one state named before ``start`` in its sentence or the one before it, not as a
    possessive ("Egypt's Muslim Brotherhood" names a body, not the state meant); else None.
    ``states``: (start, end, name) of the state mentions, in text order."""
    index = bisect.bisect_right(sentence_starts, start) - 1
    begin = sentence_starts[index - 1] if index >= 1 else 0
    named = {
        name
        for s, e, name in states
        if begin <= s and e <= start and not text.startswith(("'s", "’s"), e)
    }
    return named.pop() if len(named) == 1 else None


#: The pronouns that stand for a person; "It" stands for a state, company or other body.
_PERSON_PRONOUNS = frozenset({"He", "She"})
_START = attrgetter("start")
#: Quotation marks and spaces that may stand before a sentence's first word.
_QUOTES = " \n\"“‘'"
_BODY_KINDS = frozenset({"state", "company", "organisation", "government", "armed_group"})
#: A subject pronoun before its verb, a lower-case word (its sentence opening is checked apart).
#: ("It is", "It was" mostly open a sentence about no one: "It is unclear whether ...".)
_SUBJECT_PRONOUN = re.compile(
    r"(He|She|It)\s+(?:also\s+|later\s+|then\s+)?(?!(?:is|was|seems|seemed|appears|remains)\b)"
    r"(?=[a-z])"
)


class Mention(Protocol):
    """A named mention (actors.Hit): where, and whose."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def actor(self) -> str: ...


def pronoun_references(
    text: str,
    sentences: Sequence[Span],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each "He"/"She"/"It" opening a sentence that refers, without
    doubt, to the actor that opened the sentence before it (see the module's docstring)."""
    out: list[tuple[int, int, str]] = []
    referred: tuple[int, str] | None = None  # (sentence number, actor) of the last pronoun
    for pronoun in _SUBJECT_PRONOUN.finditer(text):  # a few an article: found in C
        offset = pronoun.start(1)
        number = bisect.bisect_right(sentences, offset, key=_START) - 1
        if number <= 0 or text[sentences[number].start : offset].strip(_QUOTES):
            continue  # not what opens its sentence
        if referred is not None and referred[0] == number - 1:
            actor: str | None = referred[1]  # "He ... . He ...": the same person again
        else:
            before = sentences[number - 1]
            lo = bisect.bisect_left(hits, before.start, key=_START)
            hi = bisect.bisect_left(hits, before.end, lo, key=_START)
            actor = subject_of(text, before, hits[lo:hi])
        if actor is None:
            continue
        kind = kind_of(actor)
        word = pronoun.group(1)
        if kind == "person" if word in _PERSON_PRONOUNS else kind in _BODY_KINDS:
            out.append((offset, offset + len(word), actor))
            referred = (number, actor)
    return out


#: A state's own people counted, or its mission acted on: "20 of| its soldiers", "set fire
#: to| its embassy".
_ITS_OWN = re.compile(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine"
    r"|ten|some|several|many)\s+of\s+(its\s+(?:soldiers|troops|citizens|nationals|diplomats"
    r"|sailors|pilots|border\s+guards|police(?:\s+officers)?))\b"
    r"|\b(?:to|on|at|outside|stormed|attacked|torched|ransacked)\s+(its\s+(?:embassy|consulate))\b"
    # "in retaliation for American strikes on its nuclear sites": the subject's own
    r"|\b(?:strikes|attacks|raids|bombing|shelling)\s+on\s+(its\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:sites|facilities|territory|soil|bases|positions|cities|towns|villages|capital|ships))\b"
)
#: What every match of _ITS_OWN holds, opening with a literal ``re`` finds fast: most
#: articles hold none, and are spared trying _ITS_OWN's counts at every character.
_ITS_OWN_NOUN = re.compile(
    r"its\s+(?:soldiers|troops|citizens|nationals|diplomats|sailors|pilots|border\s+guards"
    r"|police|embassy|consulate|(?:[a-z-]+\s+){0,2}?(?:sites|facilities|territory|soil|bases"
    r"|positions|cities|towns|villages|capital|ships))"
)
#: A clause of its own opened by a body's people or organs: ", and its leaders called on",
#: ", and its foreign ministry summoned", ", as its foreign policy chief accused".
_ITS_PEOPLE = re.compile(
    r",\s+(?:and|but|as|while|when)\s+(its\s+(?:[a-z-]+\s+){0,2}?(?:leaders?|leadership|fighters"
    r"|troops|forces|soldiers|spokes(?:man|woman|person)|officials|militants|members|envoy"
    r"|ambassador|chief|diplomat"
    r"|commanders?|guerrillas|rebels|minist(?:er|ry)|government|army|military|navy|police"
    r"|president|embassy|delegation|diplomats))\s+(?!(?:of|in|at|from|who|which|that)\b)[a-z]"
)


def object_references(
    text: str,
    sentences: Sequence[Span],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
) -> list[tuple[int, int, str]]:
    """(start, end, person) of each "him" (or "he" suffering a passive) whose sentence names
    one person before it ("Evo Morales resigned ..., and Mexico said it had granted him
    political asylum"): that person;
    two named, or none, or one named after "of", and it stands for no one."""
    out: list[tuple[int, int, str]] = []
    if " him" not in text and "he was " not in text and "he had been " not in text:
        return out
    for pronoun in _OBJECT_PRONOUN.finditer(text):
        offset = pronoun.start()
        number = bisect.bisect_right(sentences, offset, key=_START) - 1
        begin = sentences[number].start if number >= 0 else 0
        lo = bisect.bisect_left(hits, begin, key=_START)
        hi = bisect.bisect_left(hits, offset, lo, key=_START)
        named = hits[lo:hi]
        people = list(dict.fromkeys(h.actor for h in named if kind_of(h.actor) == "person"))
        if len(people) == 1 and not any(  # "the father of footballer Luis Diaz ... kidnapping
            _OF_BEFORE.search(text, max(0, h.start - 40), h.start)  # him": the father, whom
            for h in named  # no name names
            if h.actor in people
        ):
            out.append((offset, pronoun.end(), people[0]))
        elif len(people) == 2 and _SAME_SUBJECT_VERB.search(
            text, max(begin, offset - 30), offset
        ):  # "Scholz spoke to Putin ... and urged him to": the one the subject spoke to
            out.append((offset, pronoun.end(), people[1]))
        elif (
            len(people) == 2
            and named[-1].actor == people[1]
            and _SUBJECTS_VERB.fullmatch(text, named[-1].end, offset)
        ):  # "police arrested Kem Sokha ..., and Hun Sen accused him": not the accuser
            out.append((offset, pronoun.end(), people[0]))
    return out


#: A verb after "and" whose subject is the clause's before it: "... and urged |him".
_SAME_SUBJECT_VERB = re.compile(r"\band (?:also )?[a-z]+ed $")


#: A person's own verb between the person and "him": " accused ", " later urged ".
_SUBJECTS_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+")
#: "of" and at most three words right before a name: the name says whose ("the father of
#: Liverpool footballer Luis Diaz").
_OF_BEFORE = re.compile(r"\bof\s+(?:\S+\s+){0,3}$")
#: "him" as a verb's object, not "himself"; or "he" or "she" suffering a passive ("a day
#: after he was briefly detained by police"): the one it is done to.
_OBJECT_PRONOUN = re.compile(
    r"(?<=\s)(?:him\b(?!self)|s?he(?=\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?\w+ed\b))"
)


def possessive_references(
    text: str,
    sentences: Sequence[Span],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of "its leaders", "its fighters" opening a clause of its own after
    ", and": the body that opened the sentence ("The RPF captured Kigali, and its leaders
    called on French troops to withdraw": the RPF's leaders); so are "20 of its soldiers"
    and "its embassy" set on fire ("India said 20 of its soldiers were killed", "Saudi
    Arabia severed relations ... after protesters set fire to its embassy")."""
    out: list[tuple[int, int, str]] = []
    if "its " not in text:
        return out
    own = _ITS_OWN.finditer(text) if _ITS_OWN_NOUN.search(text) else ()
    for found in chain(_ITS_PEOPLE.finditer(text), own):
        group = found.lastindex or 0
        start = found.start(group)
        number = bisect.bisect_right(sentences, start, key=_START) - 1
        if number < 0:
            continue
        sentence = sentences[number]
        lo = bisect.bisect_left(hits, sentence.start, key=_START)
        hi = bisect.bisect_left(hits, found.start(), lo, key=_START)
        actor = subject_of(text, sentence, hits[lo:hi])
        if actor is not None and kind_of(actor) in _BODY_KINDS:
            out.append((start, found.end(group), actor))
    return out


#: The nouns of a body's people after "its" or "their" in _ITS_FOLLOWERS.
_FOLLOWERS = ("activists", "supporters", "members", "followers")
#: A body's people named by "its" or "their": "detained dozens of its activists".
_ITS_FOLLOWERS = re.compile(
    rf"\b((?:its|their)\s+(?:[a-z-]+\s+)?(?:{'|'.join(_FOLLOWERS)})"
    r"|(?:his|her)\s+(?:own\s+)?(?:party|movement|(?:paramilitary\s+|armed\s+)?(?:group|militia|force)"
    r"|(?P<office>government|administration)"
    r"(?=\s+(?:had\s+|has\s+|would\s+|will\s+)?[a-z]+ed\b)))\b"  # the subject of its verb
)
#: What "his" or "her" names a body by (every other match of _ITS_FOLLOWERS holds one).
_HIS_BODIES = ("party", "movement", "group", "militia", "force", "government", "administration")
#: Kinds of bodies that have activists and supporters: parties, movements, armed groups.
_FOLLOWED_KINDS = frozenset({"organisation", "armed_group"})


def followers_references(
    text: str,
    sentences: Sequence[Span],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of "its activists", "their supporters", "his party": the one
    party, movement or armed group the sentence named before them ("the Bangladesh
    Nationalist Party called a general strike, and police detained dozens of its activists";
    "detained Ekrem Imamoglu of the CHP, and his party denounced", "RSF commander X ... his
    paramilitary force"); "his government": the one person named before it, who leads it;
    none if two are named."""
    out: list[tuple[int, int, str]] = []
    if not any(word in text for word in ("its ", "their ", "his ", "her ")):
        return out
    if not any(map(text.__contains__, _FOLLOWERS + _HIS_BODIES)):  # most articles: none
        return out
    for found in _ITS_FOLLOWERS.finditer(text):
        start = found.start(1)
        number = bisect.bisect_right(sentences, start, key=_START) - 1
        if number < 0:
            continue
        lo = bisect.bisect_left(hits, sentences[number].start, key=_START)
        hi = bisect.bisect_left(hits, start, lo, key=_START)
        kinds = ("person",) if found["office"] else _FOLLOWED_KINDS  # "his government": the
        bodies = {h.actor for h in hits[lo:hi] if kind_of(h.actor) in kinds}  # one he leads
        if len(bodies) == 1:
            out.append((start, found.end(1), bodies.pop()))
    return out


def subject_of(text: str, sentence: Span, hits: Sequence[Mention]) -> str | None:
    """The actor opening a sentence ("Apple said ...", "Apple CEO Tim Cook said ...": Tim
    Cook), within a few words of its start, unless it opens a list ("Obama and Putin met":
    "they", not "he")."""
    if not hits:
        return None
    head = hits[0]
    lead = text[sentence.start : head.start]
    if (dateline := DATELINE.match(lead)) is not None:  # "PARIS (Reuters) - The EU ...": the
        lead = lead[dateline.end() :]  # EU opens the sentence
    if len(lead.split()) > 3 or "," in lead:
        return None  # "In 2003, after talks with Iran, Russia ...": not read as a subject
    for hit in hits[1:]:  # "Apple CEO Tim Cook", "Russian President Vladimir Putin"
        if hit.start - head.end > 40 or not _TITLES_BETWEEN.fullmatch(text, head.end, hit.start):
            break
        head = hit
    if text.startswith((" and ", " or ", ", "), head.end):
        return None
    return head.actor


#: What stands between a body and the title-holder it qualifies: capitalised title words,
#: or a possessive and a title ("North Macedonia's main opposition party| VMRO-DPMNE").
_TITLES_BETWEEN = re.compile(
    r"(?:['’]s)? (?:[A-Z][\w.-]* ){1,3}"
    r"|['’]s (?:[a-z-]+ ){0,3}(?:party|minister|leader|president|chief|envoy|ambassador"
    r"|spokes(?:man|woman|person)|secretary|commander|movement|group|alliance|coalition|bloc) "
    r"(?:[A-Z][\w.-]* ){0,3}"
)


def halves_named(
    text: str, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> list[tuple[int, int, str]]:
    """(start, end, state) of each "the North" or "the South" that stands for the one state
    of that half the text named before ("North Korea fired shells ..., and the South
    returned fire"; "the North's agents"): never a person or a place of its own."""
    out: list[tuple[int, int, str]] = []
    if "he North" not in text and "he South" not in text:  # what every match holds: most
        return out  # articles name no half
    for found in _HALF.finditer(text):
        half = found.group(1)
        named = {
            h.actor
            for h in hits
            if h.start < found.start()
            and h.actor.startswith(f"{half} ")
            and kind_of(h.actor) == "state"
        }
        if len(named) == 1:
            out.append((found.start(1), found.end(1), named.pop()))
    return out


#: "the North", "the South" as a state's short name: not "the North Korean army", "the South
#: China Sea", "the north of the country".
_HALF = re.compile(r"\b[Tt]he (North|South)(?=(?:'s|’s)?[\s,.;:](?!\s*[A-Z0-9]))")
