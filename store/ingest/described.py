"""Actors named by a description rather than a name of their own: a government by its
head or its state ("the Biden administration", "the Taliban regime") and a group by its noun
("Houthi rebels", "Sunni fundamentalist groups")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Protocol

from personae.store.ingest.cameo_words import REPORTING
from personae.store.ingest.gazetteer import load_gazetteer
from personae.store.ingest.lexicon import ADJECTIVES, ARMED_GROUP_NOUNS, words
from personae.store.ingest.verbs import TRIGGER_LOWER

_ADMINISTRATION = re.compile(
    r"\b((?:[A-Z][\w'’-]+ and )?[A-Z][\w'’-]+) (administrations?|government|cabinet|regime)\b"
)
#: Capitalised words right before, no determiner: the name is longer if the lexicon knows
#: it so ("the Khmer| Rouge government", "The Papua New| Guinea government", but "The|
#: Biden administration").
_NAME_WORDS_BEFORE = re.compile(
    r"(?:(?!(?:The|A|An|In|On|At|But|And|When|After|Under|Its|Their|His|Her)\b)[A-Z][\w'’-]* )+$"
)
#: "Sunni fundamentalist groups", "Iraqi Shia militias": capitalised words, at most one lower-case
#: word, a group noun.  Found in two steps, a run of capitalised words then the rest after it,
#: because the single pattern (``\b(?:[A-Z][\w'’-]+ )+(?:[a-z]+ )?(?:nouns)\b``) re-reads a
#: run from each of its words when it fails: quadratic on a long run (an all-caps article).
#: The matches are the same: from any word of a run, the run ends at the same place.
#: "pro-Russia rebels" are their own group, not Russia's; "al Shabaab fighters" keep the
#: Arabic article of their name.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w-])(?:[Pp]ro-|[Aa]nti-|al |el )?(?:[A-Z][\w'’-]+ (?:(?:for|of) (?:the )?(?=[A-Z]))?)+"
)  # "United Front for Change rebels": the front's name holds "for"
_GROUP_TAIL = re.compile(rf"([a-z]+ )?(?:{ARMED_GROUP_NOUNS})\b")
#: A group's people named by its members' word in the singular: "Catalan| separatist
#: leaders", "Chechen| rebel fighters".
_MEMBER_WORD = r"(?:separatist|rebel|militant|insurgent|guerrilla|jihadist)"
_MEMBERS = ("leaders", "commanders", "fighters", "politicians", "activists", "figures", "chiefs")
_LEADER = ("leader", "commander", "chief")
_MEMBERS_TAIL = re.compile(
    rf"{_MEMBER_WORD}(?: (?:{'|'.join(_MEMBERS)})\b"
    rf"|(?= (?:{'|'.join(_LEADER)}) (?:[A-Z][\w'’-]+ ?)++(?!of\b)))"
)  # "Chechen separatist| leader Dzhokhar Dudayev": the group, then its leader (not "Tutsi
# rebel leader Laurent Nkunda of the CNDP": the CNDP's)
_MEMBERS_NAMED = re.compile(rf"([\w'’-]+ {_MEMBER_WORD})(?: [a-z]+)?")


def members_named(name: str) -> str:
    """The group a name of its members names, as coders and readers call it: "Catalan
    separatist leaders", "Chechen rebel fighters" and the "Chechen separatist" of "Chechen
    separatist leader Dzhokhar Dudayev" are the Catalan separatists, the Chechen rebels and
    the Chechen separatists; "the Medellin cocaine cartel" is the Medellin cartel."""
    members = _MEMBERS_NAMED.fullmatch(name)
    return f"{members[1]}s" if members else _TRADE_WORD.sub(" ", name)


#: A group named by its own word and its fighters' noun: "Seleka| insurgents", "Maoist|
#: rebels".
_OWN_WORD_AND_FIGHTERS = re.compile(rf"((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+) (?:{ARMED_GROUP_NOUNS})")
#: Ends of a people's word ("Chechen", "Congolese", "Kurdish", "Iraqi", "Tamil" aside).
_PEOPLES_WORD_ENDS = ("an", "en", "ese", "ish", "ic", "i")


def group_own_name(name: str) -> str | None:
    """The group's own name inside a name of its fighters, as coders and readers call it:
    "Seleka insurgents" are the Seleka, "Maoist rebels" the Maoists; None if the words
    before the noun name a people ("Chechen rebels"), a creed, a side ("Pro-Russian
    gunmen") or what the lexicon knows otherwise (a known group is found as itself)."""
    own = _OWN_WORD_AND_FIGHTERS.fullmatch(name)
    if own is None or own[1].lower().startswith(("pro-", "anti-")):
        return None
    if own[1].endswith("ist"):
        return f"{own[1]}s"
    known = load_gazetteer().lookup(own[1])
    if own[1] in ADJECTIVES or own[1].endswith(_PEOPLES_WORD_ENDS) or known is not None:
        return None  # "Shiite militias"; "Medellin cartel": the city's
    return own[1]


#: What a cartel deals in, inside its name: "Medellin| cocaine |cartel".
_TRADE_WORD = re.compile(r" (?:drug|drugs|cocaine|heroin|narcotics) (?=cartels?$)")


def _administrations(text: str) -> Iterator[tuple[int, int]]:
    for m in _ADMINISTRATION.finditer(text):
        longer = _NAME_WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        known = longer is not None and load_gazetteer().lookup(text[longer.start() : m.end(1)])
        yield (longer.start() if longer and known else m.start()), m.end()


def _groups(text: str) -> Iterator[tuple[int, int]]:
    for run in _CAPITALISED_RUN.finditer(text):
        start = run.start() + 4 if run[0].startswith("The ") else run.start()  # "The
        # Medellin cocaine cartel" opening a sentence: the cartel's name after "The"
        tail = _GROUP_TAIL.match(text, run.end())
        if (
            tail is not None
            and not _acts_on(tail[1])
            and not _names_model(run[0])
            and (tail[1] or run[0]).strip().lower() not in _CIVIC_WORDS  # "Rights groups"
        ):
            yield start, tail.end()
        elif text.count(" ", start, run.end()) == 1 and (
            members := _MEMBERS_TAIL.match(text, run.end())
        ):
            # a people's one word ("Chechen"), not a group's own name ("Shining Path")
            yield start, members.end()
        elif (
            forces := _PEOPLES_FORCES.match(text, start, run.end() + 7)
        ) is not None and load_gazetteer().lookup(forces[1]) is None:  # "Syrian forces": the
            yield start, forces.end()  # state's


#: A people's forces, named by a word of theirs no lexicon knows as a state's: "Tigrayan
#: forces", "Kurdish forces" (not "Government forces", "Coalition forces").
_PEOPLES_FORCES = re.compile(r"([A-Z][a-z]+(?:an|ish|i|ese)) forces\b")


#: Words that make groups civic, not armed: "Human rights groups", "Iranian opposition groups".
_CIVIC_WORDS = frozenset(
    words("""rights aid relief advocacy civic environmental business opposition pressure lobby
    media student students campaign charity consumer industry trade farm farmers labour labor
    religious church women's youth""")
)


def _names_model(run: str) -> bool:
    """Whether the run ends with a model's number or maker: "MiG-29 fighters", "F-16
    fighters", "Cuban MiG fighters" are jets."""
    last = run.split()[-1]
    return last in _AIRCRAFT_MAKERS or any(part[:1].isdigit() for part in last.split("-")[1:])


_AIRCRAFT_MAKERS = frozenset(words("MiG Sukhoi Mirage Harrier Tornado Rafale Gripen Tupolev"))


def _acts_on(word: str | None) -> bool:
    """Whether the lower-case word between a name and a group noun is what the name does
    to the group ("Brazil attacked rebels") or says of it ("N'Djamena said gangs"), not what
    the group is ("armed", "Islamist")."""
    if word is None:
        return False
    word = word.strip()
    return word in REPORTING or TRIGGER_LOWER.fullmatch(word) is not None


#: Each pattern with the words one of which a match ends with, as a whole word (a space
#: before it, a word boundary after): an article without one of them is not scanned.
DESCRIPTIVE = (
    (
        _administrations,
        "government",
        frozenset(words("administration administrations government cabinet regime")),
    ),
    (
        _groups,
        "armed_group",
        frozenset({*ARMED_GROUP_NOUNS.split("|"), "forces", *_MEMBERS, *_LEADER}),
    ),
)


class _Actor(Protocol):
    kind: str
    affiliation: str | None


#: A government named after its head: "the Hernández government", "Abe's government".
_HEADED = re.compile(r"(.+?)(?:['’]s)? (?:administrations?|government|cabinet|regime)")


def led_governments(actors: Mapping[str, _Actor]) -> None:
    """A government named after a head the article names as a state's person is that
    state's ("the Hernández government" beside "Honduran President Juan Orlando Hernández"),
    where the lexicon did not know the head."""
    people = [(name, a.affiliation) for name, a in actors.items() if a.kind == "person"]
    for name, actor in actors.items():
        if actor.kind != "government" or actor.affiliation:
            continue
        head = _HEADED.fullmatch(name)
        if head is None:
            continue
        states = {
            owner
            for person, owner in people
            if owner and (person == head[1] or person.endswith(" " + head[1]))
        }
        if len(states) == 1:
            actor.affiliation = states.pop()


#: Two republics named with one noun: "the self-proclaimed Donetsk and Luhansk people's
#: republics".
_TWO_REPUBLICS = re.compile(
    r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) [\"“]?[Pp]eople['’]s [Rr]epublics\b"
)


def republics_named_together(text: str) -> Iterator[tuple[str, int, int]]:
    """Each of two republics named with one plural noun, by its own full name, with the span
    that names it: "Donetsk and Luhansk people's republics" are the Donetsk People's Republic
    and the Luhansk People's Republic."""
    if "epublics" not in text:
        return
    for found in _TWO_REPUBLICS.finditer(text):
        for group in (1, 2):
            yield f"{found[group]} People's Republic", found.start(group), found.end(group)
