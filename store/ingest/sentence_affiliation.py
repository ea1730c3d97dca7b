"""Which state or party a name belongs to by what its sentence says around it, read once
all the mentions of an article are found: a person the text names as a party's or a group's
member or leader ("Mayor Ekrem Imamoglu of the main opposition Republican People's Party",
"Prachanda, leader of the ..."), a person or a government named "of" a state, and the one
state a sentence names for a government, an officer or a place no lexicon places.

These read pairs of neighbouring mentions and whole sentences; what a name's own words and
the few words at its edges say is read in affiliation.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Protocol

from personae.store.ingest.affiliation import GROUP_KINDS, HEAD_TITLE_BEFORE, ITS_OFFICE
from personae.store.ingest.anaphora import Mention
from personae.store.ingest.gazetteer import load_gazetteer
from personae.store.ingest.lexicon import STATE_COURTS
from personae.store.ingest.name_words import CREEDS
from personae.store.ingest.opposition import OF_PARTY_NAMED

#: A state's office before a person's name, with no state's name or adjective: "Foreign
#: Minister Pik Botha", "Trade and Industry Secretary Lord Young".
_STATE_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:^|(?<=\n)|(?<=[,;.] )|(?<= and )|(?<= but )|(?<=[-–—] )|(?<= after )"
    r"|(?<= as )|(?<= with )|(?<= by )|(?<= that )|(?<= where )|(?<= when )|(?<= while ))"  # "talks with
    # President Hafez al-Assad", "visited Beijing, where Premier Li Qiang told him"
    r"(?:(?:(?:interim|acting|caretaker) )?(?:(?:[A-Z][a-z]+|and) ){0,3}"
    r"(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|(?P<royal>Emperor|King|Queen"
    r"|Emir|Sultan)) "
    r"(?:(?:Lord|Sir|Dame|Dr|General|Gen\.) )?"
    # "junta leader Colonel Assimi Goita": the ruler of the state the sentence names
    r"|(?:[Jj]unta|[Mm]ilitary) (?:leader|chief|ruler|head) "
    r"(?:(?:Colonel|Col\.|General|Gen\.|Lieutenant|Lt\.|Captain|Capt\.|Major|Brigadier) ){0,2})$"
)


def sole_states(
    text: str,
    sentence_starts: Sequence[int],
    hits: Sequence[Mention],
    kind_of: Callable[[str], str],
    owners: Mapping[str, str] | None = None,
    filed_from: str | None = None,
) -> dict[str, str]:
    """The state each government named by a leader no lexicon knows serves ("Prime Minister
    Sher Bahadur Deuba's government ... in western Nepal"), the state each officer no lexicon
    knows serves ("..., and Foreign Minister Pik Botha denounced the move"), and the state each
    place of no known state lies in ("Syrian troops shelled the city of Hama"): the one state its
    sentence opens at ("In Washington, the Treasury Department"), else the one state its
    sentence names, when it names only one, by name or by its agents ("Chinese troops"), or the
    state the article was filed from, ``filed_from``, when it names none.  ``owners``: the
    state or body each actor belongs to, if known."""
    owners = owners or {}

    def state_of(actor: str) -> str | None:
        kind = kind_of(actor)
        return actor if kind == "state" else owners.get(actor) if kind == "government" else None

    def paragraphs_body(hit: Mention) -> str | None:
        """The state of the last state's body named before ``hit`` in its paragraph."""
        opening = text.rfind("\n\n", 0, hit.start)
        bodies = [
            owners[h.actor]
            for h in hits
            if opening < h.start < hit.start
            and kind_of(h.actor) == "government"
            and h.actor in owners
        ]
        return bodies[-1] if bodies else None

    out: dict[str, str] = {}
    for hit in hits:
        kind = kind_of(hit.actor)
        office = (
            _STATE_OFFICE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
            if kind == "person"
            else None
        )
        if (
            (kind != "place" or hit.actor in owners or _shared_place(hit.actor))
            and (
                kind != "government"
                or hit.actor in owners
                or not (
                    HEAD_TITLE_BEFORE.search(text, max(0, hit.start - 16), hit.start)
                    or _PORTFOLIO_BODY.fullmatch(hit.actor)  # "the Interior Ministry said"
                )
            )
            and (kind != "person" or hit.actor in owners or office is None)
        ):
            continue
        if office is not None and office["royal"] and filed_from is not None:
            out[hit.actor] = filed_from  # "AMMAN - King Hussein met Israeli Prime Minister
            continue  # Yitzhak Rabin": a monarch reigns where the story was filed
        number = bisect.bisect_right(sentence_starts, hit.start) - 1
        start = sentence_starts[number] if number >= 0 else 0
        end = sentence_starts[number + 1] if number + 1 < len(sentence_starts) else len(text)
        opening = next((h for h in hits if h.start == start + 3), None)
        if (
            text.startswith("In ", start)
            and opening is not None
            and text.startswith(",", opening.end)
            and (seat := state_of(opening.actor)) is not None
        ):
            out[hit.actor] = seat  # "In Washington, the Treasury Department sanctioned"
            continue
        if kind == "government" and text.endswith("its ", 0, hit.start):
            before = [
                h for h in hits if start <= h.start < hit.start and kind_of(h.actor) == "state"
            ]
            if before:  # "Azerbaijan accused Armenian forces ..., and its Defence Ministry
                out[hit.actor] = before[-1].actor  # said": the state "its" names
                continue
        states = {state_of(h.actor) for h in hits if start <= h.start < end} - {None}
        if len(states) == 1:
            out[hit.actor] = str(states.pop())
        elif not states and office is not None and (seat := paragraphs_body(hit)) is not None:
            out[hit.actor] = seat  # "In Oslo, Norway's Ministry of Justice said ... Norwegian
            # police said ... Prime Minister Jonas Gahr Støre urged": whose bodies just spoke
        elif filed_from is not None and (not states or (kind == "person" and filed_from in states)):
            out[hit.actor] = filed_from  # "JOHANNESBURG (AP) - President X said"; "OTTAWA -
            # Prime Minister Justin Trudeau said Canada ... India": the dateline's, named too
    return out


def home_parties(
    text: str, hits: Sequence[Mention], actors: Mapping[str, _Member], filed_from: str | None
) -> None:
    """A party named by a name many states' parties share ("Communist Party chief Nguyen Phu
    Trong", in an article filed from Hanoi) is the party of the state the article was filed
    from, when nothing else says whose it is; an opposition party ("the opposition Socialist
    Party") serves no state, as event coders code it apart."""
    if filed_from is None:
        return
    opposed = {
        h.actor for h in hits if _OPPOSITION_BEFORE.search(text, max(0, h.start - 24), h.start)
    }
    for name, actor in actors.items():
        if actor.affiliation is None and (
            (actor.kind == "organisation" and name not in opposed and _SHARED_PARTY.fullmatch(name))
            or (actor.kind == "government" and _PARTY_GOVERNMENT.fullmatch(name))
        ):  # ("the Socialist government": the government of the state filed from)
            actor.affiliation = filed_from


_OPPOSITION_BEFORE = re.compile(r"\b[Oo]pposition\s+(?:[a-z]+\s+)?$")


#: A party's name many states' parties bear: "Communist Party", "Labour Party".
_SHARED_PARTY = re.compile(
    r"(?:[Tt]he )?(?:Communist|Socialist|Labou?r|Conservative|Liberal|Democratic|Republican"
    r"|National|Nationalist|People['’]s|Workers['’]?|Green|Social Democratic|Christian Democratic"
    r"|Progressive|Popular) Party"
)


#: A government named by its rulers' party: "the Socialist government".
_PARTY_GOVERNMENT = re.compile(
    r"(?:[Tt]he )?(?:Communist|Socialist|Labou?r|Conservative|Liberal|Social Democratic"
    r"|Christian Democratic|Nationalist|Islamist|Peronist|Leftist|Rightist)(?:-led)? [Gg]overnment"
)
#: A ministry named by its portfolio alone, or a court by its rank, of no state: "the Interior
#: Ministry", "the Supreme Court".
_PORTFOLIO_BODY = re.compile(
    r"(?:Interior|Foreign|Defen[cs]e|Finance|Justice|Health|Trade|Economy|Education|Energy"
    r"|Agriculture|Home|Information|Culture|Transport|Treasury|Foreign\s+Affairs|Internal\s+Affairs)"
    r"\s+(?:Ministry|Office|Department)|Ministry\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+Affairs)?"
    rf"|(?:{'|'.join(STATE_COURTS)})\s+Court"
)  # "the Supreme Court ruled": the state's of the sentence
#: Waters, rivers, deserts and ranges: places states share, in no one state of a sentence
#: ("a Greek-owned carrier in the Red Sea").
_SHARED = re.compile(
    r"\b(?:Sea|Ocean|Gulf|Straits?|Channel|River|Desert|Mountains|Range)\b|^(?:Lake|Gulf) "
)


def _shared_place(name: str) -> bool:
    """A place many states share: waters and ranges, or a region the lexicon knows in no
    state ("Europe's postwar borders", "Latin America")."""
    if _SHARED.search(name):
        return True
    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.kind == "place" and entry.affiliation is None


class _Member(Protocol):
    name: str
    kind: str
    affiliation: str | None


def join_parties(text: str, hits: Sequence[Mention], actors: Mapping[str, _Member]) -> None:
    """A person the text names as a party's or a group's member belongs to it ("Mayor Ekrem
    Imamoglu of the main opposition Republican People's Party", "Charles Taylor's National
    Patriotic Front", "RENAMO rebel leader Afonso Dhlakama"), and a person or a government
    named "of" a state, or as "its chief" after one, serves it, when nothing else claims
    them: event coders code them as the party."""
    for hit, after in pairwise(hits):
        first, second = actors[hit.actor], actors[after.actor]
        gap = (hit.end, after.start)
        if second.kind == "person" and second.affiliation is None:
            led = _LEADER_GAP.fullmatch(text, *gap)
            if led and first.kind == "other":  # "RENAMO rebel leader Afonso Dhlakama": a
                first.kind = "armed_group" if led[1] else "organisation"  # name no lexicon knows
            if (
                led and first.kind in GROUP_KINDS and not OF_PARTY_NAMED.match(text, after.end)
            ) or (  # (but "opposition leader X of the Y Party" is the party's)
                first.kind == "state" and ITS_OFFICE.search(text, *gap)
            ):  # "suspended aid to Fiji and urged its military chief, Commodore X,"
                second.affiliation = first.name
            elif first.kind in GROUP_KINDS and text[hit.end : after.start] == " of ":
                second.affiliation = first.name  # "the Democratic Unionist Party of Ian Paisley"
        if (
            first.affiliation is not None
            and first.kind == "person"
            and second.kind in GROUP_KINDS
            and _LEADER_OF.fullmatch(text, *gap)
            and _NOW_AGAINST.search(text, *gap)
        ):  # "Imran Khan, the former prime minister and leader of the opposition PTI": the
            first.affiliation = second.name  # party he leads now, not the state he led
        if first.affiliation is not None:
            continue
        if second.kind in GROUP_KINDS and first.kind in ("person", "other"):
            if _LEADER_OF.fullmatch(text, *gap) or (
                (" " in first.name or first.kind == "person") and _LEADS.fullmatch(text, *gap)
            ):  # "Prachanda, leader of the Communist Party of Nepal (Maoist), signed";
                # "Fighters of Foday Sankoh's Revolutionary United Front"
                first.kind, first.affiliation = "person", second.name
            elif first.kind == "person" and _OF_PARTY.fullmatch(text, *gap):
                first.affiliation = second.name  # "Mayor X of the main opposition ..."
        elif (
            second.kind == "state"
            and first.kind in ("person", "government", "other")
            and (
                _OFFICE_OF.fullmatch(text, *gap)  # "Wu Dawei, the foreign minister of China,"
                or (first.kind != "other" and _OF_STATE.fullmatch(text, *gap))
            )
        ):  # "Presidents Carlos Menem of Argentina and"; "the Sandinista government of
            first.affiliation = second.name  # Nicaragua"
            first.kind = "person" if first.kind == "other" else first.kind  # an office holder
        elif (
            first.kind == "person"
            and _LEADER_OF.fullmatch(text, *gap)
            and (
                (second.kind == "state" and _STATE_BODY_AFTER.match(text, after.end))
                or (second.kind == "government" and second.affiliation)
            )
        ):  # "Marko Djuric, the head of the Serbian government's office for Kosovo": Serbia's
            first.affiliation = second.affiliation or second.name
        elif (
            second.kind == "state"
            and first.kind in ("person", "other")
            and _THE_STATES.fullmatch(text, *gap)
            and _ITS_LEADER_AFTER.match(text, after.end)
        ):  # "Radovan Karadzic, the Bosnian Serb leader,": the state's
            first.kind, first.affiliation = "person", second.name
        elif (
            second.kind == "person"
            and second.affiliation is not None
            and first.kind in ("person", "other")
            and _APPOSED.fullmatch(text, *gap)
            and _STATES_OFFICE.search(second.name)
        ):  # "Isaias Afwerki, Eritrea's president since independence": Eritrea's
            first.kind, first.affiliation = "person", second.affiliation
        elif (
            second.kind == "state"
            and first.kind in ("person", "other")
            and _ON_WINNING.fullmatch(text, *gap)
            and _ELECTION_AFTER.match(text, after.end)
        ):  # "congratulated Hakainde Hichilema on winning Zambia's presidential election"
            first.kind, first.affiliation = "person", second.name
    for hit, after in reversed(list(pairwise(hits))):  # "Joshua Wong and Agnes Chow of the
        first, second = actors[hit.actor], actors[after.actor]  # Demosisto party": both
        if (
            first.kind == second.kind == "person"
            and first.affiliation is None
            and second.affiliation is not None
            and text[hit.end : after.start] in (" and ", ", ")
            and _OF_PARTY.match(text, after.end)
            and getattr(actors.get(second.affiliation), "kind", None) in GROUP_KINDS
        ):
            first.affiliation = second.affiliation


#: Between a person and the state whose election they won: "(X) on Monday on winning
#: (Zambia)", "(X) for his victory in (Kenya)".
_ON_WINNING = re.compile(
    r"\s+(?:on\s+\w+day\s+)?(?:on|for|after)\s+(?:winning|(?:his|her|their)\s+(?:victory|win)"
    r"\s+in)\s+(?:the\s+)?"
)
_ELECTION_AFTER = re.compile(
    r"['’]s\s+(?:presidential\s+|general\s+|parliamentary\s+)?(?:election|elections|vote|runoff|poll)\b"
)
#: A person's apposition naming a state's adjective, then its leader's title: "Radovan
#: Karadzic|, the |Bosnian Serb| leader,".
_THE_STATES = re.compile(r",\s+the\s+")
#: A person's apposition, and the office it names by its state's possessive: "X, |Eritrea's
#: president|".
_APPOSED = re.compile(r",\s+")
_STATES_OFFICE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:president|premier|prime\s+minister|leader|ruler|king|queen|emir"
    r"|foreign\s+minister|defen[cs]e\s+minister|army\s+chief|ambassador|envoy)$",
    re.IGNORECASE,
)
_ITS_LEADER_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:leader|president|premier|prime\s+minister|ruler|strongman|dictator"
    r"|foreign\s+minister|defen[cs]e\s+minister|army\s+chief|military\s+chief)\s*[,.]"
)
#: A state's body after its adjective, in an officer's apposition: "(Serbian) government's
#: office", "(Iranian) navy", "(Kenyan) army".
_STATE_BODY_AFTER = re.compile(
    r"\s+(?:government|army|navy|air\s+force|military|intelligence|police|foreign\s+ministry"
    r"|central\s+bank|state|delegation|embassy)\b",
    re.IGNORECASE,
)
#: Between a group and its leader's name: "RENAMO rebel leader", "Hamas political chief".
_LEADER_GAP = re.compile(
    r"\s+(?:(rebel|militia|guerrilla|insurgent)\s+|(?:opposition|party|political|military)\s+)?"
    r"(?:leader|chief|commander|head|founder|boss|kingpin)\s+"
)
#: Between a name and the group it leads, in apposition: ", leader of the", ", the former
#: prime minister and leader of the".
_LEADER_OF = re.compile(
    r"(?:,\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:leader|chief|chairman|chairwoman|head|commander|boss"
    r"|(?:co-)?founder|patron|spokesman|spokeswoman|member)"
    r"|\s+and\s+(?:(?:\w+|\d+)\s+)?other\s+(?:[a-z]+\s+)?(?:leaders|members|officials))"
    # "X and (eight) other leaders of"
    r"\s+of\s+(?:the\s+)?(?:(?:main|opposition|ruling|rebel|royalist|separatist|outlawed|banned"
    rf"|{'|'.join(re.escape(c) for c in sorted(CREEDS | {c.lower() for c in CREEDS}))})\s+)*"
)
#: Between a leader and the group they lead: "General Mohamed Farah Aidid's".
_LEADS = re.compile(r"['’]s\s+")
#: Words of an apposition that say its person is no longer in office: "the former prime
#: minister and leader of the opposition ...".
_NOW_AGAINST = re.compile(r"\b(?:former|ousted|opposition)\b")


#: Between a person and the state they serve: "Presidents Carlos Menem of Argentina and".
_OF_STATE = re.compile(r"\s+of\s+")
#: An office of a state in apposition: "X, the foreign minister of (China)".
_OFFICE_OF = re.compile(
    r",\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:minister|president|premier|ambassador|envoy"
    r"|secretary|spokesman|spokeswoman|king|chief|leader|head)\s+of\s+"
)
#: Between a person and the party or group they belong to: "of the main opposition".
_OF_PARTY = re.compile(r",?\s+of\s+(?:the\s+|his\s+|her\s+)?(?:(?:main|opposition|ruling)\s+)*")
