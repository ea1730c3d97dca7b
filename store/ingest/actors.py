"""Who is in an article: gazetteer names, named patterns and discovered capitalised names.

Three passes over one token list, each claiming the tokens it explains so that later passes
never re-read them: (1) descriptive names ("the Biden administration", "Sunni fundamentalist
groups"), (2) the gazetteer (with office holders and "X's allies"), (3) discovery of names the
gazetteer lacks, whose short forms ("Khomeini", "GM", "Apple") resolve to the full name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from personae.store.ingest.gazetteer import LOWER_STARTS, TOKEN, Gazetteer, load_gazetteer
from personae.store.ingest.lexicon import (
    ADJECTIVES,
    ARMED_GROUP_NOUNS,
    COLLECTIVE_NOUNS,
    COMPANY_CUES,
    COMPANY_SUFFIXES,
    GOVERNMENT_WORDS,
    ORGANISATION_WORDS,
    PERSON_CUES,
    PLACE_PREPOSITIONS,
    STOPWORDS,
    TITLES,
)
from personae.store.model import Span


@dataclass(slots=True)
class Actor:
    """An actor found in one article; ``name`` is its canonical (longest, first met) name."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, alias: str) -> None:
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention: a span of the article text naming an actor (by canonical name)."""

    start: int
    end: int
    actor: str


@dataclass(slots=True)
class Actors:
    by_name: dict[str, Actor]
    hits: list[Hit]


_ADMINISTRATION = re.compile(
    r"\b((?:[A-Z][\w'’-]+ and )?[A-Z][\w'’-]+) (administrations?|government|cabinet|regime)\b"
)
#: "Sunni fundamentalist groups", "Iraqi Shia militias": capitalised words, at most one lower-case
#: word, a group noun.  Found in two steps, a run of capitalised words then the rest after it,
#: because the single pattern (``\b(?:[A-Z][\w'’-]+ )+(?:[a-z]+ )?(?:nouns)\b``) re-reads a
#: run from each of its words when it fails: quadratic on a long run (an all-caps article).
#: The matches are the same: from any word of a run, the run ends at the same place.
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w'’-]+ )+")
_GROUP_TAIL = re.compile(rf"(?:[a-z]+ )?(?:{ARMED_GROUP_NOUNS})\b")


def _administrations(text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in _ADMINISTRATION.finditer(text))


def _groups(text: str) -> Iterator[tuple[int, int]]:
    for run in _CAPITALISED_RUN.finditer(text):
        tail = _GROUP_TAIL.match(text, run.end())
        if tail is not None:
            yield run.start(), tail.end()


_DESCRIPTIVE = (
    (_administrations, "government", re.compile(r"administration|government|cabinet|regime")),
    (_groups, "armed_group", re.compile(ARMED_GROUP_NOUNS)),
)
_COLLECTIVE = re.compile(rf"['’]s ({COLLECTIVE_NOUNS})\b")
_OFFICE = re.compile(
    r" (?:(?:vice |deputy )?president|prime minister|(?:foreign|defen[cs]e|interior|finance) minister"
    r"|secretary of (?:state|defen[cs]e|the treasury|war)|(?:defen[cs]e|foreign|home) secretary"
    r"|chancellor|ambassador(?: to the [A-Z][\w.]+(?: [A-Z]\w+)*)?|envoy|supreme leader)\b(?! [A-Z])"
)
_ORDINAL = re.compile(r"(?:\b[Tt]he |\b)(\d+(?:st|nd|rd|th) )?$")
_CONNECTORS = frozenset(
    {"of", "de", "du", "da", "der", "von", "van", "al", "el", "bin", "ibn", "for"}
)
#: "Boeing said": a sentence-initial word that reports speech is a speaker, so a name.
_SAYS = re.compile(r" (?:said|says|told|announced|reported|confirmed|denied)\b")
_JOINERS = frozenset({" ", "-", "&", " & ", ". ", "'", "’"})
#: Capitalised words that never begin a longer name before a gazetteer name.
_NOT_NAMES = STOPWORDS | TITLES | ADJECTIVES
#: A capitalised word that, alone, _trim always drops: a stopword, an adjective or a title.
_NOT_ALONE = STOPWORDS | ADJECTIVES | TITLES
#: Last words that make a two-word name an institution rather than a person's.
_INSTITUTION_WORDS = COMPANY_SUFFIXES | GOVERNMENT_WORDS | ORGANISATION_WORDS


def find_actors(
    text: str,
    sentences: tuple[Span, ...],
    *,
    skip: int = 0,
    gazetteer: Gazetteer | None = None,
) -> Actors:
    """Actors and their mentions in ``text``; ``sentences`` tell sentence-initial words apart.

    The first ``skip`` characters (a dateline: where the writer filed from) name no actor.
    """
    gaz = gazetteer or load_gazetteer()
    tokens = [m.span() for m in TOKEN.finditer(text)]
    words = TOKEN.findall(text)
    starts = [t[0] for t in tokens]
    firsts = [w[0] for w in words]
    is_cap = list(map(str.isupper, firsts))
    starters = [
        i for i, cap in enumerate(is_cap) if cap or firsts[i].isdigit() or words[i] in LOWER_STARTS
    ]
    claimed = [t[0] < skip for t in tokens] if skip > 0 else [False] * len(tokens)
    found = _Found()

    def claim(start: int, end: int) -> None:
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            claimed[i] = True

    for names, kind, cue in _DESCRIPTIVE:
        if cue.search(text) is None:  # the cheap test spares most articles the costly scan
            continue
        for span in names(text):
            first_word = text[span[0] : span[1]].split(" ", 1)[0]
            if (
                first_word in STOPWORDS
                or first_word in TITLES
                or any(claimed_in(span, starts, claimed))
            ):
                continue
            found.add(text[span[0] : span[1]], kind, span[0], span[1])
            claim(*span)

    for hit in gaz.match(text, tokens, claimed, starters):
        entry = hit.entry
        start, end, name, kind = hit.start, hit.end, entry.name, entry.kind
        surface = text[start:end]
        collective = _COLLECTIVE.match(text, end) if entry.kind == "state" else None
        office = _OFFICE.match(text, end) if entry.kind == "state" else None
        if collective:
            name, kind = f"{surface}'s {collective.group(1)}", "other"
            end += collective.end() - collective.start()
            surface = name
        elif office:
            ordinal = _ORDINAL.search(text, max(0, start - 12), start)
            if ordinal and ordinal.group(1):
                start -= len(ordinal.group(1))
            end += office.end() - office.start()
            surface = text[start:end]
            name, kind = surface, "person"
        if name == entry.name and _inside_longer_name(text, tokens, hit.first_token, claimed, gaz):
            continue
        actor = found.add(name, kind, start, end)
        if name == entry.name:
            for alias in entry.aliases:
                actor.add_alias(alias)
        actor.add_alias(surface)
        claim(start, end)

    _discover(text, tokens, words, is_cap, claimed, _sentence_starts(sentences, starts), found)
    found.hits.sort(key=lambda h: h.start)
    return Actors(found.actors, found.hits)


def _inside_longer_name(
    text: str, tokens: list[tuple[int, int]], index: int, claimed: list[bool], gaz: Gazetteer
) -> bool:
    """ "EADS North America", "Bank of America": a state name ending a longer unknown name."""
    if index == 0 or claimed[index - 1]:
        return False
    before = tokens[index - 1]
    word = text[before[0] : before[1]]
    gap = text[before[1] : tokens[index][0]]
    if word == "of" and index >= 2 and gap == " ":
        before = tokens[index - 2]
        word, gap = text[before[0] : before[1]], " of "
    return (
        gap in (" ", " of ")
        and word[0].isupper()
        and word not in _NOT_NAMES
        and gaz.lookup(word) is None
    )


def claimed_in(span: tuple[int, int], starts: list[int], claimed: list[bool]) -> list[bool]:
    lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return [c for c in claimed[lo:hi] if c]


class _Found:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.hits: list[Hit] = []

    def add(self, name: str, kind: str, start: int, end: int) -> Actor:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = Actor(name, kind)
        self.hits.append(Hit(start, end, name))
        return actor


def _sentence_starts(sentences: tuple[Span, ...], starts: list[int]) -> set[int]:
    """Token indices that open a sentence (or the quotation that opens one)."""
    return {bisect.bisect_left(starts, s.start) for s in sentences}


@dataclass(slots=True)
class _Candidate:
    name: str
    spans: list[tuple[int, int]]
    tokens: list[str]
    titled: bool = False
    context: list[tuple[int, int]] = field(default_factory=list)


def _discover(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    is_cap: list[bool],
    claimed: list[bool],
    initial: set[int],
    found: _Found,
) -> None:
    """Capitalised runs no earlier pass explained: companies, people, agencies, places."""
    lower_words = {w for w, cap in zip(words, is_cap, strict=True) if not cap}
    mid_capitals = {w for i, w in enumerate(words) if is_cap[i] and i not in initial}
    candidates: dict[str, _Candidate] = {}
    order: list[str] = []
    runs = _runs(text, tokens, words, is_cap, claimed, initial, lower_words, mid_capitals)
    for first, last, titled in runs:
        start, end = tokens[first][0], tokens[last][1]
        if end < len(text) and text[end] == "." and text[start:end].split()[-1] in COMPANY_SUFFIXES:
            end += 1
        name = text[start:end]
        cand = candidates.get(name)
        if cand is None:
            cand = candidates[name] = _Candidate(name, [], words[first : last + 1])
            order.append(name)
        cand.spans.append((start, end))
        cand.titled = cand.titled or titled

    canonical = _resolve_short_forms([candidates[n] for n in order], found)
    for short, full in canonical.items():
        if full in candidates:
            candidates[full].context.extend(candidates[short].spans)
    for name in order:
        cand = candidates[name]
        target = canonical.get(name, name)
        if target in found.actors:
            actor = found.actors[target]
            for start, end in cand.spans:
                found.hits.append(Hit(start, end, target))
            actor.add_alias(name)
            continue
        kind = _kind_of(cand, text)
        for start, end in cand.spans:
            found.add(name, kind, start, end)


def _runs(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    is_cap: list[bool],
    claimed: list[bool],
    initial: set[int],
    lower_words: set[str],
    mid_capitals: set[str],
) -> list[tuple[int, int, bool]]:
    """(first, last, titled) token ranges of candidate names, trimmed of stopwords and titles."""
    runs: list[tuple[int, int, bool]] = []
    n = len(tokens)
    done = -1
    for i in [k for k, cap in enumerate(is_cap) if cap]:
        if i <= done or claimed[i]:
            continue
        j = i
        while j + 1 < n and not claimed[j + 1]:
            gap = text[tokens[j][1] : tokens[j + 1][0]]
            word = words[j + 1]
            if gap not in _JOINERS or (gap == ". " and not _initial(text, tokens[j])):
                break
            if is_cap[j + 1] or (word in _CONNECTORS and j + 2 < n and is_cap[j + 2]):
                j += 1
            else:
                break
        done = j
        if i == j and words[i] in _NOT_ALONE:  # "The", "However", "President": nothing to keep
            continue
        runs.extend(_trim(text, tokens, words, i, j, initial, lower_words, mid_capitals))
    return runs


def _trim(
    text: str,
    tokens: list[tuple[int, int]],
    all_words: list[str],
    first: int,
    last: int,
    initial: set[int],
    lower_words: set[str],
    mid_capitals: set[str],
) -> list[tuple[int, int, bool]]:
    """Cut a run at titles inside it ("Microsoft CEO Bill Gates") and trim what is no name."""
    words = all_words[first : last + 1]
    pieces: list[tuple[int, int, bool]] = []
    begin, titled = first, False
    for index, word in enumerate(words):
        inside = 0 < index < len(words) - 1 or index == 0
        if word in TITLES and inside and not _title_is_name_part(words, index):
            if first + index > begin:  # what stands before a title is its holder's employer
                pieces.append((begin, first + index - 1, False))
            begin, titled = first + index + 1, True
    if begin <= last:
        pieces.append((begin, last, titled))
    kept = []
    for start, stop, has_title in pieces:
        piece = _trim_piece(
            text, tokens, all_words, start, stop, has_title, initial, lower_words, mid_capitals
        )
        if piece:
            kept.append(piece)
    return kept


def _title_is_name_part(words: list[str], index: int) -> bool:
    """ "General Motors", "Foreign Office": a title word that belongs to an institution's name."""
    last = words[-1]
    return last in COMPANY_SUFFIXES or last in GOVERNMENT_WORDS or last in ORGANISATION_WORDS


def _trim_piece(
    text: str,
    tokens: list[tuple[int, int]],
    all_words: list[str],
    first: int,
    last: int,
    titled: bool,
    initial: set[int],
    lower_words: set[str],
    mid_capitals: set[str],
) -> tuple[int, int, bool] | None:
    words = all_words[first : last + 1]
    while words and (words[0] in STOPWORDS or words[0] in ADJECTIVES):
        words.pop(0)
        first += 1
    while words and (words[-1] in STOPWORDS or words[-1] in ADJECTIVES or words[-1] in _CONNECTORS):
        words.pop()
        last -= 1
    if not words or all(w in TITLES for w in words):
        return None
    if len(words) == 1:
        word = words[0]
        if word[0].isdigit() or (len(word) < 2 and not titled):
            return None
        if (
            first in initial
            and not titled
            and not (word.isupper() or _SAYS.match(text, tokens[last][1]))
            and (word.lower() in lower_words or word not in mid_capitals)
        ):
            return None
        if not titled and word.lower() in lower_words and not word.isupper():
            return None
    return first, last, titled


def _initial(text: str, token: tuple[int, int]) -> bool:
    """A single capital before a full stop: "J. Smith", not the end of "Iran."."""
    return token[1] - token[0] == 1 and text[token[0]].isupper()


def _resolve_short_forms(cands: list[_Candidate], found: _Found) -> dict[str, str]:
    """Map single-word short forms (surnames, first words of companies, initials) to full names.

    A short form goes to the first full name (actors, then candidates, in order) it is the
    last word of (a person's or an unknown's), the first word of (a two-word person's or
    unknown's; a company's) or the initials of.  Full names are indexed by those words, so
    the cost grows with the names, not with their product (thousands of names in a dump).
    """
    full_names: list[tuple[str, list[str], str]] = []
    for actor in found.actors.values():
        words = actor.name.split()
        if len(words) > 1:
            full_names.append((actor.name, words, actor.kind))
    for cand in cands:
        if len(cand.tokens) > 1:
            full_names.append((cand.name, cand.tokens, "person" if cand.titled else "other"))
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    for index, (_full, words, kind) in enumerate(full_names):
        if kind in ("person", "other"):
            by_last.setdefault(words[-1], []).append(index)
        if (
            kind in ("person", "other") and len(words) == 2 and words[1] not in _INSTITUTION_WORDS
        ) or (kind != "person" and words[-1] in COMPANY_SUFFIXES):
            by_first.setdefault(words[0], []).append(index)
        initials = "".join(w[0] for w in words if w not in _CONNECTORS).upper()
        by_initials.setdefault(initials, []).append(index)
        by_initials.setdefault(initials[1:], []).append(index)
    canonical: dict[str, str] = {}
    for cand in cands:
        if len(cand.tokens) != 1:
            continue
        word = cand.name
        lists = [by_first.get(word, [])]
        if word not in COMPANY_SUFFIXES:
            lists.append(by_last.get(word, []))
        if word.isupper() and len(word) >= 2:
            lists.append(by_initials.get(word, []))
        firsts = [
            next((i for i in indices if full_names[i][0] != word), len(full_names))
            for indices in lists
        ]
        best = min(firsts)
        if best < len(full_names):
            canonical[word] = full_names[best][0]
    return canonical


_WORDS_AROUND = re.compile(r"[A-Za-z]+")


def _kind_of(cand: _Candidate, text: str) -> str:
    """The kind of a discovered name: its own words first, then the words around its mentions."""
    words = cand.tokens
    if len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        return "company"
    if any(w in GOVERNMENT_WORDS for w in words):
        return "government"
    if any(w in ORGANISATION_WORDS for w in words):
        return "organisation"
    if cand.titled:
        return "person"
    # Votes, counted in place of a Counter: on a tie company beats person beats place.
    company = person = place = 0
    several = len(words) > 1
    for start, end in cand.spans + cand.context:
        before = _WORDS_AROUND.findall(text, max(0, start - 60), start)
        after = _WORDS_AROUND.findall(text, end, end + 60)
        around = set(map(str.lower, before[-6:] + after[:6]))
        company += len(around & COMPANY_CUES)
        if several:
            person += len(around & PERSON_CUES)
        if before and before[-1] in PLACE_PREPOSITIONS:
            place += 1
    kind, count = "company", company
    if person > count:
        kind, count = "person", person
    if place > count:
        kind, count = "place", place
    return kind if count else "other"
