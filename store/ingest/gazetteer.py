"""The gazetteer of known actors, loaded once, and a token-based matcher over it.

Matching walks capitalised tokens and extends them through a prefix set, so its cost grows with
the article, not with the number of names (an alternation of hundreds of names would not).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import orjson

#: Compiled by tests/tools/build_actors.py from the hand-kept assets/gazetteer.json and the
#: Phoenix actor dictionaries.
ACTORS_PATH = Path(__file__).resolve().parents[2] / "assets" / "phoenix-actors.json"

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
            if self.affiliation is None:
                return None
            return state_then(self.affiliation, date, self.name if self.kind == "place" else None)
        if date is None:
            return max(self.terms, key=lambda t: (t[1] or "0", not t[2]))[0]
        day = date[:10]
        dated = [
            t for t in self.terms if (t[1] or t[2]) and t[1] <= day and (not t[2] or day <= t[2])
        ]
        if dated:
            return state_then(dated[0][0], date)
        undated = [t for t in self.terms if not t[1] and not t[2]]
        return state_then(undated[0][0], date) if undated else None

    def of_another_time(self, date: str | None, years: int = 10) -> bool:
        """Whether ``date`` lies more than ``years`` from every dated term of the person: a
        surname alone then names someone else ("Prime Minister Johnson" in 2020 is not
        Lyndon B. Johnson)."""
        dated = [t for t in self.terms if t[1] or t[2]]
        if date is None or not dated:
            return False
        year = int(date[:4])
        return all(
            year < int((start or "0000")[:4]) - years or year > int((end or "9999")[:4]) + years
            for _, start, end in dated
        )

    def names_itself(self, surface: str) -> bool:
        """Whether ``surface`` is the state's own name or adjective ("Czech Republic",
        "Ukrainian"), not one of its places ("Kiev", "Leipzig")."""
        own = {word[:4] for word in self.name.split()}
        return surface in self.demonyms or any(word[:4] in own for word in surface.split())

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.metonyms, *self.demonyms)


class Match(NamedTuple):
    """A known name found in an article (a tuple: an article has dozens, a batch thousands)."""

    start: int
    end: int
    entry: GazetteerEntry
    first_token: int
    last_token: int


#: Seats of a state that ended, by the day it ended: (its state, first day of the next).
_FORMER_SEATS = {
    "Moscow": ("Soviet Union", "1991-12-26"),
    "Kremlin": ("Soviet Union", "1991-12-26"),
    "Belgrade": ("Yugoslavia", "2003-02-04"),  # the federation, until Serbia and Montenegro
    "Prague": ("Czechoslovakia", "1993-01-01"),
}
#: Names another state bore between two days: while Kinshasa's state was Zaire (1971-1997),
#: "Congo" was Brazzaville's.
_LENT_NAMES = {"Congo": ("Republic of the Congo", "1971-10-27", "1997-05-17")}

#: The state today's state's places were in, and when (from, until the first day of the next):
#: Kiev in 1986 was the Soviet Union's, Brno in 1990 Czechoslovakia's, as coders code them.
#: The state's own name stays its own, but for Germany, whose name stood for West Germany's
#: until the two were one again.  The Baltic states are their own: Soviet troops in Vilnius
#: in 1991 are coded against Lithuania.
_UNION_OF = {
    **dict.fromkeys(
        [
            "Russia",
            "Ukraine",
            "Belarus",
            "Moldova",
            "Georgia",
            "Armenia",
            "Azerbaijan",
            "Kazakhstan",
            "Uzbekistan",
            "Turkmenistan",
            "Kyrgyzstan",
            "Tajikistan",
        ],
        ("Soviet Union", "1922-12-30", "1991-12-26"),
    ),
    **dict.fromkeys(("Czechia", "Slovakia"), ("Czechoslovakia", "1918-10-28", "1993-01-01")),
    **dict.fromkeys(("Serbia", "Montenegro"), ("Yugoslavia", "1918-12-01", "2003-02-04")),
    **dict.fromkeys(("Croatia", "Slovenia"), ("Yugoslavia", "1918-12-01", "1991-06-25")),
    "North Macedonia": ("Yugoslavia", "1918-12-01", "1991-09-08"),
    "Bosnia and Herzegovina": ("Yugoslavia", "1918-12-01", "1992-03-03"),
    "Eritrea": ("Ethiopia", "1952-09-15", "1993-05-24"),
    "South Sudan": ("Sudan", "1956-01-01", "2011-07-09"),
    "Bangladesh": ("Pakistan", "1947-08-14", "1971-12-16"),
    "Germany": ("West Germany", "1949-05-23", "1990-10-03"),
}
#: East Germany's cities, which were not West Germany's while Germany was two.
_EAST_GERMAN = frozenset(
    {"Leipzig", "Dresden", "Rostock", "Magdeburg", "Halle", "Chemnitz", "Karl-Marx-Stadt"}
    | {"Erfurt", "Potsdam", "Jena", "Cottbus", "Schwerin", "Gera", "Zwickau", "Weimar"}
)


def state_then(state: str, date: str | None, place: str | None = None) -> str:
    """The state that ``place`` of today's ``state`` was in on ``date`` (None: a name of the
    state itself, which only Germany's changes)."""
    union = _UNION_OF.get(state)
    if union is None or date is None or not union[1] <= date[:10] < union[2]:
        return state
    if state == "Germany":
        return "East Germany" if place in _EAST_GERMAN else union[0]
    return state if place is None else union[0]


#: Places' former names, by the day the place took its new one: after it, the old name is
#: another place's ("Salisbury" was Zimbabwe's capital until 1982, and is in England).
_FORMER_NAMES = {"Salisbury": "1982-04-18", "Leopoldville": "1966-05-02"}


#: An Arabic article or name word joined to the next word by a hyphen: "al-Bashir".
_ARTICLE_HYPHEN = re.compile(r"\b(al|Al|el|El|ad|as|ash|at|az|an|ar|bin|ibn|abu|Abu|abd|Abd)-")
#: A hyphen inside a given name, before its lower-case second syllable: "Ki-moon", "Dae-jung".
_NAME_HYPHEN = re.compile(r"\b([A-Z][a-z]{1,4})-([a-z])")


def _syllable_joined_by(joint: str) -> Callable[[re.Match[str]], str]:
    """A given name's second syllable capitalised after ``joint``: "Ki-moon" -> "Ki-Moon"."""
    return lambda m: f"{m[1]}{joint}{m[2].upper()}"


class Gazetteer:
    """Exact (case-sensitive) lookup of names, longest match first.

    ``rows`` are the entries as compiled (see entry_from_row), ``names`` maps every name
    without a trailing "." to its row, and ``prefixes`` holds every word-end prefix of a name.
    An entry is built from its row the first time it is met: an article names a few dozen
    of the tens of thousands.
    """

    def __init__(self, rows: list[str], names: dict[str, int], prefixes: set[str]) -> None:
        self._rows = rows
        self._names = names
        #: Every word-end prefix of a name: its row if it is a name itself, else -1.  One
        #: lookup per token tells both whether to read on and whether a name ends here.
        self._table = dict.fromkeys(prefixes, -1)
        self._table.update(names)
        #: The table's numbers and lower-case name pieces: the openers that are not capitalised.
        self._other_openers = frozenset(
            key for key in self._table if key[:1].isdigit() or key in LOWER_STARTS
        )
        self._entries: dict[int, GazetteerEntry] = {}
        self._by_surname: dict[str, list[int]] | None = None
        self._by_word: dict[str, list[int]] | None = None

    def _entry(self, row: int) -> GazetteerEntry:
        entry = self._entries.get(row)
        if entry is None:
            entry = self._entries[row] = entry_from_row(self._rows[row])
        return entry

    def lookup(self, name: str) -> GazetteerEntry | None:
        row = self._names.get(name.rstrip("."))
        if row is None and "-" in name:  # "Omar al-Bashir": the lexicon writes "Omar al Bashir",
            bare = name.rstrip(".")  # "Ban Ki-moon" "Ban Ki-Moon" or "Ban Ki Moon"
            row = self._names.get(_ARTICLE_HYPHEN.sub(r"\1 ", bare))
            for joint in ("-", " ") if row is None else ():
                row = self._names.get(_NAME_HYPHEN.sub(_syllable_joined_by(joint), bare))
                if row is not None:
                    break
        return None if row is None else self._entry(row)

    def seat_on(
        self, entry: GazetteerEntry, surface: str, date: str | None, named: Iterable[str] = ()
    ) -> GazetteerEntry:
        """The state a seat of government or a state's name stood for on ``date``: "Moscow"
        in 1985 is the Soviet Union's, as coders code it, "Congo" in 1985 Brazzaville's; any
        other name, or another day, its entry.  With no date, a seat is its former state's
        when the article names that state among ``named`` (the canonical names of its other
        mentions) and never the seat's state of today."""
        if date is None:
            before = _FORMER_SEATS.get(surface)
            if before is None:
                return entry
            names = set(named)
            if before[0] in names and entry.name not in names:
                return self.lookup(before[0]) or entry
            return entry
        day = date[:10]
        before = _FORMER_SEATS.get(surface)
        if before is not None and day < before[1]:
            return self.lookup(before[0]) or entry
        lent = _LENT_NAMES.get(surface)
        if lent is not None and lent[1] <= day < lent[2]:
            return self.lookup(lent[0]) or entry
        if entry.kind == "state":
            place = None if entry.names_itself(surface) else surface
            if (then := state_then(entry.name, day, place)) != entry.name:
                return self.lookup(then) or entry
        return entry

    @staticmethod
    def renamed_by(surface: str, date: str | None) -> bool:
        """Whether a place's former name no longer stood for it on ``date`` (none: it did)."""
        renamed = _FORMER_NAMES.get(surface)
        return renamed is not None and date is not None and date[:10] >= renamed

    def people_named(self, surname: str) -> list[GazetteerEntry]:
        """The people the lexicon knows whose name ends with ``surname`` ("Bush"); if none
        does, those whose name holds it as another word ("Sheikh Hasina": the lexicon's
        "Hasina Wajed")."""
        by_surname, by_word = self._surnames()
        rows = by_surname.get(surname) or by_word.get(surname, [])
        return [self._entry(row) for row in rows]

    def _surnames(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Last word of each person's name -> rows, and each other word -> rows; built the
        first time a titled surname is met, from the rows' kind field alone (parsing every
        entry would cost far more)."""
        if self._by_surname is None or self._by_word is None:
            by_surname: dict[str, list[int]] = {}
            by_word: dict[str, list[int]] = {}
            for row, line in enumerate(self._rows):
                name, kind = line.split("\t", 2)[:2]
                if kind == "person":
                    *others, last = name.split(" ")
                    by_surname.setdefault(last, []).append(row)
                    for word in others:
                        by_word.setdefault(word, []).append(row)
            self._by_surname, self._by_word = by_surname, by_word
        return self._by_surname, self._by_word

    def openers(self, words: set[str], capitalised: set[str]) -> set[str]:
        """Those of an article's distinct ``words`` that may open a known name: the first word
        of one, capitalised, a number, or a lower-case name piece ("al", "von").

        ``capitalised`` are those of ``words`` that open with a capital: only they, and the
        few numbers and name pieces that open a name, are looked up in the large table."""
        table = self._table
        found = {word for word in capitalised if word in table}
        found.update(self._other_openers & words)
        return found

    def match(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        claimed: list[bool],
        starters: list[int],
    ) -> list[Match]:
        """Longest gazetteer names over unclaimed tokens (where they begin and end); a trailing
        "." is kept if the name has it.

        ``starters`` are the indices of the tokens that may open a name (see ``openers``):
        only those are tried.
        """
        found: list[Match] = []
        table = self._table
        n = len(starts)
        done = -1
        for i in starters:
            if i <= done or claimed[i]:
                continue
            start = starts[i]
            if text.startswith(("Pan-", "pan-"), start - 4):
                continue  # "the Pan-American Highway", "pan-Arab": no state's
            best = row = -1
            j = i
            while j < n and not claimed[j]:
                here = table.get(text[start : ends[j]])
                if here is None:
                    break
                if here >= 0:
                    best, row = j, here
                j += 1
            if best < 0:
                continue
            stop = ends[best]
            entry = self._entry(row)
            if stop < len(text) and text[stop] == "." and _ends_with_dot(entry, text[start:stop]):
                stop += 1
            found.append(Match(start, stop, entry, i, best))
            done = best
        return found


def entry_from_row(row: str) -> GazetteerEntry:
    """An entry from its compiled row: the fields joined by tabs (empty ones at the end left
    off), a list's items joined by "|", a person's terms by ";" (each "owner|start|end").
    One string per entry, not nested lists, is what makes the asset quick to parse."""
    fields = row.split("\t")
    fields += [""] * (8 - len(fields))
    name, kind, aliases, demonyms, metonyms, office, affiliation, terms = fields
    return GazetteerEntry(
        name,
        kind,
        _items(aliases),
        _items(demonyms),
        _items(metonyms),
        office or None,
        affiliation or None,
        tuple(_term(term) for term in terms.split(";")) if terms else (),
    )


def _items(field: str) -> tuple[str, ...]:
    return tuple(field.split("|")) if field else ()


def _term(term: str) -> tuple[str, str, str]:
    owner, start, end = term.split("|")
    return owner, start, end


def _ends_with_dot(entry: GazetteerEntry, key: str) -> bool:
    return any(name.endswith(".") and name.rstrip(".") == key for name in entry.all_names)


@cache
def load_gazetteer(path: Path = ACTORS_PATH) -> Gazetteer:
    """The gazetteer, read once per process (on the first article ingested).

    The asset is compiled by tests/tools/build_actors.py into the very index the matcher uses
    (from assets/gazetteer.json and the Phoenix dictionaries), so loading is parsing.
    """
    data = _compiled(path)
    names: dict[str, int] = data["names"]
    return Gazetteer(data["entries"], names, set(names).union(data["prefixes"]))


@cache
def phoenix_words() -> tuple[frozenset[str], frozenset[str]]:
    """(offices of a state in lower case, given names) from the compiled actor asset."""
    data = _compiled(ACTORS_PATH)
    return frozenset(data["offices"]), frozenset(data["given_names"])


@cache
def _compiled(path: Path) -> dict[str, Any]:
    """The compiled asset, parsed once per process (the gazetteer and its word lists share it)."""
    data: dict[str, Any] = orjson.loads(path.read_bytes())
    return data
