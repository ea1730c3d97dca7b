"""Who is in an article: gazetteer names, named patterns and discovered capitalised names.

Three passes over one token list, each claiming the tokens it explains so that later passes
never re-read them: (1) descriptive names ("the Biden administration", "Sunni fundamentalist
groups"), (2) the gazetteer (with office holders and "X's allies"), (3) discovery of names the
gazetteer lacks, whose short forms ("Khomeini", "GM", "Apple") resolve to the full name.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from personae.store.ingest.gazetteer import (
    LOWER_STARTS,
    TOKEN,
    Gazetteer,
    GazetteerEntry,
    load_gazetteer,
    phoenix_words,
)
from personae.store.ingest.lexicon import (
    ADJECTIVES,
    ARMED_GROUP_NOUNS,
    COLLECTIVE_NOUNS,
    COMPANY_CUES,
    COMPANY_SUFFIXES,
    GOVERNMENT_WORDS,
    ORGANISATION_WORDS,
    PERSON_CUES,
    STOPWORDS,
    TITLES,
    words,
)
from personae.store.model import Span


@dataclass(slots=True)
class Actor:
    """An actor found in one article; ``name`` is its canonical (longest, first met) name."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    #: The canonical name of the state or body the actor belongs to, when the lexicon says so.
    affiliation: str | None = None

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
    date: str | None = None,
) -> Actors:
    """Actors and their mentions in ``text``; ``sentences`` tell sentence-initial words apart.

    The first ``skip`` characters (a dateline: where the writer filed from) name no actor.
    ``date`` (ISO, the article's) picks the state a leader served that day.
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
    lower_words = {w for w, cap in zip(words, is_cap, strict=True) if not cap}
    initial = _sentence_starts(sentences, starts)
    #: Token index of a name that follows a state's office ("Kenyan Trade Minister X"): X's state.
    served: dict[int, str] = {}

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
        if _yields_to_longer_name(text, tokens, words, hit.last_token, entry, gaz) or (
            hit.first_token == hit.last_token
            and entry.kind != "state"
            and not surface.isupper()
            and surface.lower() in lower_words
        ):
            continue
        affiliation = entry.affiliation_on(date)
        collective = _COLLECTIVE.match(text, end) if entry.kind == "state" else None
        office = _office_after(text, end) if entry.kind == "state" else None
        if collective:
            name, kind = f"{surface}'s {collective.group(1)}", "other"
            end += collective.end() - collective.start()
            surface = name
            affiliation = entry.name
        elif office:
            office_end = end + office.end() - office.start()
            holder = bisect.bisect_left(starts, office_end + 1)
            if (
                office_end < len(text)
                and text[office_end] == " "
                and holder < len(tokens)
                and (is_cap[holder] and tokens[holder][0] == office_end + 1)
            ):  # "Kenyan Trade Minister Moses Wetangula": the office names the person's state
                served[holder] = entry.name
                found.add(entry.name, entry.kind, start, end)
                claim(start, office_end)
                continue
            ordinal = _ORDINAL.search(text, max(0, start - 12), start)
            if ordinal and ordinal.group(1):
                start -= len(ordinal.group(1))
            end = office_end
            surface = text[start:end]
            body = surface.rsplit(" ", 1)[-1].lower().rstrip("s") in _OFFICE_BODIES
            name, kind, affiliation = surface, "government" if body else "person", entry.name
        if name == entry.name and _inside_longer_name(
            text, tokens, hit.first_token, claimed, gaz, initial
        ):
            continue
        actor = found.add(name, kind, start, end)
        if affiliation and affiliation != actor.name:
            actor.affiliation = actor.affiliation or affiliation
        if name == entry.name:
            for alias in entry.aliases:
                actor.add_alias(alias)
        actor.add_alias(surface)
        claim(start, end)

    _discover(text, tokens, words, is_cap, claimed, initial, found, served, gaz)
    found.hits.sort(key=lambda h: h.start)
    return Actors(found.actors, found.hits)


def _yields_to_longer_name(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    last: int,
    entry: GazetteerEntry,
    gaz: Gazetteer,
) -> bool:
    """ "Singapore Airlines", "United States Air Force", "Apple Corps": a known name opening a
    longer capitalised name that ends as an institution's does is not the known actor; nor is
    a city opening an unknown name ("Braga Netto")."""
    j = last
    while j + 1 < len(tokens) and text[tokens[j][1] : tokens[j + 1][0]] == " ":
        word = words[j + 1]
        if not word[0].isupper() or word in _NOT_NAMES or gaz.lookup(word) is not None:
            break
        j += 1
    if j == last or entry.kind == "armed_group":
        return False
    return words[j] in _INSTITUTION_WORDS or (
        entry.kind == "place" and entry.affiliation is not None
    )


def _office_after(text: str, end: int) -> re.Match[str] | None:
    """ "Iran's foreign minister", "Kenyan Trade Minister", "Tunisian court": a state's office."""
    return _OFFICE.match(text, end) or _office_pattern().match(text, end)


@cache
def _office_pattern() -> re.Pattern[str]:
    offices, _ = phoenix_words()
    heads = sorted((o for o in offices if o.split()[-1] in _OFFICE_HEADS), key=len, reverse=True)
    if not heads:
        return re.compile(r"(?!)")
    body = "|".join(re.escape(o).replace(r"\ ", " ") for o in heads)
    return re.compile(rf"(?:['’]s)? (?i:{body})s?\b")


_OFFICE_BODIES = frozenset({"ministry", "ministrie", "court", "embassy", "embassie"})
#: Last words of the Phoenix agents that are a state's offices and office holders.
_OFFICE_HEADS = frozenset(
    words("""minister ministry secretary ambassador envoy president premier chancellor spokesman
    spokeswoman court judge prosecutor commander consul embassy""")
)


def _inside_longer_name(
    text: str,
    tokens: list[tuple[int, int]],
    index: int,
    claimed: list[bool],
    gaz: Gazetteer,
    initial: set[int],
) -> bool:
    """ "EADS North America", "Bank of America": a state name ending a longer unknown name."""
    if index == 0 or claimed[index - 1]:
        return False
    before = tokens[index - 1]
    word = text[before[0] : before[1]]
    gap = text[before[1] : tokens[index][0]]
    if word == "of" and index >= 2 and gap == " ":
        if index - 2 in initial:  # "Shares of Apple": a sentence's first word, not a name's
            return False
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
    affiliation: str | None = None


def _discover(
    text: str,
    tokens: list[tuple[int, int]],
    words: list[str],
    is_cap: list[bool],
    claimed: list[bool],
    initial: set[int],
    found: _Found,
    served: dict[int, str],
    gaz: Gazetteer,
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
        if "&" in name or " - " in name:  # "AT&amp;T", "Wal - Mart" as the source wrote them
            name = html.unescape(name).replace(" - ", "-")
        cand = candidates.get(name)
        if cand is None:
            cand = candidates[name] = _Candidate(name, [], words[first : last + 1])
            order.append(name)
        cand.spans.append((start, end))
        cand.titled = cand.titled or titled or first in served
        cand.affiliation = cand.affiliation or served.get(first)

    cands = [candidates[n] for n in order]
    canonical = _resolve_short_forms(cands, found)
    canonical.update(_resolve_variants(cands, found, canonical))
    canonical.update(_parenthesised(text, cands, found))
    for short, full in canonical.items():
        if full in candidates:
            candidates[full].context.extend(candidates[short].spans)
    early: dict[str, list[str]] = {}
    for name in order:
        cand = candidates[name]
        target = canonical.get(name, name)
        for _ in range(3):  # a short form of a variant: follow the chain a little way
            target = canonical.get(target, target)
        if target not in found.actors:
            entry = gaz.lookup(target)
            if entry is not None:  # "AT&amp;T" unescaped is a known name
                found.actors[entry.name] = Actor(entry.name, entry.kind)
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
        kind = _kind_of(cand, text, gaz)
        for start, end in cand.spans:
            actor = found.add(name, kind, start, end)
        actor.affiliation = cand.affiliation or _state_opening(cand, kind, gaz)
        for other in early.get(name, ()):  # short forms met before the full name
            for start, end in candidates[other].spans:
                found.hits.append(Hit(start, end, name))
            actor.add_alias(other)


def _state_opening(cand: _Candidate, kind: str, gaz: Gazetteer) -> str | None:
    """ "United States Air Force", "Iran Foreign Ministry": a state's own body belongs to it."""
    if kind != "government":
        return None
    for size in range(min(3, len(cand.tokens) - 1), 0, -1):
        entry = gaz.lookup(" ".join(cand.tokens[:size]))
        if entry is not None and entry.kind == "state":
            return entry.name
    return None


_LEGAL_FORMS = frozenset(
    words("inc incorporated corp corporation ltd limited llc plc co company ag sa nv gmbh")
)


def _variant_words(name: str) -> list[str]:
    """Name words for comparing spellings: lower case, no punctuation, no legal form, no
    plural or possessive s ("Developer's" = "Developers" = "Developer")."""
    out = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in name.replace("-", " ").split()]
    out = [w for w in out if w]
    while len(out) > 1 and out[-1] in _LEGAL_FORMS:
        out.pop()
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in out]


def _resolve_variants(
    cands: list[_Candidate], found: _Found, canonical: dict[str, str]
) -> dict[str, str]:
    """Spellings and longer or shorter forms of one name: "Contoso" / "Contoso Ltd", "World
    Wide Developers Conference" / "Worldwide Developers Conference", "Braga Netto" / "Walter
    Braga Netto".  Names are indexed by key and by first and last word, so the cost grows
    with the names, not with their product."""
    by_key: dict[str, list[str]] = {}
    by_end: dict[str, list[tuple[str, str, int]]] = {}
    for name in [a.name for a in found.actors.values()] + [c.name for c in cands]:
        words = _variant_words(name)
        if not words:
            continue
        key = "".join(words)
        by_key.setdefault(key, []).append(name)
        for end_word in {words[0][:4], words[-1][-4:]}:
            by_end.setdefault(end_word, []).append((name, key, len(words)))
    out: dict[str, str] = {}
    for cand in cands:
        words = _variant_words(cand.name)
        if cand.name in canonical or not words:
            continue
        key = "".join(words)
        same = [n for n in by_key[key] if n != cand.name and len(n) > len(cand.name)]
        longer = (
            [
                n
                for n, other_key, size in by_end.get(words[0][:4], [])
                + by_end.get(words[-1][-4:], [])
                if size > len(words) and (other_key.startswith(key) or other_key.endswith(key))
            ]
            if len(words) >= 2
            else []
        )
        if same or longer:
            out[cand.name] = (same or longer)[0]
    return out


_PARENTHESISED = re.compile(r"\((?:[A-Z]+: ?)?([A-Z][A-Za-z0-9.&]{1,7})\)")


def _parenthesised(text: str, cands: list[_Candidate], found: _Found) -> dict[str, str]:
    """ "Apple shares (AAPL)", "the Palestine Liberation Organization (PLO)": an abbreviation
    or ticker in brackets names the actor just before it."""
    names = {c.name for c in cands}
    if not any("(" in text[s - 1 : s] for c in cands for s, _ in c.spans):
        return {}
    spans = sorted(
        [(s, e, a) for a, c in ((c.name, c) for c in cands) for s, e in c.spans]
        + [(h.start, h.end, h.actor) for h in found.hits]
    )
    ends = [e for _, e, _ in spans]
    out: dict[str, str] = {}
    for match in _PARENTHESISED.finditer(text):
        short = match.group(1)
        if short not in names or short in out:
            continue
        index = bisect.bisect_right(ends, match.start()) - 1
        if index >= 0 and match.start() - ends[index] <= 24 and spans[index][2] != short:
            out[short] = spans[index][2]
    return out


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
            if gap == "&" and word == "amp" and j + 2 < n and text[tokens[j + 1][1]] == ";":
                if text[tokens[j + 1][1] : tokens[j + 2][0]] == ";" and is_cap[j + 2]:
                    j += 2  # "AT&amp;T": an ampersand the source left escaped
                    continue
                break
            if gap == " - " and is_cap[j + 1] and j == i and len(words[i]) <= 4:
                j += 1  # "Wal - Mart": a hyphenated name the source spaced out
                continue
            if gap == "." and _initial(text, tokens[j]):
                gap = ". "  # "Folha de S.Paulo"
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
    while words and (words[0] in STOPWORDS or words[0] in ADJECTIVES or words[0] in _CONNECTORS):
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

#: Words that make a name a state's body only with a state in it ("United States Air Force");
#: otherwise an organisation ("Apple Corps", "Office of Fair Trading" aside).
_WEAK_GOVERNMENT = frozenset(
    words("Corps Office Service Services Court Authority Guard Guards Force Forces Assembly")
)
#: Before a name, only these say it is a place ("in San Francisco"; "at IBM" does not).
_PLACE_BEFORE = frozenset({"in", "near", "outside", "across"})


def _kind_of(cand: _Candidate, text: str, gaz: Gazetteer) -> str:
    """The kind of a discovered name: its own words first, then the words around its mentions.

    A person needs a title or a person's name shape (a known given name first); a place needs
    "in" or "near" before it and is never an acronym; what nothing settles stays "other".
    """
    words = cand.tokens
    if len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        return "company"
    company, person, place = _votes(cand, text)
    government = [w for w in words if w in GOVERNMENT_WORDS]
    if government:
        strong = any(w not in _WEAK_GOVERNMENT for w in government)
        if strong or _state_opening(cand, "government", gaz):
            return "government"
        return "company" if company else "organisation"
    if any(w in ORGANISATION_WORDS for w in words):
        return "organisation"
    if cand.titled:
        return "person"
    _, given_names = phoenix_words()
    shaped = (
        1 < len(words) <= 4
        and words[0] in given_names
        and words[-1] not in _INSTITUTION_WORDS
        and all(w[0].isupper() or w in _CONNECTORS for w in words)
    )
    if shaped and person >= company:
        return "person"
    if not shaped:
        person = 0
    if len(words) == 1 or place < 2 or not all(w.istitle() for w in words if w not in _CONNECTORS):
        place = 0  # single-word places are the gazetteer's; "in Mac OS X" is no place
    kind, count = "company", company
    if person > count:
        kind, count = "person", person
    if place > count:
        kind, count = "place", place
    return kind if count else "other"


def _votes(cand: _Candidate, text: str) -> tuple[int, int, int]:
    """(company, person, place) cues around the name's mentions."""
    company = person = place = 0
    several = len(cand.tokens) > 1
    for start, end in cand.spans + cand.context:
        before = _WORDS_AROUND.findall(text, max(0, start - 60), start)
        after = _WORDS_AROUND.findall(text, end, end + 60)
        around = set(map(str.lower, before[-6:] + after[:6]))
        company += len(around & COMPANY_CUES)
        if several:
            person += len(around & PERSON_CUES)
        if before and before[-1] in _PLACE_BEFORE:
            place += 1
    return company, person, place
