"""A relation read from one sentence (Link), and the relations a speaker, a mediator, a
threat's condition, a request answered or a court's ruling adds, as event coders code them
(an accusation's charge: charged_acts.py); and the relations no reader would keep (an
officer on its own side, a place no state owns as a party).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from personae.store.ingest.actors import Hit
from personae.store.ingest.clause_subjects import verb_of_its_own
from personae.store.ingest.lexicon import words
from personae.store.ingest.scan import holds_one_of, word_pattern
from personae.store.ingest.speakers import ACCUSING_VERBS, BLAMED_AFTER, MUST_AFTER, SAYS
from personae.store.ingest.verbs import OCCUPYING, PLACE_OBJECT_TYPES
from personae.store.model import COMENTION, PLOVER, Span

#: How far a co-mention is to be trusted as a relation: two actors in one sentence, no more
#: (and the confidence of a relation no rule weighed).
COMENTION_CONFIDENCE = 0.2
#: Kinds that take part in no co-mention: places (where, not who) and names nothing kinds.
_UNRELATED = frozenset({"place", "other"})


@dataclass(frozen=True, slots=True)
class Link:
    """A relation read from one sentence, by actor (canonical) names."""

    source: str
    target: str
    type: str
    evidence: Span
    summary: str
    negated: bool = False
    hedge: str | None = None
    attribution: str | None = None
    confidence: float = COMENTION_CONFIDENCE


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def comentioned(actors: list[Hit], speaker: str | None, kinds: dict[str, str]) -> list[Hit]:
    """The actors a co-mention may join: a name nothing kinds (a flight number, a dateline's
    city in capitals) is too often no actor at all, and a speaker is told by its links."""
    return [
        h for h in actors if h.actor != speaker and kinds.get(h.actor, "other") not in _UNRELATED
    ]


def comentions(
    agents: list[Hit], sentence: Span, hedge: str | None, speaker: str | None
) -> list[Link]:
    """A co-mention for each two distinct ``agents``: all a sentence that relates none of its
    actors says of them."""
    links: dict[tuple[str, str], Link] = {}
    for i, first in enumerate(agents):
        for second in agents[i + 1 :]:
            key = pair_key(first.actor, second.actor)
            if first.actor != second.actor and key not in links:
                links[key] = Link(
                    first.actor,
                    second.actor,
                    COMENTION,
                    sentence,
                    "mentioned with",
                    False,
                    hedge,
                    speaker,
                )
    return list(links.values())


def mediation_links(
    mediators: list[Hit], sentence: Span, links: dict[tuple[str, str], Link], openers: list[str]
) -> None:
    """A mediator ("under a deal brokered by China", see act_frames.mediator) meets each party
    of the typed acts it brokered, as event coders code mediation (CAMEO 045), or, when no
    act names a party, the sentence's opening subjects (``openers``: "Cuba agreed to free 52
    prisoners after talks mediated by the Church and Spain", "Eritrea and Ethiopia will
    reopen their embassies, in a breakthrough brokered by the UAE"); mediators named
    together ("brokered by Brazil's president and Turkey's premier") meet no one so."""
    named = {hit.actor for hit in mediators}
    parties = {a for link in links.values() for a in (link.source, link.target)} - named
    if not parties:
        parties = set(openers) - named
    for hit in mediators:
        for party in sorted(parties):
            key = pair_key(hit.actor, party)
            if key not in links:
                links[key] = Link(
                    hit.actor, party, "CONSULT", sentence, "mediates", confidence=0.55
                )


def speaker_links(
    text: str,
    piece: Span,
    speaker: str,
    actors: list[Hit],
    sentence: Span,
    links: dict[tuple[str, str], Link],
    owners: dict[str, str],
) -> list[Link]:
    """What a speaker does by speaking, as event coders read it: says another actor did
    something hostile (accuses it: "the US claimed that ISIL had attacked Iraq") or is to
    blame ("May said Moscow was culpable for the poisoning"), or says another actor must act
    (asks it: "Iran must free the sailors, Britain said"). A speaker charges or asks neither
    the state or body it serves (``served``: "Trump said the United States would withdraw")
    nor itself, nor another body of that state ("its Defence Ministry said Azerbaijani troops
    had captured")."""
    served = owners.get(speaker)
    said = SAYS.search(text, piece.start, piece.end)
    verb = said.group(0).split()[0].lower() if said else ""
    if said is not None and verb in ACCUSING_VERBS:
        # The accused is named in what is said, after the verb: not a co-speaker ("Obama and
        # Putin said they will attack").
        reported = {h.actor for h in actors if h.start > said.start()}
        for link in list(links.values()):
            key = pair_key(speaker, link.source)
            if (
                link.source in (speaker, served)
                or owners.get(link.source) in (speaker, served or speaker)
                or PLOVER.get(link.type) != "conflict"
                or key in links
            ):
                continue
            if link.source not in reported:
                continue
            if link.type not in ("ACCUSE", "REJECT"):  # a refusal reported is no charge
                links[key] = Link(
                    speaker, link.source, "ACCUSE", sentence, "accuses", confidence=0.45
                )
    further: list[Link] = []  # a blame beside another act on the pair: "May said Russia was
    for hit in actors:  # behind the attack, and gave Moscow until Tuesday"
        key = pair_key(speaker, hit.actor)
        if hit.actor in (speaker, served):
            continue
        blamed = said is not None and hit.start > said.start() and BLAMED_AFTER.match(text, hit.end)
        if key in links:
            if blamed and links[key].type != "ACCUSE":
                further.append(
                    Link(speaker, hit.actor, "ACCUSE", sentence, "blames", confidence=0.5)
                )
        elif MUST_AFTER.match(text, hit.end):
            links[key] = Link(speaker, hit.actor, "REQUEST", sentence, "calls on", confidence=0.5)
        elif blamed:
            links[key] = Link(speaker, hit.actor, "ACCUSE", sentence, "blames", confidence=0.5)
    return further


#: Between a threatener's name and its verb: an adverb or a time at most, no clause.
SUBJECT_GAP = re.compile(r"\s+(?:\w+ly\s+|on\s+\w+\s+)?")
#: Between two names of the condition's subject: "and", a comma, an article.
_AND_GAP = re.compile(r"\s*(?:,|and|,\s+and)?\s+(?:the\s+)?")


def subject_before(text: str, actors: list[Hit], start: int, *gaps: re.Pattern[str]) -> Hit | None:
    """The last name before a verb at ``start`` with only one of ``gaps`` between (an adverb,
    a day, an office): the verb's subject."""
    return next(
        (
            h
            for h in reversed(actors)
            if h.end <= start and any(gap.fullmatch(text, h.end, start) for gap in gaps)
        ),
        None,
    )


#: Ties moved from one state to another: "switched diplomatic recognition from Taiwan to
#: China", "switched allegiance from Moscow to Washington".
_SWITCHED = re.compile(
    r"\bswitch(?:es|ed|ing)?\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|ties|relations"
    r"|allegiance)\s+from\s+",
    re.IGNORECASE,
)


def switched_ties(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """Ties switched from one state to another break them with the first (CAMEO 161) and
    recognise the second (054): "Honduras switched diplomatic recognition from Taiwan to
    China"."""
    if "switch" not in lowered:
        return []
    found = _SWITCHED.search(text, piece.start, piece.end)
    if found is None:
        return []
    subject = subject_before(text, actors, found.start(), SUBJECT_GAP)
    old = next((h for h in actors if h.start == found.end()), None)
    new = next(
        (h for h in actors if old and h.start > old.end and text[old.end : h.start] == " to "),
        None,
    )
    if subject is None or old is None or new is None:
        return []
    summary = " ".join(text[found.start() : found.end()].split())
    return [
        Link(subject.actor, old.actor, "SANCTION", sentence, summary, confidence=0.6),
        Link(subject.actor, new.actor, "SUPPORT", sentence, summary[:-4] + "to", confidence=0.6),
    ]


#: An act done at another's asking: "at the request of Bahrain's rulers", "in response to a
#: plea from Yemeni President Hadi", "at the invitation of the government".
_ASKED_BY = re.compile(
    r"\b(?:(?:at|on)\s+the\s+(?:[a-z]+\s+)?(?:request|invitation|behest|urging)\s+of"
    r"|(?:in\s+response\s+to|answering|heeding)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:pleas?|requests?|appeals?|calls?)\s+(?:from|by))\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: A word every match of _ASKED_BY holds one of.
_ASKED_BY_WORDS = word_pattern(
    "request", "invitation", "behest", "urging", "plea", "appeal", "call"
)
#: The asker named again by its kind: "the island kingdom's rulers", "the government's".
_ASKER_NAMED_AGAIN = re.compile(
    r"(?:[a-z]+\s+)?(?:country|nation|kingdom|government|republic|state)(?:'s|’s)?\b"
)


def named_as_asker(text: str, t_end: int, hit: Hit) -> bool:
    """The name right after "at the request of" or "in response to a plea from", past the
    trigger ending at ``t_end``: who asked for the act ("detained the activist at the
    request of China", see asked_by), not its object."""
    low = max(t_end, hit.start - 70)
    if not holds_one_of(text, _ASKED_BY_WORDS, low, hit.start):
        return False  # most names have no asking word before them
    found = _ASKED_BY.search(text, low, hit.start)
    return found is not None and hit.start - found.end() <= 12


def asked_by(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span, kinds: dict[str, str]
) -> list[Link]:
    """Who asked for the main clause's act asks its doer (CAMEO 02): "Saudi Arabia sent
    troops into Bahrain at the request of the island kingdom's rulers" has Bahrain ask Saudi
    Arabia."""
    if not any(
        word in lowered
        for word in ("request", "invitation", "behest", "urging", "plea", "appeal", "call")
    ):
        return []
    found = _ASKED_BY.search(text, piece.start, piece.end)
    if found is None or not actors or actors[0].end > found.start():
        return []
    doer = next(  # the subject of the clause the request is of: "Chile protested after
        # London police arrested Pinochet at the request of a Spanish judge": London's arrest
        (
            h
            for h in reversed(actors)
            if h.end <= found.start() and h is not actors[0] and verb_of_its_own(text, h.end)
        ),
        actors[0],
    )
    asker = next((h for h in actors if 0 <= h.start - found.end() <= 12), None)
    if asker is None and _ASKER_NAMED_AGAIN.match(text, found.end()):
        asker = next(  # "the island kingdom's rulers": the state named last before
            (
                h
                for h in reversed(actors)
                if h.end <= found.start() and h is not doer and kinds.get(h.actor) == "state"
            ),
            None,
        )
    if asker is None or asker.actor == doer.actor:
        return []
    summary = " ".join(text[found.start() : found.end()].split()).removesuffix(" the")
    return [Link(asker.actor, doer.actor, "REQUEST", sentence, summary, confidence=0.55)]


def demanded_by(
    text: str,
    piece: Span,
    lowered: str,
    actors: list[Hit],
    sentence: Span,
    kinds: dict[str, str],
    owners: dict[str, str],
) -> list[Link]:
    """Measures a body demanded of the one state the sentence names ("a strike against
    austerity measures demanded by the International Monetary Fund", of Greece): the body
    asks that state (CAMEO 02), as coders code it."""
    if "demanded by" not in lowered and "required by" not in lowered:  # most pieces: no
        return []
    asker = next(
        (h for h in actors if _DEMANDED_BY.search(text, max(piece.start, h.start - 60), h.start)),
        None,
    )
    if asker is None:
        return []
    sides = {
        state: actor
        for state, actor in states_named(actors, kinds, owners, leaders=True).items()
        if actor != asker.actor and state != owners.get(asker.actor, asker.actor)
    }
    if len(sides) != 1:
        return []
    (asked,) = sides.values()
    return [Link(asker.actor, asked, "REQUEST", sentence, "demanded", confidence=0.5)]


#: Measures and who demanded them: "austerity measures demanded by| the IMF".
_DEMANDED_BY = re.compile(
    r"\b(?:measures|reforms|cuts|conditions|austerity|changes|privati[sz]ations?)\s+"
    r"(?:[a-z]+\s+)?(?:demanded|required)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A court's finding against a party: "ruled on Tuesday that Turkey had violated", "found
#: that Serbia had failed to prevent".
_RULED_THAT = re.compile(
    r"\b(?:rul(?:ed|es|ing)|f(?:ound|inds)|conclud(?:ed|es))(?:\s+on\s+\w+day)?\s+that\s+",
    re.IGNORECASE,
)
_COURT = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Aa]rbitrat\w+)\b")
_AT_FAULT = re.compile(
    r"[^.;]{0,60}?\b(?:violat\w+|breach\w*|broke|responsible|committed|discriminat\w+"
    r"|failed|unlawful(?:ly)?|illegal(?:ly)?|liable|guilty"
    r"|ha[sd]\s+no\s+(?:legal\s+|historic(?:al)?\s+)?(?:basis|right|grounds))\b",
    re.IGNORECASE,
)


def ruled_against(
    text: str, piece: Span, lowered: str, actors: list[Hit], sentence: Span
) -> list[Link]:
    """A court that rules a party at fault accuses it (CAMEO 11, as coders code a ruling):
    "the European Court of Human Rights ruled that Turkey had violated the right to life"."""
    if "that" not in lowered or (
        "rul" not in lowered and "found" not in lowered and "conclud" not in lowered
    ):
        return []
    found = _RULED_THAT.search(text, piece.start, piece.end)
    if found is None:
        return []
    court = next((h for h in reversed(actors) if h.end <= found.start()), None)
    party = next((h for h in actors if h.start >= found.end()), None)
    if (
        court is None
        or party is None
        or _COURT.search(text, court.start, found.start()) is None
        or _AT_FAULT.match(text, party.end) is None
        or court.actor == party.actor
    ):
        return []
    summary = " ".join(text[found.start() : found.end()].split())
    return [Link(court.actor, party.actor, "ACCUSE", sentence, summary, confidence=0.55)]


#: Between a subject and its verb: an adverb or an auxiliary, no clause ("the Taliban| later
#: |claimed", "Greece| has |put its navy on alert").
AUXILIARY_GAP = re.compile(r"\s+(?:(?:also|has|have|had|later|then|quickly|swiftly)\s+){0,2}")


def named_right_before(
    text: str, actors: list[Hit], position: int, gap: re.Pattern[str]
) -> Hit | None:
    """The last actor named before ``position`` with only ``gap`` between: the subject of
    the verb there ("the Taliban later claimed", "ETA announced")."""
    return next(
        (h for h in reversed(actors) if h.end <= position and gap.fullmatch(text, h.end, position)),
        None,
    )


#: A place that tells where the name after it is based: "London-based", "New York-based".
_BASED_IN = re.compile(r"(?:[A-Z][\w.'’]*\s)?[A-Z][\w.'’]*-(?:based|headquartered)\s+")


def names_from(text: str, actors: list[Hit], start: int) -> list[Hit]:
    """The names that open at ``start``, with those joined to them by "and", a comma or an
    article ("if South Korea and the US attacked", "criticism from Australia and the US")."""
    names: list[Hit] = []
    if based := _BASED_IN.match(text, start):  # "by the London-based Amnesty International":
        start = based.end()  # where it is, no name of its own
    for hit in actors:
        if hit.start == start or (names and _AND_GAP.fullmatch(text, start, hit.start)):
            names.append(hit)
            start = hit.end
    return names


#: A border or crossing opened (verbs.py, RETREAT): its opening is for people, no place.
_OPENED = re.compile(r"(?:re-?)?open", re.IGNORECASE)


def unowned_place(link: Link, owners: dict[str, str], kinds: dict[str, str]) -> bool:
    """A typed relation aimed at a place no state owns (a continent, a town no lexicon
    knows) other than an attack, a mobilisation, a retreat or its taking: "signed a ceasefire in
    the border town of Sapoa" is made with no one there. A region may act ("pressure from
    Europe"), so its own acts stay, but for fighting: a region fights no one ("they have
    fought two wars over Kashmir")."""
    if link.type == "ASSAULT" and kinds.get(link.source) == "place":
        return link.source not in owners
    if link.type == "RETREAT" and _OPENED.match(link.summary):  # "opened the Rafah
        return kinds.get(link.target) == "place"  # crossing": to people, not to a place
    if link.type == COMENTION or link.type in PLACE_OBJECT_TYPES:
        return False
    if link.type == "COERCE" and OCCUPYING.match(link.summary):  # "annexed Crimea"
        return False
    return kinds.get(link.target) == "place" and link.target not in owners


def own_side(link: Link, owners: dict[str, str], kinds: dict[str, str]) -> bool:
    """A typed relation between an officer and the state or body it serves ("Zelenskiy
    called on allies": not on Ukraine): a misreading, as no one acts on its own side. A
    state's allies or enemies named collectively ("Israel's allies") are no officers."""
    return link.type != COMENTION and (
        one_side(link.source, link.target, owners, kinds)
        or (  # "Chirac threatened to withdraw French troops": his own state's forces
            link.type in _OWN_FORCES_TYPES
            and kinds.get(link.target) == "government"
            and owners.get(link.target) is not None
            and owners.get(link.source, link.source) == owners.get(link.target)
        )
        or (  # "Thai and Cambodian troops exchanged gunfire, killing a Cambodian soldier":
            _armed_agent(link.source, kinds)  # no state's forces fight their own
            and _armed_agent(link.target, kinds)
            and owners.get(link.source) is not None
            and owners.get(link.source) == owners.get(link.target)
        )
    )


#: Last words of a state's armed agents named by their demonym: "Cambodian soldier".
_ARMED_AGENTS = frozenset(
    words("""soldier soldiers troops forces army police policeman policemen officer officers
    guard guards sailors marines""")
)


def _armed_agent(name: str, kinds: dict[str, str]) -> bool:
    """Whether ``name`` names a state's armed agents: troops, a soldier, police."""
    last = name.rsplit(" ", 1)[-1].lower()
    return kinds.get(name) in ("government", "person") and last in _ARMED_AGENTS


#: Types of what a state does with its own forces, not to them.
_OWN_FORCES_TYPES = frozenset({"THREATEN", "RETREAT", "MOBILIZE"})


def one_side(one: str, other: str, owners: dict[str, str], kinds: dict[str, str]) -> bool:
    """Whether one of two actors serves the other (an officer and its state); an armed group
    of a state ("Nepal's Maoist rebels") fights it, serves it not."""
    return (owners.get(one) == other and kinds.get(one) not in _NOT_SERVING) or (
        owners.get(other) == one and kinds.get(other) not in _NOT_SERVING
    )


#: Kinds of actors whose state or body is where they are from, no one they serve.
_NOT_SERVING = frozenset({"other", "armed_group"})


def states_named(
    actors: Iterable[Hit],
    kinds: dict[str, str],
    owners: dict[str, str],
    *,
    forces: bool = False,
    leaders: bool = False,
) -> dict[str, str]:
    """Each state a piece names, to the actor that stands for it there: the state when it is
    an actor of the article, else its government or forces ("the Thai government", "Malian
    troops"), or its leader if ``leaders`` ("King Gyanendra").  ``forces``: only states whose
    government, forces or officers are named."""
    sides: dict[str, str] = {}
    for hit in actors:
        kind = kinds.get(hit.actor)
        owner = hit.actor if kind == "state" else owners.get(hit.actor)
        if owner is None or (forces and kind != "government"):
            continue
        if kinds.get(owner) == "state":
            sides[owner] = owner
        elif kind == "government" or (
            leaders and kind == "person" and kinds.get(owner, "state") == "state"
        ):  # (a state the article never names itself is no actor of it)
            sides.setdefault(owner, hit.actor)
    return sides
