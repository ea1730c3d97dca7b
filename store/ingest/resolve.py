"""One actor per name in an article: short forms, spellings and bracketed abbreviations.

"Khomeini", "GM" and "Apple" are short forms of a full name met in the same article;
"Contoso" / "Contoso Ltd" and "World Wide Developers Conference" / "Worldwide Developers
Conference" are spellings of one name; "(PLO)" and "(AAPL)" name the actor just before them.
Every index is keyed by words, so the cost grows with the names, not with their product.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from personae.store.ingest.candidates import Candidate
from personae.store.ingest.lexicon import ARMED_GROUP_NOUNS, COMPANY_SUFFIXES, words
from personae.store.ingest.name_words import CONNECTORS, INSTITUTION_WORDS, SYLLABLE_PAIR

_LEGAL_FORMS = frozenset(
    words("inc incorporated corp corporation ltd limited llc plc co company ag sa nv gmbh")
)
#: A group's fighters named by its name ("Seleka rebels"): the name alone is the group.
_FIGHTERS = frozenset(ARMED_GROUP_NOUNS.split("|"))
#: What is left out of a name's words when spellings are compared: all but letters and digits.
_NOT_NAME_CHARACTERS = re.compile(r"[^a-z0-9\s]")
_PARENTHESISED = re.compile(r"\((?:[A-Z]+: ?)?([A-Z][A-Za-z0-9.&]{1,7})\)")
#: Words a name's initials leave out: its connectors, and "and" and "the" ("Coalition for
#: Unity and Democracy" is the CUD, "Movement for the Emancipation of the Niger Delta" MEND).
_NOT_INITIALLED = CONNECTORS | {"and", "the", "&"}


def canonical_names(
    text: str,
    candidates: Sequence[Candidate],
    known: Sequence[tuple[str, str]],
    known_hits: Sequence[tuple[int, int, str]],
    known_aliases: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, str]:
    """Candidate name -> the name it is another form of (a known actor's or a candidate's).

    ``known`` are the (name, kind) of the actors already found, ``known_hits`` their
    mentions as (start, end, name), ``known_aliases`` their other names by name (whose
    initials are theirs too: "TSMC" of "Taiwan Semiconductor Manufacturing Co").
    """
    first_seen: dict[str, int] = {}
    for start, _, name in known_hits:
        first_seen[name] = min(start, first_seen.get(name, start))
    for cand in candidates:
        if cand.spans:
            first_seen.setdefault(cand.name, cand.spans[0][0])
    canonical = _short_forms(candidates, known, first_seen, known_aliases or {})
    canonical.update(_variants(candidates, known, canonical))
    canonical.update(_parenthesised(text, candidates, known_hits))
    return canonical


def _short_forms(
    cands: Sequence[Candidate],
    known: Sequence[tuple[str, str]],
    first_seen: dict[str, int],
    known_aliases: Mapping[str, Sequence[str]],
) -> dict[str, str]:
    """Map single-word short forms (surnames, first words of companies, initials) to full names.
    ``first_seen``: where each name is first met (a body's short form goes to the one of its
    name named last before it).

    A short form goes to the first full name (actors, then candidates, in order) it is the
    last word of (a person's or an unknown's), the middle word of (a three-word one's: the
    first of two family names, "Morales" of "Andrés Morales Rincón"), the first word of (a
    two-word person's or unknown's, a three-word person's whose family name comes first; a
    company's; a group's fighters': "Seleka rebels") or the initials of.
    """
    full_names: list[tuple[str, list[str], str]] = []
    for name, kind in known:
        name_words = name.split()
        if len(name_words) > 1:
            full_names.append((name, name_words, kind))
    for cand in cands:
        if len(cand.tokens) > 1:
            full_names.append((cand.name, cand.tokens, "person" if cand.titled else "other"))
    by_last: dict[str, list[int]] = {}
    by_middle: dict[str, list[int]] = {}  # "Morales" of "Andrés Morales Rincón"
    by_first: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    bodies: dict[str, set[str]] = {}  # "Commission" -> the bodies named so: "European Commission"
    for index, (full, name_words, kind) in enumerate(full_names):
        if kind in ("person", "other"):
            by_last.setdefault(name_words[-1], []).append(index)
            if len(name_words) == 3 and name_words[1][0].isupper() and name_words[1].isalpha():
                by_middle.setdefault(name_words[1], []).append(index)  # a first family name
        elif kind in ("organisation", "government") and name_words[-1] in INSTITUTION_WORDS:
            bodies.setdefault(name_words[-1], set()).add(full)
        if (
            (
                kind in ("person", "other")
                and len(name_words) == 2
                and name_words[1] not in INSTITUTION_WORDS
            )
            or (kind == "person" and len(name_words) == 3)  # "Yoon" of "Yoon Suk Yeol"
            or (kind == "other" and SYLLABLE_PAIR.fullmatch(full))  # and of a name no
            # lexicon knows: "Chun" of "Chun Doo-hwan"
            or kind == "company"
            or (kind != "person" and name_words[-1] in COMPANY_SUFFIXES)
            or (kind == "armed_group" and len(name_words) == 2 and name_words[1] in _FIGHTERS)
        ):
            by_first.setdefault(name_words[0], []).append(index)
        for spelt in (name_words, *(a.split() for a in known_aliases.get(full, ()))):
            initials = _initials(spelt)
            by_initials.setdefault(initials, []).append(index)
            by_initials.setdefault(initials[1:], []).append(index)
    canonical: dict[str, str] = {}
    for cand in cands:
        if len(cand.tokens) != 1:
            continue
        word = cand.name
        named = bodies.get(word, set())
        if len(named) == 1:  # "the Commission", after "The European Commission"
            canonical[word] = next(iter(named))
            continue
        if named and cand.spans:  # several: the one named last before ("the European
            at = cand.spans[0][0]  # Commission ... the Commission's concerns ... the Federal
            before = [b for b in named if first_seen.get(b, at) < at]  # Trade Commission")
            if before:
                canonical[word] = max(before, key=lambda b: first_seen[b])
                continue
        lists = [by_first.get(word, [])]
        if word not in COMPANY_SUFFIXES:
            lists.append(by_last.get(word, []))
            lists.append(by_middle.get(word, []))
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


def _initials(name_words: Sequence[str]) -> str:
    return "".join([w[0] for w in name_words if w not in _NOT_INITIALLED]).upper()


@lru_cache(maxsize=1 << 15)
def _spelling(name: str) -> tuple[str, int, str, str] | None:
    """How a name is compared with other spellings: its words in lower case, without
    punctuation, a legal form or a plural or possessive s ("Developer's" = "Developers" =
    "Developer"), joined; their number; the first word's start and the last word's end.
    Cached: the same names come back article after article."""
    words = _NOT_NAME_CHARACTERS.sub("", name.lower().replace("-", " ")).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    if not words:
        return None
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]
    return "".join(words), len(words), words[0][:4], words[-1][-4:]


def _variants(
    cands: Sequence[Candidate], known: Sequence[tuple[str, str]], canonical: dict[str, str]
) -> dict[str, str]:
    """Spellings and longer or shorter forms of one name: "Contoso" / "Contoso Ltd", "World
    Wide Developers Conference" / "Worldwide Developers Conference", "Braga Netto" / "Walter
    Braga Netto".  Names are indexed by key and by first and last word; only a name of two
    words or more has a longer form, so only those are indexed by their ends."""
    by_key: dict[str, list[str]] = {}
    by_end: dict[str, list[tuple[str, str, int]]] = {}
    for name in [name for name, _ in known] + [c.name for c in cands]:
        spelling = _spelling(name)
        if spelling is None:
            continue
        key, size, first, last = spelling
        by_key.setdefault(key, []).append(name)
        if size > 2:
            by_end.setdefault(first, []).append((name, key, size))
            if last != first:
                by_end.setdefault(last, []).append((name, key, size))
    out: dict[str, str] = {}
    for cand in cands:
        spelling = None if cand.name in canonical else _spelling(cand.name)
        if spelling is None:
            continue
        key, size, first, last = spelling
        same = [n for n in by_key[key] if n != cand.name and len(n) > len(cand.name)]
        longer = (
            [
                n
                for n, other_key, other_size in by_end.get(first, []) + by_end.get(last, [])
                if other_size > size and (other_key.startswith(key) or other_key.endswith(key))
            ]
            if size >= 2
            else []
        )
        if same or longer:
            out[cand.name] = (same or longer)[0]
    return out


def _parenthesised(
    text: str, cands: Sequence[Candidate], known_hits: Sequence[tuple[int, int, str]]
) -> dict[str, str]:
    """ "Apple shares (AAPL)", "the Palestine Liberation Organization (PLO)": an abbreviation
    or ticker in brackets names the actor just before it."""
    if "(" not in text or not any("(" in text[s - 1 : s] for c in cands for s, _ in c.spans):
        return {}
    names = {c.name for c in cands}
    spans = sorted([(s, e, c.name) for c in cands for s, e in c.spans] + list(known_hits))
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
