"""The gazetteer of known actors, loaded once, and a token-based matcher over it.

Matching walks capitalised tokens and extends them through a prefix set, so its cost grows with
the article, not with the number of names (an alternation of hundreds of names would not).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "assets" / "gazetteer.json"

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
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """The gazetteer, parsed and indexed once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = [
        GazetteerEntry(
            name=item["name"],
            kind=item["kind"],
            aliases=tuple(item.get("aliases", ())),
            demonyms=tuple(item.get("demonyms", ())),
            metonyms=tuple(item.get("metonyms", ())),
            office=item.get("office"),
        )
        for item in data["entries"]
    ]
    # States first, so that a capital shared with a person's surname still means the state.
    entries.sort(key=lambda e: e.kind != "state")
    return Gazetteer(entries)
