"""The gazetteer of known actors, loaded once, and a token-based matcher over it.

Matching walks capitalised tokens and extends them through a prefix set, so its cost grows with
the article, not with the number of names (an alternation of hundreds of names would not).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "assets" / "gazetteer.json"
#: Compiled from the Phoenix actor dictionaries by tests/tools/build_actors.py.
PHOENIX_PATH = GAZETTEER_PATH.with_name("phoenix-actors.json")

#: Words, numbers and the pieces of "U.S." or "al-Assad": names are matched on these.
TOKEN = re.compile(r"\w+")
#: Name pieces that may start a name although lowercase ("al-Qaeda", "von der Leyen").
LOWER_STARTS = frozenset({"al", "el", "von", "van", "de", "bin", "ibn"})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known actor: its canonical name, kind and every other way writers name it."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    office: str | None = None
    #: The state or body the actor belongs to (a city's state, a body's parent).
    affiliation: str | None = None
    #: A person's terms with a state or body: (owner, ISO start or "", ISO end or "").
    terms: tuple[tuple[str, str, str], ...] = ()

    def affiliation_on(self, date: str | None) -> str | None:
        """Who the actor belongs to on ``date`` (ISO, or None: the latest term)."""
        if not self.terms:
            return self.affiliation
        if date is None:
            return max(self.terms, key=lambda t: (t[1] or "0", not t[2]))[0]
        day = date[:10]
        dated = [
            t for t in self.terms if (t[1] or t[2]) and t[1] <= day and (not t[2] or day <= t[2])
        ]
        if dated:
            return dated[0][0]
        undated = [t for t in self.terms if not t[1] and not t[2]]
        return undated[0][0] if undated else None

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.metonyms, *self.demonyms)


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: GazetteerEntry
    first_token: int
    last_token: int


class Gazetteer:
    """Exact (case-sensitive) lookup of names, longest match first."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries = entries
        self._names: dict[str, GazetteerEntry] = {}
        self._prefixes: set[str] = set()
        for entry in entries:
            for name in entry.all_names:
                self.add(name, entry)

    def add(self, name: str, entry: GazetteerEntry) -> None:
        key = name.rstrip(".")
        if not key or key in self._names:  # first entry wins: states before their metonyms
            return
        self._names[key] = entry
        for match in TOKEN.finditer(key):
            self._prefixes.add(key[: match.end()])

    def lookup(self, name: str) -> GazetteerEntry | None:
        return self._names.get(name.rstrip("."))

    def match(
        self,
        text: str,
        tokens: list[tuple[int, int]],
        claimed: list[bool],
        starters: list[int] | None = None,
    ) -> list[Match]:
        """Longest gazetteer names over unclaimed tokens; a trailing "." is kept if the name has it.

        ``starters`` are the indices of tokens that may open a name (capitalised, digits,
        "al"...): only those are tried.
        """
        found: list[Match] = []
        n = len(tokens)
        done = -1
        for i in starters if starters is not None else range(n):
            if i <= done or claimed[i]:
                continue
            start, end = tokens[i]
            first = text[start]
            if not (first.isupper() or first.isdigit() or text[start:end] in LOWER_STARTS):
                continue
            best = -1
            j = i
            while j < n and not claimed[j]:
                piece = text[start : tokens[j][1]]
                if piece not in self._prefixes:
                    break
                if piece in self._names:
                    best = j
                j += 1
            if best < 0:
                continue
            stop = tokens[best][1]
            entry = self._names[text[start:stop]]
            if stop < len(text) and text[stop] == "." and _ends_with_dot(entry, text[start:stop]):
                stop += 1
            found.append(Match(start, stop, entry, i, best))
            done = best
        return found


def _ends_with_dot(entry: GazetteerEntry, key: str) -> bool:
    return any(name.endswith(".") and name.rstrip(".") == key for name in entry.all_names)


@cache
def load_gazetteer(path: Path = GAZETTEER_PATH, phoenix: Path | None = PHOENIX_PATH) -> Gazetteer:
    """The gazetteer, parsed and indexed once per process (on the first article ingested).

    The hand-kept entries come first and win a shared name; the Phoenix dictionaries add
    states' other names and cities, leaders with their terms, bodies, companies, armed groups.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = {item["code"]: item["name"] for item in data["entries"] if item.get("code")}
    entries = [
        GazetteerEntry(
            name=item["name"],
            kind=item["kind"],
            aliases=tuple(item.get("aliases", ())),
            demonyms=tuple(item.get("demonyms", ())),
            metonyms=tuple(item.get("metonyms", ())),
            office=item.get("office"),
            affiliation=codes.get(item.get("state", "")),
        )
        for item in data["entries"]
    ]
    if phoenix is not None and phoenix.is_file():
        entries = _with_phoenix(entries, _read_json(phoenix))
    # States first, so that a capital shared with a person's surname still means the state.
    entries.sort(key=lambda e: e.kind != "state")
    return Gazetteer(entries)


def _with_phoenix(entries: list[GazetteerEntry], data: dict[str, Any]) -> list[GazetteerEntry]:
    states: dict[str, dict[str, list[str]]] = data.get("states", {})
    out: list[GazetteerEntry] = []
    known: dict[str, int] = {}
    for entry in entries:
        more = states.get(entry.name) if entry.kind == "state" else None
        if more:
            entry = replace(
                entry,
                aliases=(*entry.aliases, *more.get("aliases", ())),
                demonyms=(*entry.demonyms, *more.get("demonyms", ())),
            )
        for name in entry.all_names:
            known.setdefault(name, len(out))
        out.append(entry)
    for state, more in states.items():
        for place in more.get("places", ()):
            out.append(GazetteerEntry(place, "place", (), affiliation=state))
    for name, aliases, terms in data.get("people", ()):
        spans = tuple((owner, start, end) for owner, start, end in terms)
        index = next((known[n] for n in (name, *aliases) if n in known), None)
        if index is not None and out[index].kind == "person":
            old = out[index]
            out[index] = replace(old, aliases=(*old.aliases, name, *aliases), terms=spans)
        elif index is None:
            out.append(GazetteerEntry(name, "person", tuple(aliases), terms=spans))
    for name, kind, aliases, owner in data.get("organisations", ()):
        if name not in known:
            out.append(GazetteerEntry(name, kind, tuple(aliases), affiliation=owner))
    return out


@cache
def phoenix_words() -> tuple[frozenset[str], frozenset[str]]:
    """(offices of a state in lower case, given names) from the compiled Phoenix asset."""
    if not PHOENIX_PATH.is_file():
        return frozenset(), frozenset()
    data = _read_json(PHOENIX_PATH)
    return frozenset(data.get("offices", ())), frozenset(data.get("given_names", ()))


@cache
def _read_json(path: Path) -> dict[str, Any]:
    """A compiled asset, parsed once per process (the gazetteer and its word lists share it)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
