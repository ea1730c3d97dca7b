"""Regenerate assets/gazetteer.json from pycountry plus the hand-kept supplement.

pycountry (the ISO 3166 database) is the maintained source for states; news-writing names
(demonyms, capitals and seats of government used as metonyms) and non-state actors live in
assets/gazetteer-supplement.json; the demonyms of the Phoenix country dictionaries
(shared/lexicons, MIT) complete the states' adjectives.  Run ``make gazetteer``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pycountry

from personae.store.ingest.places import fold
from tests.tools.build_actors import phoenix_demonyms

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SUPPLEMENT = ASSETS / "gazetteer-supplement.json"
GAZETTEER = ASSETS / "gazetteer.json"
SUBDIVISIONS = ASSETS / "subdivisions.json"


def _unique(names: list[str], exclude: str) -> list[str]:
    seen = {exclude}
    out = []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _article_spellings(names: list[str]) -> list[str]:
    """Each name with the Arabic article written every way wires write it: "al-Shabaab",
    "al Shabaab", "Al-Shabaab", "Al Shabaab"."""
    out = []
    for name in names:
        out.append(name)
        if name[:3] in ("al-", "Al-", "al ", "Al "):
            rest = name[3:]
            out.extend(f"{article}{rest}" for article in ("al-", "Al-", "al ", "Al "))
    return out


def _with_plurals(demonyms: list[str]) -> list[str]:
    """The people as news counts them: "Armenians", "Israelis" beside "Armenian", "Israeli"
    (a demonym in -an or -i takes an s; "Chinese", "French", "Swiss" do not)."""
    plurals = [f"{d}s" for d in demonyms if d.endswith(("an", "i"))]
    return _unique([*demonyms, *plurals], "")


def state_entries(supplement: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per ISO 3166 country: the name people use first, then every other form."""
    extra: dict[str, dict[str, Any]] = supplement.get("states", {})
    demonyms = phoenix_demonyms()
    entries = []
    for country in pycountry.countries:
        more = extra.get(country.alpha_2, {})
        iso_name: str = country.name
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        candidates = [n for n in (common, iso_name, official) if n and "," not in n]
        name = more.get("name") or (candidates[0] if candidates else iso_name)
        aliases = [a.removeprefix("the ") for a in candidates] + list(more.get("aliases", []))
        # a name news gives another state ("Congo" is Kinshasa's since Zaire took it back)
        aliases = [a for a in aliases if a not in more.get("not_names", ())]
        entries.append(
            {
                "name": name,
                "kind": "state",
                "code": country.alpha_2,
                "aliases": _unique(aliases, name),
                "demonyms": _with_plurals(
                    _unique([*more.get("demonyms", []), *demonyms.get(country.alpha_2, [])], name)
                ),
                "metonyms": list(more.get("metonyms", [])),
            }
        )
    return entries


def us_state_entries() -> list[dict[str, Any]]:
    """The fifty states of the United States: places that news often names bare, part of the
    United States, except where a country has the name (Georgia)."""
    countries = {c.name for c in pycountry.countries}
    return [
        {"name": sub.name, "kind": "place", "aliases": []}
        | ({} if sub.name in countries else {"state": "US"})
        for sub in pycountry.subdivisions
        if sub.country_code == "US" and sub.type == "State"
    ]


def subdivisions(entries: list[dict[str, Any]], english: dict[str, list[str]]) -> dict[str, str]:
    """Folded name -> state, of the first-level subdivisions of every state (ISO 3166-2:
    "Borno", "North Darfur", "Paktika") and of ``english``, the supplement's English names
    of regions ISO gives in their own language ("Basque Country" for "País Vasco"): places
    that news names with their noun ("Borno state", "Paktika province") and that event
    coders code as their state.  A name two states share, or one the gazetteer already
    knows, is left out."""
    states = {e["code"]: e["name"] for e in entries if e.get("code")}
    known = {fold(n) for e in entries for n in (e["name"], *e.get("aliases", ()))}
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in states:
            found.setdefault(fold(sub.name), set()).add(states[sub.country_code])
    for code, names in english.items():
        for name in names:
            found.setdefault(fold(name), set()).add(states[code])
    return {
        name: next(iter(owners))
        for name, owners in sorted(found.items())
        if len(owners) == 1 and name not in known and len(name) > 3
    }


def build(supplement: dict[str, Any]) -> dict[str, Any]:
    entries = state_entries(supplement) + us_state_entries()
    for entry in supplement.get("entries", []):
        entries.append(
            {
                "name": entry["name"],
                "kind": entry["kind"],
                "aliases": _unique(
                    _article_spellings([entry["name"], *entry.get("aliases", [])]), entry["name"]
                ),
                **({"demonyms": entry["demonyms"]} if "demonyms" in entry else {}),
                **({"metonyms": entry["metonyms"]} if "metonyms" in entry else {}),
                **({"office": entry["office"]} if "office" in entry else {}),
                **({"state": entry["state"]} if "state" in entry else {}),
                **({"body": entry["body"]} if "body" in entry else {}),
            }
        )
    entries.sort(key=lambda e: (e["kind"], e["name"]))
    return {
        "about": "Generated by `make gazetteer` from pycountry "
        f"{_pycountry_version()} and gazetteer-supplement.json; do not edit by hand.",
        "entries": entries,
    }


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def main() -> None:
    supplement = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    data = build(supplement)
    GAZETTEER.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(data['entries'])} entries to {GAZETTEER}")
    names = subdivisions(data["entries"], supplement.get("subdivisions", {}))
    about = f"Generated by `make gazetteer` from pycountry {_pycountry_version()}; do not edit."
    write_name_list(SUBDIVISIONS, about, names)
    print(f"wrote {len(names)} subdivisions to {SUBDIVISIONS}")


def write_name_list(path: Path, about: str, names: dict[str, Any]) -> None:
    """A compiled list of names, with where it comes from (subdivisions, towns)."""
    path.write_text(
        json.dumps({"about": about, "names": names}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
