"""Discovery, the actor passes' last: capitalised runs no earlier pass explained (companies,
people, agencies, places), their short forms and spellings resolved to one actor, and the
state or body each serves (split from actors.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from personae.store.ingest.actor_records import Actor, Found, Hit
from personae.store.ingest.affiliation import (
    GROUP_KINDS,
    REMOVED_BEFORE,
    leader_state,
    state_before,
    subject_state,
    titled_by_state,
)
from personae.store.ingest.anaphora import GENERIC_NOUNS, describes, split_descriptions
from personae.store.ingest.candidates import Candidate, find_candidates
from personae.store.ingest.gazetteer import Gazetteer, GazetteerEntry
from personae.store.ingest.kinds import kind_of, state_opening
from personae.store.ingest.places import natural_place, subdivision_state, town_state
from personae.store.ingest.resolve import canonical_names
from personae.store.ingest.tokens import Tokens


def titled_elsewhere(
    text: str, start: int, person: GazetteerEntry, hits: Sequence[Hit], found: Found
) -> bool:
    """A one-word name the lexicon gives a person, titled by a state they never served: the
    text's own person of that state, not the lexicon's."""
    if person.kind != "person":
        return False
    state = titled_by_state(text, start, hits, found.kind_of)
    return state is not None and all(owner != state for owner, _, _ in person.terms)


def discover(
    text: str,
    tokens: Tokens,
    claimed: list[bool],
    initial: set[int],
    found: Found,
    served: dict[int, str],
    gaz: Gazetteer,
    date: str | None,
) -> None:
    """Capitalised runs no earlier pass explained: companies, people, agencies, places."""
    candidates = find_candidates(text, tokens, claimed, initial, served)
    _descriptions(text, tokens, initial, candidates, found)
    # The names known before this pass, in text order: a title's state is one of them, and
    # the names this pass adds, appended after them, are not nearer than they are.
    known_before = sorted(found.hits, key=attrgetter("start"))
    cands = list(candidates.values())
    canonical = canonical_names(
        text,
        cands,
        [(a.name, a.kind) for a in found.actors.values()],
        [(h.start, h.end, h.actor) for h in found.hits],
        {a.name: a.aliases for a in found.actors.values() if a.aliases},
    )
    for short, full in canonical.items():
        if full in candidates:
            candidates[full].context.extend(candidates[short].spans)
    early: dict[str, list[str]] = {}
    for cand in cands:
        name = cand.name
        if name.endswith("s") and (
            all(text.endswith(("two ", "both "), 0, start) for start, _ in cand.spans)
            or ((state := gaz.lookup(name[:-1])) is not None and state.kind == "state")
        ):
            continue  # "the two Koreas", "the Congos": the states together, no actor of its own
        target = canonical.get(name, name)
        for _ in range(3):  # a short form of a variant: follow the chain a little way
            target = canonical.get(target, target)
        if target not in found.actors:
            target = _official_name_start(target, found, gaz) or target
        if target not in found.actors:
            entry = None if gaz.renamed_by(target, date) else gaz.lookup(target)
            if (
                entry is not None
                and " " not in target
                and (
                    entry.of_another_time(date)
                    or titled_elsewhere(text, cand.spans[0][0], entry, known_before, found)
                    or (entry.kind == "company" and subdivision_state(cand, text) is not None)
                )
            ):  # "Prime Minister Johnson" in 2020: not Lyndon B. Johnson; "Saudi King
                entry = None  # Abdullah": not Jordan's Abdullah II; "in Navarre": Spain's
            if entry is not None:  # "AT&amp;T" unescaped is a known name
                known = found.actors[entry.name] = Actor(entry.name, entry.kind)
                known.affiliation = entry.affiliation_on(date) or (  # "North Korean leader Kim
                    cand.affiliation  # Jong-il" before the lexicon's dates for him
                    or titled_by_state(text, cand.spans[0][0], known_before, found.kind_of)
                    if entry.kind == "person"
                    else None
                )
                target = entry.name
        if target in found.actors:
            actor = found.actors[target]
            for start, end in cand.spans:
                found.hits.append(Hit(start, end, target))
            actor.add_alias(name)
            continue
        if target != name:
            early.setdefault(target, []).append(name)  # the full name, met later, takes them
            continue
        province_of = subdivision_state(cand, text) or town_state(cand, text)  # "Borno
        # state", "in Jos": Nigeria's
        kind = "place" if province_of or natural_place(cand, text) else kind_of(cand, text, gaz)
        if kind == "other" and _only_an_adjective(cand, text):
            continue
        regulating = (
            _states_regulator(cand, text, found) if kind in ("organisation", "other") else None
        ) or _body_of_state(name, gaz)
        if regulating is not None:  # "Russia's Federal Antimonopoly Service", "Brazil's
            kind = "government"  # antitrust watchdog CADE", "the Supreme Court of Pakistan":
            # the state's own body
        for start, end in cand.spans:
            actor = found.add(name, kind, start, end)
        body_state = (  # "the US Justice Department", "Cameroon's Northwest region"
            state_before(text, cand.spans[0][0], found.hits, found.kind_of)
            if kind in ("government", "place")
            else titled_by_state(text, cand.spans[0][0], known_before, found.kind_of)
            if kind == "person"
            else None
        )
        own = province_of or cand.affiliation
        opposed = kind == "person" and REMOVED_BEFORE.search(
            text, max(0, cand.spans[0][0] - 40), cand.spans[0][0]
        )  # "sacked deputy prime minister Anwar Ibrahim": no officer of the state any more
        actor.affiliation = (
            own
            if opposed
            else own
            or state_opening(cand, kind, gaz)
            or (kind == "person" and body_state)  # "Saudi King Abdullah": the state the title
            # names, before any lexicon person of that name ("Abdullah" served Indonesia too)
            or (cand.title and leader_state(cand, gaz, date))
            or body_state
            or regulating
            or (_subject_state(text, tokens, initial, cand, found) if kind == "person" else None)
        )
        for other in early.get(name, ()):  # short forms met before the full name
            for start, end in candidates[other].spans:
                found.hits.append(Hit(start, end, name))
            actor.add_alias(other)


def _official_name_start(name: str, found: Found, gaz: Gazetteer) -> str | None:
    """The one state named in the article whose official name this name begins ("the
    Islamic Republic" after "Iran": the Islamic Republic of Iran), if exactly one is."""
    if " " not in name:
        return None
    opening = name + " "
    states = {
        actor.name
        for actor in found.actors.values()
        if actor.kind == "state"
        and (entry := gaz.lookup(actor.name)) is not None
        and any(alias.startswith(opening) for alias in entry.aliases)
    }
    return states.pop() if len(states) == 1 else None


def _subject_state(
    text: str, tokens: Tokens, initial: set[int], cand: Candidate, found: Found
) -> str | None:
    """The state or body an unknown official's sentence opens with (see subject_state)."""
    opening = max((i for i in initial if tokens.starts[i] <= cand.spans[0][0]), default=0)

    def owner_of(name: str) -> tuple[str | None, bool]:
        actor = found.actors[name]
        if actor.kind == "state" or actor.kind in GROUP_KINDS:
            return actor.name, actor.kind != "state"
        owner = found.actors.get(actor.affiliation or "")
        return (actor.affiliation if owner is None or owner.kind == "state" else None), False

    return subject_state(text, cand, tokens.starts[opening], found.hits, owner_of)


def _descriptions(
    text: str, tokens: Tokens, initial: set[int], candidates: dict[str, Candidate], found: Found
) -> None:
    """ "The wealthy Gulf state", "a Balkan country": no actor (see anaphora.py); the definite
    one is a mention of the state it describes, when that is clear."""
    if GENERIC_NOUNS.isdisjoint(tokens.distinct):  # most articles: no such noun at all
        return
    described = [c for c in candidates.values() if any(describes(text, *s) for s in c.spans)]
    if not described:
        return
    states = sorted(
        (h.start, h.end, h.actor) for h in found.hits if found.actors[h.actor].kind == "state"
    )
    sentence_starts = sorted(tokens.starts[i] for i in initial if i < len(tokens.starts))
    for cand in described:
        cand.spans, referred = split_descriptions(text, cand.spans, sentence_starts, states)
        found.hits.extend(Hit(*hit) for hit in referred)  # no alias: "Gulf" is not Qatar
        if not cand.spans:
            del candidates[cand.name]


#: One word of an adjective's shape: "Olympic", "Andean", "Pan-Africanist", "Scottish".
_ADJECTIVE_SHAPE = re.compile(r"(?!Ocean$)[A-Z][\w-]*(?:ic|ean|ist|ian|ish)")
#: A lower-case word right after a name: the name modifies it.
_MODIFIED_AFTER = re.compile(r"[\"”’]? [a-z]")


def _only_an_adjective(cand: Candidate, text: str) -> bool:
    """A word no lexicon knows, of an adjective's shape, that only ever modifies the word after
    it ("an Olympic truce", "Andean leaders", "a true Pan-Africanist" quoted): no actor."""
    return _ADJECTIVE_SHAPE.fullmatch(cand.name) is not None and all(
        _MODIFIED_AFTER.match(text, end) for _, end in cand.spans
    )


#: A state's body whose last word may name any body ("Office", "Service", "Authority").
_BODY_WORDS = frozenset({"Office", "Service", "Authority", "Watchdog", "Regulator"})
#: Between a state and its regulator named after it: "Brazil's| antitrust watchdog |CADE".
_REGULATOR_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:watchdog|regulator)\s+")


#: A state's court, central bank or legislature named with "of" and the state: "the Supreme
#: Court of Pakistan", "the Central Bank of Nigeria" (not "Bank of America", a company).
_BODY_OF_STATE = re.compile(
    r"(?:[A-Z][a-z]+ ){0,2}(?:Court|Central Bank|Reserve Bank|Parliament|Senate|Tribunal)"
    r" of (?:the )?(?P<state>.+)"
)


def _body_of_state(name: str, gaz: Gazetteer) -> str | None:
    """The state a body's name ends with, when it names a state's court, central bank or
    legislature."""
    named = _BODY_OF_STATE.fullmatch(name)
    entry = gaz.lookup(named["state"]) if named is not None else None
    return entry.name if entry is not None and entry.kind == "state" else None


def _states_regulator(cand: Candidate, text: str, found: Found) -> str | None:
    """The state whose possessive opens a body's name, when its last word names a body or
    "watchdog" or "regulator" stands between ("Britain's Competition and Markets Authority",
    "Brazil's antitrust watchdog CADE"); a union or a party after one stays its own
    ("Germany's GDL union")."""
    start = cand.spans[0][0]
    if cand.name.split()[-1] in _BODY_WORDS:
        return state_before(text, start, found.hits, found.kind_of)
    if "watchdog" not in text and "regulator" not in text:
        return None
    return next(
        (
            hit.actor
            for hit in found.hits
            if start - 40 <= hit.end < start
            and found.kind_of(hit.actor) == "state"
            and _REGULATOR_GAP.fullmatch(text, hit.end, start)
        ),
        None,
    )
