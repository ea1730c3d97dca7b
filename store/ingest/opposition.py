"""A state's political opposition, an actor of its own: "the Venezuelan opposition", "Kyrgyz
opposition supporters", or "opposition protesters" in a sentence that names one state; and a
people's protesters ("Greek protesters", "Cambodian rioters").

Event coders code the opposition apart from the state it opposes (CAMEO's OPP agent:
VENOPP beside VEN), so that police beating opposition protesters is a state acting on its
opposition, not on itself, and the opposition's protest is aimed at the state.  Protesters
named by their people are coded the same way, as a group of their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Protocol

from personae.store.ingest.anaphora import Mention
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry
from personae.store.ingest.lexicon import CROWD_NOUNS, MEMBERS_OF, PARTY_WORDS

#: The people and bodies of an opposition, after the word: "opposition supporters".
_MEMBERS = (
    r"supporters|protesters|demonstrators|activists|leaders|leadership|parties|lawmakers"
    r"|legislators|deputies|MPs|figures|groups|members|politicians|candidates|coalition"
    r"|alliance|bloc|movement|camp|forces|fighters|rally|rallies|march|marches"
)
#: One person of the opposition, named next: "opposition leader Juan Guaido" is that person,
#: who belongs to the opposition.
_ONE_MEMBER = (
    r"(?:presidential |parliamentary )?"
    r"(?:leader|figure|politician|candidate|hopeful|lawmaker|activist)"
)
_ONE_MEMBER_BETWEEN = re.compile(rf" {_ONE_MEMBER} ")
#: One of its people named next: "opposition| leader Nelson Chamisa".
_ONE_MEMBER_NEXT = rf" {_ONE_MEMBER} [A-Z]"
_QUALIFIER = r"(?:main |political |democratic |exiled |armed )?"
#: Not "opposition to" or "opposition from": an objection.
_NOT_AFTER = r"(?! to\b| of\b| from\b)"
#: Not a party's description ("Zimbabwe's opposition MDC"), though its members may be named
#: ("opposition politicians Kenneth Matiba and Charles Rubia").
_NO_NAME = r"(?! [A-Z])"
#: Nor a party named after its description: "main opposition party VMRO-DPMNE", "opposition
#: party, the Cambodia National Rescue Party": that party is the opposition.
_PARTY_NAMED = r"(?! (?:party|group|alliance|coalition|movement|bloc|front),? (?:the )?[A-Z])"
#: The opposition after a state's name or adjective: "Kyrgyz| opposition supporters".
_AFTER_STATE = re.compile(
    rf"(?:['’]s)? {_QUALIFIER}opposition{_PARTY_NAMED}"
    rf"(?: (?:{_MEMBERS})\b|(?={_ONE_MEMBER_NEXT})|{_NO_NAME}){_NOT_AFTER}"
)
#: The opposition with no state before it: "opposition protesters", "the opposition", the
#: word before one of its people ("opposition leader| Nelson Chamisa", who belongs to it).
_BARE = re.compile(
    rf"\b(?:(?:[Tt]he|its|their) {_QUALIFIER}opposition{_PARTY_NAMED}(?: (?:{_MEMBERS})\b"
    rf"|{_NO_NAME})|[Oo]pposition{_PARTY_NAMED} (?:{_MEMBERS})\b"
    rf"|[Oo]pposition(?={_ONE_MEMBER_NEXT})){_NOT_AFTER}"
)


def opposition_name(state: GazetteerEntry, surface: str = "") -> str:
    """The opposition's name by its state's adjective, as written when it is one."""
    if surface in state.demonyms:
        return f"{surface} opposition"
    return f"{state.demonyms[0] if state.demonyms else state.name} opposition"


#: People out in the streets, named after their people's adjective: "Greek| protesters",
#: "Nigerian| rioters" (not "Greek police", nor "Greek students", often a state's citizens
#: acted on abroad); not those a body leads ("Indian protesters led by the CONAIE"): the
#: body's.
_PROTESTERS_AFTER = re.compile(
    rf" ({CROWD_NOUNS})\b"
    r"(?! (?:led|organi[sz]ed|called|mobili[sz]ed) by\b| (?:from|of) (?:the )?[A-Z])"
)


def protesters_after(text: str, end: int) -> re.Match[str] | None:
    """The protesters named right after a state's adjective (at ``end``), if they are."""
    return _PROTESTERS_AFTER.match(text, end)


def opposition_after(text: str, end: int) -> int | None:
    """Where the opposition named right after a state's name (at ``end``) ends, if one is."""
    found = _AFTER_STATE.match(text, end)
    return found.end() if found is not None else None


class _Actor(Protocol):
    kind: str
    affiliation: str | None


def bare_oppositions(
    text: str,
    sentence_starts: Sequence[int],
    hits: Sequence[Mention],
    actors: Mapping[str, _Actor],
    gaz: Gazetteer,
    filed: str | None = None,
) -> Iterator[tuple[str, int, int]]:
    """Each opposition named without its state, by the name of the state it opposes (the
    one state its sentence names, by name or by its agents: "Armenian police clashed with
    opposition supporters"), with its span; none where its sentence names no state or
    several; the opposition of the state ``filed`` from, wherever one sentence names it."""

    def state_of(name: str) -> str | None:
        actor = actors[name]
        if actor.kind == "state":
            return name
        return actor.affiliation if actor.kind == "government" else None

    if "pposition" not in text:  # most articles: no opposition to look for
        return
    found: list[tuple[str, int, int]] = []
    for bare in _BARE.finditer(text):
        start, end = bare.span()
        number = bisect.bisect_right(sentence_starts, start) - 1
        first = sentence_starts[number] if number >= 0 else 0
        last = sentence_starts[number + 1] if number + 1 < len(sentence_starts) else len(text)
        states = {state_of(h.actor) for h in hits if first <= h.start < last} - {None}
        entry = gaz.lookup(str(states.pop())) if len(states) == 1 else None
        if entry is not None:
            found.append((opposition_name(entry), start, end))
    # "CARACAS - ... opposition leader Machado ... Guaido's bid, backed by US sanctions": the
    # opposition of the state the story was filed from, once a sentence names it, not that of
    # a foreign state named in passing
    home = gaz.lookup(filed) if filed else None
    main = opposition_name(home) if home is not None else None
    if not any(name == main for name, _, _ in found):
        main = None
    for name, start, end in found:
        yield main or name, start, end


def titles_member(text: str, end: int) -> bool:
    """The opposition named at ``end`` only as the title of one of its people ("opposition
    leader| Nelson Chamisa"): the person is the party, the title none of its own."""
    return _TITLES_MEMBER.match(text, end) is not None


_TITLES_MEMBER = re.compile(_ONE_MEMBER_NEXT)


def members_of_opposition(
    text: str, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """People named right after their opposition ("Venezuelan opposition leader Juan
    Guaido", "opposition politicians Kenneth Matiba and Charles Rubia"), each with the
    opposition they belong to."""
    out: dict[str, str] = {}
    opposition, listed = "", False  # the opposition whose members are being listed
    parties = [
        h
        for h in hits
        if kind_of(h.actor) == "organisation"
        and _PARTY.search(h.actor)
        and not _UNION_OF_STATES.search(h.actor)  # "the African Union": no one's party
    ]
    for before, after in pairwise(hits):
        if before.actor.endswith(" opposition"):
            opposition = before.actor
            between = text[before.end : after.start]
            listed = between == " " or bool(_ONE_MEMBER_BETWEEN.fullmatch(between))
        elif listed:
            listed = bool(_LIST_GAP.fullmatch(text, before.end, after.start))
        if (
            listed
            and kind_of(after.actor) in ("person", "other")  # "opposition presidential
            and not _party_named_after(text, after, hits)  # hopeful Cristiana Chamorro": a
        ):  # person no lexicon knows; "... Raila Odinga of the Orange Democratic Movement": his
            out.setdefault(after.actor, _party_of(text, after, parties) or opposition)  # party's
        else:
            listed = False
    return out


def _party_named_after(text: str, member: Mention, hits: Sequence[Mention]) -> bool:
    """Whether the member's party is named right after him, and read as an actor ("Raila
    Odinga of the Orange Democratic Movement", "Victoire Ingabire of the FDU-Inkingi party";
    not a party whose name was not read, whose member stays the opposition's)."""
    party = OF_PARTY_NAMED.match(text, member.end)
    return party is not None and any(
        party.start() < h.start and h.end in (party.end(), party.end() - len(" party"))
        for h in hits
    )


def members_listed(
    text: str, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """People named before the rest of their body's people ("detained Aung San Suu Kyi and
    other leaders of her ruling National League for Democracy"; "sentenced ousted President
    Mohamed Mursi and more than 100 other members of the Muslim Brotherhood"): the body's,
    as the text says, whatever state they led."""
    return {
        person.actor: body.actor
        for person, body in pairwise(hits)
        if kind_of(person.actor) == "person"
        and kind_of(body.actor) in ("organisation", "armed_group")
        and "other" in text[person.end : body.start]
        and _OTHER_MEMBERS_OF.fullmatch(text, person.end, body.start)
    }


_OTHER_MEMBERS_OF = re.compile(rf"\s+{MEMBERS_OF}")


def former_leaders_parties(
    text: str, hits: Sequence[Mention], kind_of: Callable[[str], str]
) -> dict[str, str]:
    """Former leaders whose sentence names "his" or "her" party ("detained former prime
    minister Khaleda Zia ..., hours after her Bangladesh Nationalist Party accused"; "former
    prime minister Imran Khan ... workers from his Pakistan Tehreek-e-Insaf party"): the
    party's, as event coders code them, no longer the state they led."""
    out: dict[str, str] = {}
    for number, hit in enumerate(hits):
        if kind_of(hit.actor) != "person" or not _FORMER_BEFORE.search(
            text, max(0, hit.start - 40), hit.start
        ):
            continue
        end = text.find(". ", hit.end)
        party = next(
            (
                h
                for h in hits[number + 1 :]
                if (end < 0 or h.start < end)
                and kind_of(h.actor) == "organisation"
                and text.endswith(("his ", "her "), 0, h.start)
            ),
            None,
        )
        if party is not None:
            out[hit.actor] = party.actor
    return out


#: "former" and a title before a person's name: "former prime minister |Nawaz Sharif".
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+(?:[\w-]+\s+){1,3}$")


def _party_of(text: str, member: Mention, parties: Sequence[Mention]) -> str | None:
    """The one party the member's sentence names ("opposition leader Aung San Suu Kyi ...,
    accusing her National League for Democracy"; "... Tsvangirai and dozens of Movement for
    Democratic Change activists"): his, as event coders code him; none, or two, tell none."""
    begin = text.rfind(". ", 0, member.start) + 1
    end = text.find(". ", member.end)
    named = {
        h.actor
        for h in parties
        if begin <= h.start
        and (end < 0 or h.start < end)
        and not _RULING_BEFORE.search(text, max(0, h.start - 12), h.start)
    }  # "... controlled by the ruling Socialist Party": the government's, no opposition's
    return named.pop() if len(named) == 1 else None


#: A party in power, right before its name: "the ruling| Socialist Party".
_RULING_BEFORE = re.compile(r"\b(?:ruling|governing)\s+$")


_PARTY_WORDS = rf"(?:{'|'.join(sorted(PARTY_WORDS))})"
#: A word of a party's name.
_PARTY = re.compile(rf"\b{_PARTY_WORDS}\b")
#: A union of states, whose name has a party's word: "African Union", "European Union".
_UNION_OF_STATES = re.compile(r"\b(?:African|European|Arab|Eurasian|Economic|Soviet) Union\b")
#: A party named after a person: the one he belongs to ("Raila Odinga of the Orange
#: Democratic Movement", "Victoire Ingabire of the FDU-Inkingi party").
OF_PARTY_NAMED = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)*{_PARTY_WORDS}|(?:[A-Z][\w'’-]*\s+)+party)\b"
)
#: Between two people named in a list: "and", a comma.
_LIST_GAP = re.compile(r",? and |, ")
