"""Compile assets/phoenix-actors.json from the Phoenix actor dictionaries (PETRARCH-2, MIT).

The dictionaries are what political event coders have refined for years: country names with
their adjectives and cities, leaders and officials with the state (or international body) they
served and the dates in office, international organisations and companies, armed groups, and
generic agents (minister, police).  This keeps what the actor finder uses, in news-writing case,
merged with the hand-kept gazetteer (assets/gazetteer.json) into the ready-made index the finder
reads once per ingest: no merging, indexing or object building left to do at load.  Run
``make actors`` after ``make gazetteer``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pycountry

from personae.store.ingest.gazetteer import TOKEN, GazetteerEntry, entry_from_row
from personae.store.ingest.lexicon import words

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT.parent / "shared" / "lexicons" / "petrarch2"
GAZETTEER = ROOT / "assets" / "gazetteer.json"
OUTPUT = ROOT / "assets" / "phoenix-actors.json"

#: Lower-case pieces of names ("Bashar al-Assad", "Ursula von der Leyen").
_PARTICLES = frozenset(
    words("""al el bin ibn de da di du des del der den van von la le of the and for on in y e
    au aux sur en""")
)
#: Particles a French place name is written with between hyphens ("Port-au-Prince").
_HYPHENATED = frozenset(words("au aux sur en de du la le les"))
_SHORT_ACRONYMS = frozenset(words("UN US EU UK AU U.S. U.N. NATO OPEC"))
#: Words that open a name as a title rather than as part of it.
_TITLE_WORDS = frozenset(
    words("""PRESIDENT PRIME MINISTER SECRETARY-GENERAL SECRETARY GENERAL AYATOLLAH HOJATOLISLAM SHEIKH
    KING QUEEN PRINCE EMIR GEN. GEN COL. DR. DR MR. MR MRS. MS. SENATOR JUDGE CHIEF FORMER UN
    U.N. UNITED NATIONS FOREIGN DEFENSE DEFENCE MARSHAL GENERAL SULTAN POPE""")
)
#: Legal forms a company is also named without ("Apple Inc" is also "Apple").
_LEGAL = frozenset(words("INC CORP CO LTD PLC LLC AG SA NV GMBH SPA CORPORATION COMPANY LIMITED"))
#: Last words a company is also named without when they are not legal forms ("Wal-Mart Stores").
_GENERIC = frozenset(words("STORES SYSTEMS GROUP HOLDINGS INDUSTRIES TECHNOLOGIES INTERNATIONAL"))
#: Sector codes of a role that ties a person to a state or body (not rebels or opposition).
_AFFILIATING = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "")
#: Agent sectors that are offices of a state.
_OFFICE_SECTORS = ("~GOV", "~MIL", "~COP", "~JUD", "~LEG", "~SPY")
_ROLE = re.compile(r"\[([A-Z~-]*)\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\]")
_ADJECTIVE_ENDINGS = ("AN", "ESE", "ISH", "I", "IC", "CH", "SH")
#: Endings of the demonyms a block lists first whatever their spelling ("Filipino", "Cypriot").
_DEMONYM_ENDINGS = ("INO", "INA", "OT", "ESE", "IAN", "ISH", "AISE", "ASQUE", "ABE")


@dataclass
class _Entry:
    names: list[str]
    roles: list[tuple[str, str, str]] = field(default_factory=list)


def _entries(path: Path) -> Iterator[tuple[_Entry, str | None, bool]]:
    """(entry, state code of the section, opens the section) for every actor of a file."""
    state: str | None = None
    current: _Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] in " \t":
            if current is not None:
                current.roles.extend(_roles(line))
            continue
        if line.startswith("+"):
            if current is not None:
                current.names.append(line[1:].split("[", 1)[0].strip())
            continue
        name = line.split("[", 1)[0].strip()
        if current is not None and _named_again(current, name):
            current.names.append(name)  # "GERALD_R._FORD_ ... VICE_PRESIDENT_GERALD_FORD":
            current.roles.extend(_roles(line))  # more names before the dates they share
            continue
        if current is not None:
            code = _section_code(current)
            state = code or state
            yield current, state, code is not None
        current = _Entry([name], _roles(line))
    if current is not None:
        code = _section_code(current)
        yield current, code or state, code is not None


def _named_again(entry: _Entry, name: str) -> bool:
    """A line with no dates yet followed by another that ends with the same word, as the
    dictionaries list one person's names before the dates they share ("LEONID_BREZHNEV_",
    "SOVIET_LEADER_LEONID_BREZHNEV"); a different name ("MUHAJIRIN_WA-ANSAR_ALLIANCE",
    "SARAYAT_AL-QUDS") is another actor."""
    if entry.roles:
        return False
    first, new = _words(entry.names[0]), _words(name)
    return bool(first and new) and first[-1] in new


def _section_code(entry: _Entry) -> str | None:
    """The state code of an entry that opens a state's section: "[TUN]", or, for a state
    whose code changed, the last of its dated codes ("[GEOUNR ...] [GEO >911221]")."""
    roles = entry.roles
    if not roles or not all(re.fullmatch(r"[A-Z]{3,6}", code) for code, _, _ in roles):
        return None
    code, start, end = roles[-1]
    if len(code) == 3 and not end and (not start or start.startswith(">")):
        if len(roles) == 1 and start:
            return None
        return code
    return None


def _roles(line: str) -> list[tuple[str, str, str]]:
    return [(m.group(1), m.group(2) or "", m.group(3) or "") for m in _ROLE.finditer(line)]


def _date(value: str) -> str:
    """Phoenix yymmdd or yyyymmdd as an ISO date; two-digit years above 30 are the 1900s."""
    digits = value.lstrip("<>")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year > 30 else 2000 + year}{digits[2:]}"
    if len(digits) != 8:
        return ""
    month, day = min(max(int(digits[4:6]), 1), 12), min(max(int(digits[6:8]), 1), 28)
    return f"{digits[:4]}-{month:02d}-{day:02d}"


def _span(start: str, end: str) -> tuple[str, str]:
    if start.startswith(">"):
        return _date(start), ""
    if start.startswith("<"):
        return "", _date(start)
    return _date(start), _date(end)


def _words(name: str) -> list[str]:
    cleaned = re.sub(r"\(.*?\)", "", name).replace("_", " ")
    return [w for w in cleaned.split() if w]


def cased(name: str, *, acronym: bool = False) -> str:
    """ "MAHMOUD_AHMADINEJAD_" -> "Mahmoud Ahmadinejad"; "BASHAR_AL-ASSAD" -> "Bashar al-Assad"."""
    words = _words(name)
    if acronym and len(words) == 1:
        return words[0]
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index > 0 and lower in _PARTICLES:
            out.append(lower)
        elif word in _SHORT_ACRONYMS or (word.isalpha() and not re.search(r"[AEIOUY]", word)):
            out.append(word)  # "UN", "EU", "NATO" inside a longer name
        elif index > 0 and re.fullmatch(r"[IVX]+", word):
            out.append(word)  # "Abdullah II": a regnal number
        elif "." in word:
            out.append(word)  # "U.N."
        else:
            parts = word.split("-")
            fixed = [parts[0].lower() if parts[0].lower() in ("al", "el") else _cap(parts[0])]
            fixed += [_cap(p) for p in parts[1:]]
            out.append("-".join(fixed))
    return " ".join(out)


def _cap(part: str) -> str:
    if part.startswith("MC") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    if re.fullmatch(r"[DLNO]'[A-Z]{2,}", part):  # "N'Djamena", "O'Brien", not "S'pore"
        return part[:3] + part[3:].lower()
    return part[:1] + part[1:].lower().replace("'S", "'s")


def place_aliases(name: str) -> tuple[str, ...]:
    """ "Port au Prince" is written "Port-au-Prince": a place name with a French particle
    between capitalised words is also named with hyphens."""
    words = name.split(" ")
    if len(words) < 3 or not any(w in _HYPHENATED for w in words[1:-1]):
        return ()
    return ("-".join(words),)


def _is_acronym(name: str) -> bool:
    words = _words(name)
    return len(words) == 1 and (len(words[0]) <= 4 or not re.search(r"[AEIOU]", words[0]))


def _states(data: dict[str, Any]) -> tuple[dict[str, str], set[str]]:
    """ISO alpha-3 -> the gazetteer's name for the state; every name the gazetteer knows."""
    by_alpha2 = {e["code"]: e["name"] for e in data["entries"] if e.get("code")}
    known = {n for e in data["entries"] for n in (e["name"], *e.get("aliases", ()))}
    known |= {n for e in data["entries"] for n in (*e.get("demonyms", ()), *e.get("metonyms", ()))}
    alpha3 = {
        c.alpha_3: by_alpha2[c.alpha_2] for c in pycountry.countries if c.alpha_2 in by_alpha2
    }
    return alpha3, known


def _affiliation(code: str, states: dict[str, str], bodies: dict[str, str]) -> str | None:
    if code[:3] in ("IGO", "NGO"):  # the longest part of the code that is one body's
        return next((bodies[code[:n]] for n in range(len(code), 5, -3) if code[:n] in bodies), None)
    sector = code[3:6]
    if code[:3] in states and sector in _AFFILIATING:
        return states[code[:3]]
    return None


def _country_synonym(
    word: str, country: str, name: str, known: set[str], position: int = 0
) -> tuple[str, str] | None:
    """("aliases" | "demonyms" | "places", cased form) of a synonym in a state's block.

    "The US" is the state with an article before it, not a place; a demonym is spelled like
    its state ("Tunisian") or, spelled otherwise, listed first with a demonym's ending
    ("Filipino" before the cities of the Philippines)."""
    if word.startswith("THE_"):
        word = word.removeprefix("THE_")
    form = cased(word)
    if not form or form in known or len(form) < 3:
        return None
    close = SequenceMatcher(None, word.replace("_", ""), country.replace("_", "")).ratio()
    upper = word.rstrip("_").removesuffix("S")
    if " " not in form and (
        (upper[:4] == country[:4] and upper.endswith(_ADJECTIVE_ENDINGS))
        or (position <= 2 and upper.endswith(_DEMONYM_ENDINGS))
    ):
        return "demonyms", form
    if close >= 0.75 or name.startswith(form + " "):
        return "aliases", form
    return "places", form


def phoenix_demonyms() -> dict[str, list[str]]:
    """ISO alpha-2 -> the demonyms the Phoenix country blocks list ("Tunisian", "Filipino"):
    make gazetteer adds them to the states, so that every state has its adjective."""
    alpha2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    out: dict[str, list[str]] = {}
    for entry, section, opens in _entries(LEXICONS / "Phoenix.Countries.actors.txt"):
        if not opens or section not in alpha2:
            continue
        for position, word in enumerate(entry.names):
            found = _country_synonym(word, entry.names[0], "", set(), position)
            if found is not None and found[0] == "demonyms":
                out.setdefault(alpha2[section], []).append(found[1])
    return out


def build() -> dict[str, Any]:
    hand = GAZETTEER.read_bytes()
    gazetteer = json.loads(hand)
    states, known = _states(gazetteer)
    bodies = _bodies(gazetteer)
    state_extra: dict[str, dict[str, list[str]]] = {}
    people: list[list[Any]] = []
    organisations: list[list[Any]] = []
    for entry, section, opens in _entries(LEXICONS / "Phoenix.Countries.actors.txt"):
        if opens and section in states:
            name = states[section]
            extra = state_extra.setdefault(name, {"aliases": [], "demonyms": [], "places": []})
            for position, word in enumerate(entry.names):
                found = _country_synonym(word, entry.names[0], name, known, position)
                if found is not None and found[1] not in extra[found[0]]:
                    extra[found[0]].append(found[1])
            continue
        _person_or_body(entry, states, bodies, people, organisations, "government")
    for entry, _, _ in _entries(LEXICONS / "Phoenix.International.actors.txt"):
        _person_or_body(entry, states, bodies, people, organisations, "organisation")
    _armed_groups(people, organisations)
    _name_as_news_does(people)
    entries = _merged(_hand_entries(gazetteer), state_extra, people, organisations)
    names, prefixes = _index(entries)
    return {
        "about": "Generated by `make actors` from assets/gazetteer.json and the Phoenix actor "
        "dictionaries of PETRARCH-2 (MIT, Open Event Data Alliance); do not edit by hand.",
        "gazetteer_sha256": hashlib.sha256(hand).hexdigest(),
        "entries": [_row(entry) for entry in entries],
        "names": names,
        "prefixes": prefixes,
        "offices": sorted(_offices()),
        "given_names": _given_names(people),
    }


def _armed_groups(people: list[list[Any]], organisations: list[list[Any]]) -> None:
    """The armed groups, and the members the dictionary codes with dated terms in one
    ("SHEIKH_AHMED_YASSIN [PSEREBHMS 19870101-20040322]": Hamas's founder): people of that
    group, named by the other names that share a word with theirs (the dictionary lists
    other members' names under some of them)."""
    groups: dict[str, str] = {}  # a group's code -> its name
    for entry, _, _ in _entries(LEXICONS / "Phoenix.MilNonState.actors.txt"):
        names = _names(entry.names, acronym=True, bracketed=True)
        if not names:
            continue
        terms = [
            [groups[code], *_span(start, end)]
            for code, start, end in entry.roles
            if (start or end) and code in groups
        ]
        if terms:
            own = set(names[0].split())
            people.append([names[0], [n for n in names[1:] if own & set(n.split())], terms])
            continue
        organisations.append([names[0], "armed_group", names[1:], None, None])
        for code, _, _ in entry.roles:
            groups.setdefault(code, names[0])


def _hand_entries(data: dict[str, Any]) -> list[GazetteerEntry]:
    """The hand-kept entries; a person belongs to the state given, to the body or armed group
    given ("Osama bin Laden": al-Qaeda's), or to the body their office is of
    ("Secretary-General of the United Nations"); an organ to its body given."""
    codes = {item["code"]: item["name"] for item in data["entries"] if item.get("code")}
    bodies = {
        item["name"] for item in data["entries"] if item["kind"] in ("organisation", "armed_group")
    }
    return [
        GazetteerEntry(
            name=item["name"],
            kind=item["kind"],
            aliases=tuple(item.get("aliases", ())),
            demonyms=tuple(item.get("demonyms", ())),
            metonyms=tuple(item.get("metonyms", ())),
            office=item.get("office"),
            affiliation=codes.get(item.get("state", ""))
            or (item["body"] if item.get("body") in bodies else None)
            or _body_of(item.get("office"), bodies),
        )
        for item in data["entries"]
    ]


def _body_of(office: str | None, bodies: set[str]) -> str | None:
    """The body an office is of, if the hand-kept entries know it ("... of NATO")."""
    body = (
        office.rsplit(" of ", 1)[-1].removeprefix("the ") if office and " of " in office else None
    )
    return body if body in bodies else None


def _merged(
    entries: list[GazetteerEntry],
    states: dict[str, dict[str, list[str]]],
    people: list[list[Any]],
    organisations: list[list[Any]],
) -> list[GazetteerEntry]:
    """The hand-kept entries first (they win a shared name), then the Phoenix dictionaries:
    states' other names and cities, leaders with their terms, bodies, companies, armed groups.
    A hand-kept body the dictionaries code as another body (the UN Security Council as the
    UN) belongs to it.
    States come first of all, so that a capital shared with a surname still means the state."""
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
            out.append(GazetteerEntry(place, "place", place_aliases(place), affiliation=state))
    for name, aliases, terms in people:
        spans = tuple((owner, start, end) for owner, start, end in terms)
        index = next((known[n] for n in (name, *aliases) if n in known), None)
        if index is not None and out[index].kind == "person":
            old = out[index]  # a hand-kept owner is the one that holds now: the dictionaries'
            # terms end years ago ("Antonio Guterres": Portugal's, not the UN's)
            terms = () if old.affiliation else spans
            out[index] = replace(old, aliases=(*old.aliases, name, *aliases), terms=terms)
        elif index is None:
            out.append(GazetteerEntry(name, "person", tuple(aliases), terms=spans))
    for name, kind, aliases, owner, organ_of in organisations:
        index = next((known[n] for n in (name, *aliases) if n in known), None)
        if index is not None and organ_of is not None:  # "UN Security Council": the UN's
            old = out[index]
            if old.kind in ("organisation", "armed_group") and old.affiliation is None:
                out[index] = replace(old, affiliation=organ_of if organ_of != old.name else None)
        place = known.get(name.title())  # "GAZA", coded as a body: the place it names
        if place is not None and out[place].kind == "place":
            continue
        if name not in known and name.removeprefix("The ") not in known:  # "The United Nations"
            out.append(GazetteerEntry(name, kind, tuple(aliases), affiliation=owner))
    out.sort(key=lambda e: e.kind != "state")
    return out


def _index(entries: list[GazetteerEntry]) -> tuple[dict[str, int], list[str]]:
    """Every name (without a trailing "."; one of several words also without its apostrophe,
    with a curly one or spelled the British way) -> its entry's row, the first entry winning; and
    the word-end prefixes of names that are no name themselves, for longest matching."""
    names: dict[str, int] = {}
    for row, entry in enumerate(entries):
        for name in entry.all_names:
            key = name.rstrip(".")
            if key:
                names.setdefault(key, row)
    for row, entry in enumerate(entries):  # "Kurdistan Workers Party", "Workers’ Party",
        for name in entry.all_names:  # "Palestine Liberation Organisation"
            if " " not in name:
                continue
            if "'" in name:
                for other in (name.replace("'", ""), name.replace("'", "’")):
                    names.setdefault(other.rstrip("."), row)
            british = _BRITISH.sub(lambda m: _BRITISH_SPELLING[m.group(0)], name)
            if british != name:
                names.setdefault(british.rstrip("."), row)
    for row, entry in enumerate(entries):  # after every name, so that none is shadowed
        if entry.kind == "armed_group":
            for name in entry.all_names:
                if singular := _singular(name):
                    names.setdefault(singular, row)
    prefixes = {key[: m.end()] for key in names for m in TOKEN.finditer(key)}
    return names, sorted(prefixes - names.keys())


#: The dictionaries spell names the American way; British and Commonwealth wires do not.
_BRITISH_SPELLING = {"ization": "isation", "Defense": "Defence", "Center": "Centre"}
_BRITISH = re.compile("|".join(_BRITISH_SPELLING))


def _singular(name: str) -> str | None:
    """A group's plural name as a member or a leader is named: "Tamil Tiger leader",
    "a Red Brigade cell"."""
    words = name.split(" ")
    last = words[-1]
    if len(words) < 2 or not last[:1].isupper() or len(last) < 5 or not last.endswith("s"):
        return None
    if not last[-2].isalpha() or last.endswith(("ss", "us", "is", "as", "os", "ies", "es")):
        return None
    return " ".join([*words[:-1], last[:-1]])


def _row(entry: GazetteerEntry) -> str:
    """An entry as the one string store/ingest/gazetteer.py's entry_from_row reads back."""
    fields = [
        entry.name,
        entry.kind,
        "|".join(entry.aliases),
        "|".join(entry.demonyms),
        "|".join(entry.metonyms),
        entry.office or "",
        entry.affiliation or "",
        ";".join("|".join(term) for term in entry.terms),
    ]
    row = "\t".join(fields).rstrip("\t")
    if entry_from_row(row) != entry:  # a separator inside a name would garble the entry
        raise SystemExit(f"cannot compile {entry.name!r}: a name holds a tab, '|' or ';'")
    return row


def _given_names(people: list[list[Any]]) -> list[str]:
    """First words that open several people's names: what makes "Tim Cook" a person's name."""
    counts: dict[str, int] = {}
    for name, _aliases, _terms in people:
        first = name.split()[0]
        if len(first) > 2 and first.isalpha() and first[0].isupper():
            counts[first] = counts.get(first, 0) + 1
    return sorted(n for n, c in counts.items() if c >= 3)


def _names(
    raw: list[str], *, acronym: bool = False, company: bool = False, bracketed: bool = False
) -> list[str]:
    """A body's names as news writes them. "The Foundation" or "The Southern" (of "The Southern
    Company") would be read in every sentence opening with a common word: a name that is
    "The" and one word is left out, and so is the short form of a name opening with "The".
    Only a company goes without its generic last word ("Wal-Mart Stores"): "Islamic Group"
    (an armed group) is not "Islamic"; and not when a joining word is left dangling ("New
    York and Company" is no "New York and")."""
    out: list[str] = []
    for word in raw:
        form = cased(word, acronym=acronym and _is_acronym(word))
        words = _words(word)
        if (
            form
            and form not in out
            and len(form) >= 2
            and not _the_and_a_word(words)
            and not (len(words) == 1 and words[0] in _COMMON_NOUNS)
        ):
            out.append(form)
        short = _initials_in_brackets(word) if bracketed else None
        if short is not None and short not in out:
            out.append(short)  # "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)": also "LTTE"
        if words[0] == "THE":
            continue
        generic = company and words[-1] in _GENERIC
        dangling = len(words) > 2 and words[-2] in ("AND", "&", "OF", "THE", "FOR")
        if len(words) > 1 and (words[-1].rstrip(".") in _LEGAL or generic) and not dangling:
            short = cased(" ".join(words[:-1]))
            if len(short) > 2 and short not in out and " ".join(words[:-1]) not in _COMMON_NOUNS:
                out.append(short)
    return out


def _initials_in_brackets(raw: str) -> str | None:
    """The acronym an armed group's name gives in brackets, when it is the initials of the
    name's words ("TAMIL_EELAM_(LTTE)"; not "DIRECT_ACTION_(GREECE)", a state told apart),
    three letters or more and no English word ("LET" of Lashkar-e-Taiba)."""
    bracketed = re.search(r"\(([A-Z]{3,})\)", raw)
    if bracketed is None:
        return None
    short = bracketed[1]
    name_words = [w for w in re.split(r"[_\s-]+", raw[: bracketed.start()]) if w]
    every = "".join(w[0] for w in name_words)
    significant = "".join(w[0] for w in name_words if w not in _LINKING)
    return short if short in (every, significant) and short.lower() not in _ENGLISH else None


#: Words an acronym may leave out ("Liberation Tigers of Tamil Eelam": LTTE).
_LINKING = frozenset(words("OF THE AND FOR E UL I AL DE DI A"))
#: Acronyms that are English words, read in every all-capital headline, or that news uses
#: for better-known bodies ("ANA": the Afghan National Army; "ELF": Elf Aquitaine).
_ENGLISH = frozenset(
    words("let can art war man ban all now not act aim end arm age any emetic ana isa elf alf")
)


#: Names the dictionaries give that are plain English nouns, read in any sentence ("the
#: Communist Youth League" is no "Youth", the Basque Gazteriak).
_COMMON_NOUNS = frozenset(words("YOUTH ORGANIZATION LINKS FALCON MAVERICKS BOOGEYMEN"))


def _the_and_a_word(words: list[str]) -> bool:
    return len(words) == 2 and words[0] == "THE"


def _looks_like_body(raw: str) -> bool:
    """A two-letter legal form ends a company's name only after a longer one: "OMAR_SA" is
    Senegal's Omar Sa, not "Omar S.A."."""
    words = _words(raw)
    last = words[-1].rstrip(".")
    return (
        _is_acronym(raw)
        or (last in _LEGAL and (len(last) > 2 or len(words) > 2))
        or any(w.rstrip(".") in _BODY_WORDS for w in words)
    )


_BODY_WORDS = frozenset(
    words("""ORGANIZATION ORGANISATION AGENCY UNION COUNCIL FUND BANK COURT COMMISSION COMMITTEE
    ASSOCIATION FEDERATION NATIONS PROGRAMME PROGRAM TRIBUNAL OFFICE BOARD PARLIAMENT ASSEMBLY
    MINISTRY DEPARTMENT ARMY NAVY FORCE FORCES POLICE PARTY CONGRESS SENATE INSTITUTE GROUP
    LEAGUE SECRETARIAT MISSION FOUNDATION SOCIETY CENTRE CENTER NETWORK SERVICE GUARD CORPS
    AUTHORITY MOVEMENT FRONT COMMAND BUREAU RESERVE PALACE YARD INTELLIGENCE COMMUNITY TEAM
    RIFLES""")
)


def _person_or_body(
    entry: _Entry,
    states: dict[str, str],
    bodies: dict[str, str],
    people: list[list[Any]],
    organisations: list[list[Any]],
    body_kind: str,
) -> None:
    codes = [code for code, _, _ in entry.roles]
    if not codes:
        return
    if codes[0].startswith("MNC") or _looks_like_body(entry.names[0]):
        kind = "company" if codes[0].startswith("MNC") else _body_kind(codes[0], body_kind)
        names = _names(entry.names, acronym=True, company=kind == "company")
        if kind == "company" and len(names) > 1 and names[0].startswith(names[1] + " "):
            names[0], names[1] = names[1], names[0]  # news says "Apple", not "Apple Inc"
        owner = None if kind == "company" else _affiliation(codes[0], states, bodies)
        if names:
            if owner == names[0]:  # its own code: the body it belongs to has a shorter one
                owner = _affiliation(codes[0][:-3], states, bodies)
            # coded as the body itself ("U.N. SECURITY COUNCIL [IGOUNO]"), not a unit of its own
            organ_of = owner if owner is not None and bodies.get(codes[0]) == owner else None
            organisations.append([names[0], kind, names[1:], owner, organ_of])
        return
    terms = []
    for code, start, end in entry.roles:
        owner = _affiliation(code, states, bodies)
        if owner is not None:
            span = _span(start, end)
            if owner == "Russia" and span[1] and span[1] <= _SOVIET_END:
                owner = "Soviet Union"  # the dictionaries code Soviet offices as Russia's
            terms.append([owner, *span])
    dated = any(start or end for _, start, end in terms)
    names = _person_names(entry.names)
    if terms and names and " " in names[0] and (dated or body_kind == "government"):
        people.append([names[0], names[1:], terms])


#: The day the Soviet Union ended: offices held until then were the Union's.
_SOVIET_END = "1991-12-26"


#: States whose people carry a father's and a mother's surname, news giving the first only.
_TWO_SURNAMES = frozenset(
    {
        "Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic",
        "Ecuador", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama",
        "Paraguay", "Peru", "Spain", "Uruguay", "Venezuela",
    }
)  # fmt: skip


def _name_as_news_does(people: list[list[Any]]) -> None:
    """Name a person as news does where the dictionaries add a mother's surname: "Andres
    Pastrana" (the full name kept as an alias), unless two people would share the form."""
    first_words = {name.split()[0] for name, _aliases, _terms in people}
    taken = {n for name, aliases, _terms in people for n in (name, *aliases)}
    forms = [_news_form(name, terms, first_words) for name, _aliases, terms in people]
    shared = {f for f in forms if f is not None and (forms.count(f) > 1 or f in taken)}
    for person, form in zip(people, forms, strict=True):
        if form is not None and form not in shared:
            person[0], person[1] = form, [person[0], *person[1]]


def _news_form(name: str, terms: list[list[str]], first_words: set[str]) -> str | None:
    """How news also writes a Spanish name: without the mother's surname ("Andres Pastrana"
    of ANDRES_PASTRANA_ARANGO), when the second word opens no one's name (so is no second
    given name: "Ana Teresa")."""
    words = name.split()
    if (
        len(words) != 3
        or not all(w.isalpha() and w[0].isupper() for w in words)
        or words[1] in first_words
        or words[1].lower() in _PARTICLES | {"dos", "das"}
        or not any(term[0] in _TWO_SURNAMES for term in terms)
    ):
        return None
    return f"{words[0]} {words[1]}"


def _body_kind(code: str, listed_as: str) -> str:
    """A body a state's block lists is the state's, unless its code makes it the state's
    rebels ("SYRREB": the Free Syrian Army) or opposition ("SYROPP"), which fight or oppose
    it."""
    if listed_as == "government" and code[3:6] in ("REB", "INS"):
        return "armed_group"
    if listed_as == "government" and code[3:6] == "OPP":
        return "organisation"
    return listed_as


def _person_names(raw: list[str]) -> list[str]:
    """A person's names, the first without the titles some entries open with; an office
    ("THE_US_SECRETARY_OF_STATE") names no one."""
    out: list[str] = []
    for word in raw:
        words = _words(word)
        while len(words) > 1 and words[0].rstrip(",") in _TITLE_WORDS:
            words.pop(0)
        form = cased(" ".join(words))
        if (
            any(w.upper() in _BODY_WORDS | {"ADMINISTRATION", "GOVERNMENT"} for w in words)
            or words[-1].upper() == "STATE"
            or words[0].upper() == "OF"
            or any(w.endswith(",") or w.upper() == "THEN" for w in words)  # two office holders
        ):
            continue
        if form not in out and (" " in form or (out and len(form) >= 5)):
            out.append(form)
    return out


def _generic_segments(entries: list[_Entry]) -> set[str]:
    """Three-letter parts of IGO codes that name a region, a sector or a state, not one body:
    the agents' sectors ("HRI"), states ("LKA"), and what NGO codes (all of them regions,
    sectors, states or peoples) continue with too ("AFR", "DEV"). "IGODEV" is every
    development body, so it makes IGAD no arm of the World Family Organization."""
    agents = re.findall(r"\[~([A-Z]{3})", (LEXICONS / "Phoenix.agents.txt").read_text())
    states = {c.alpha_3 for c in pycountry.countries}
    after_ngo = {
        code[3:6] for entry in entries for code, _, _ in entry.roles if code.startswith("NGO")
    }
    return set(agents) | states | after_ngo


def _bodies(gazetteer: dict[str, Any]) -> dict[str, str]:
    """IGO codes of one body ("IGOUNO", "IGOWSTNAT") -> the body's name: the name the gazetteer knows
    it by, else the shortest name of an entry holding that code alone."""
    canonical = {
        n: e["name"] for e in gazetteer["entries"] for n in (e["name"], *e.get("aliases", ()))
    }
    entries = [entry for entry, _, _ in _entries(LEXICONS / "Phoenix.International.actors.txt")]
    generic = _generic_segments(entries)
    found: dict[str, list[str]] = {}
    for entry in entries:
        roles = entry.roles
        if len(roles) != 1 or len(roles[0][0]) < 6 or roles[0][1] or roles[0][2]:
            continue
        if not roles[0][0].startswith("IGO") or roles[0][0][-3:] in generic:
            continue
        if _looks_like_body(entry.names[0]):
            found.setdefault(roles[0][0], []).extend(
                cased(n, acronym=_is_acronym(n)) for n in entry.names
            )
    out = {}
    for code, names in found.items():
        known = [canonical[n] for n in names if n in canonical]
        out[code] = known[0] if known else min(names, key=len)
    return out


def _offices() -> set[str]:
    """Generic agents that are offices of a state ("trade minister", "police"), lower case."""
    out: set[str] = set()
    for raw in (LEXICONS / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        if not any(f"[{sector}" in line for sector in _OFFICE_SECTORS) or line.startswith("!"):
            continue
        phrase = line.split("[", 1)[0].split("{", 1)[0].strip()
        phrase = phrase.replace("!MINIST!", "MINIST").replace("!PERSON!", "MAN")  # a stem, as below
        words = phrase.replace("_", " ").lower().split()
        if words and len(words) <= 3 and all(w.isalpha() for w in words):
            for last in _STEMS.get(words[-1], (words[-1],)):
                out.add(" ".join([*words[:-1], last]))
    return out


#: Stems the agent dictionary ends phrases with ("DEFENCE_MINIST"), matched as a word's
#: start there: the words they stand for in news, since offices are matched as whole words.
_STEMS = {"minist": ("minister", "ministry"), "authorit": ("authority", "authorities")}


def main() -> None:
    data = build()
    OUTPUT.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {len(data['entries'])} actors under {len(data['names'])} names, "
        f"{len(data['offices'])} offices to {OUTPUT} "
        f"({OUTPUT.stat().st_size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
