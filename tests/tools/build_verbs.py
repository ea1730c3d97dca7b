"""Regenerate assets/verbs.json from the CAMEO verb dictionary and the CAMEO -> PLOVER table.

Sources (MIT and CC BY-SA, credited in the README): PETRARCH-2's ``CAMEO.2.0.txt`` (verb
blocks: the verbs' forms, each verb's CAMEO code, then ``- * OBJECT [code]`` patterns for
the block) and PLOVER's ``CAMEO2PLOVER-2021.txt``.  The asset keeps what a shallow reader can
use cheaply: every inflected form (one or more words) -> its block and PLOVER type, and per
block the verb + object patterns (the words that follow the verb, in order) with their type.
Run ``make verbs`` (the lexicons folder defaults to ../shared/lexicons beside the checkout).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT.parent / "shared" / "lexicons"
VERBS = ROOT / "assets" / "verbs.json"

#: PLOVER folds CAMEO's "Appeal" (02) into REQUEST with "Demand" (10); the table starts at 03.
#: CAMEO's "Make public statement" (01) has no PLOVER category: statements are not events.
APPEAL = {"02": "REQUEST"}

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")
#: A synonym set's name in a pattern ("&WEAPON"), then pieces of a pattern to drop.
_SYNSET = re.compile(r"^&\w+")
_MARKERS = frozenset({"$", "+", "^", "%", "*"})


def plover_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category, from ``code: CATEGORY, mode, context # gloss`` lines."""
    table = dict(APPEAL)
    for line in path.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.partition(":")
        if head.strip().isdigit() and rest.strip():
            table.setdefault(head.strip(), rest.split(",")[0].split("#")[0].strip())
    return table


def plover_of(code: str, table: dict[str, str]) -> str | None:
    """The category of a code, or of its nearest parent ("0214" -> "021" -> "02")."""
    source = code.split(":")[0].strip()  # "042:043": the source's event; ":173" has none
    while source and source.isdigit():
        if source in table:
            return table[source]
        source = source[:-1]
    return None


def inflections(word: str) -> set[str]:
    """Regular forms of a verb, as PETRARCH generates them: -s, -ed, -ing (and doubled)."""
    forms = {word}
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        forms.add(word + "es")
    elif re.search(r"[^aeiou]y$", word):
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", word):
        forms |= {word[:-1] + "ied", word + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
        if re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", word):  # stop -> stopped
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _words(token: str) -> str:
    return token.strip("+").replace("_", " ").strip().lower()


def verb_forms(line: str) -> set[str]:
    """Every form a verb line stands for: ``FIGHT {FOUGHT}``, ``+WIPE_OUT``, ``+X_Y {}``."""
    body = line.split("#")[0]
    listed = _FORMS.search(body)
    head = _CODE.sub("", _FORMS.sub("", body)).split()
    if not head:
        return set()
    base = _words(head[0])
    forms = {base}
    if listed is not None:
        forms |= {_words(f) for f in listed.group(1).split() if _words(f)}
        if not listed.group(1).strip():  # "{}": this form only
            return forms
    words = base.split()
    if words:
        forms |= {" ".join([f, *words[1:]]) for f in inflections(words[0])}
    return {f for f in forms if f}


def pattern(
    line: str, synsets: dict[str, list[str]]
) -> tuple[list[list[str]], str, list[str]] | None:
    """``- * {ARMS SHIPMENT} (TO) [072]`` -> ([["arms"], ["shipment"], ["to"]], "072").

    Only patterns whose verb comes first: the words after it, in order, each a set of
    alternatives (a synonym set stands for its members).
    """
    code = _CODE.search(line)
    if code is None:
        return None
    body = line[1 : code.start()].replace("{", " ").replace("}", " ")
    body = body.replace("(", " ").replace(")", " ")
    tokens = body.split()
    if not tokens or tokens[0] != "*":
        return None
    words: list[list[str]] = []
    for token in tokens[1:]:
        if token in _MARKERS:
            continue
        if _SYNSET.match(token):
            name = token.rstrip("_")
            if synsets.get(name):
                words.append([name.lower()])
            continue
        words.append([_words(token)])
    # The comment names the verb(s) of the block the pattern was written for: "# GIVE , PROVIDE".
    found_for = [_words(v) for v in line[code.end() :].partition("#")[2].split(",") if v.strip()]
    return (words, code.group(1), [v.split()[0] for v in found_for if v]) if words else None


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[dict[str, object]]]:
    """Synonym sets and verb blocks (name, code, verbs with their codes, patterns)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict[str, object]] = []
    current: list[str] | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        block = _BLOCK.match(line)
        if block:
            current = None
            blocks.append({"code": block.group(2), "verbs": [], "patterns": []})
            continue
        if line.startswith("&"):
            current = synsets.setdefault(line.rstrip("_"), [])
            continue
        if not blocks and current is not None and line.startswith("+"):
            current.append(_words(line.split("#")[0]))
            continue
        if not blocks:
            continue
        entry = blocks[-1]
        if line.startswith("-"):
            entry["patterns"].append(line)  # type: ignore[attr-defined]
        else:
            own = _CODE.search(line.split("{")[0] + line.split("}")[-1].split("#")[0])
            entry["verbs"].append((line, own.group(1) if own else None))  # type: ignore[attr-defined]
    return synsets, blocks


#: Past forms of attacks the dictionary lacks, read as the form they are like ("Philippine
#: army helicopters strafed New People's Army positions"); past forms only, so that no noun
#: ("mortars", "torpedoes") turns into an act.
_LIKE = {
    "strafed": "shelled",
    "strafing": "shelling",
    "mortared": "shelled",
    "torpedoed": "shelled",
    "firebombed": "bombed",
    "napalmed": "bombed",
    "lynched": "killed",
    "gunned": "shot",
}


#: Verbs read as another verb of the same sense, with both verbs' patterns ("shut NATO's
#: supply routes" as "closed the route"): the dictionary gives them blocks of their own.
_SAME_AS = {"shut": "close"}


def build(lexicons: Path) -> dict[str, object]:
    table = plover_table(lexicons / "plover" / "CAMEO2PLOVER-2021.txt")
    synsets, blocks = read_dictionary(lexicons / "petrarch2" / "CAMEO.2.0.txt")
    used = {name.lower(): members for name, members in synsets.items() if members}
    forms: dict[str, list[object]] = {}
    patterns: list[dict[str, list[list[object]]]] = []
    for block in blocks:
        kept: dict[str, list[list[object]]] = {}
        for line in block["patterns"]:  # type: ignore[attr-defined]
            found = pattern(line, synsets)
            if found is None:
                continue
            words, code, found_for = found
            # Indexed by the first word after the verb, or by the synonym set's name.
            kept.setdefault(words[0][0], []).append([words, plover_of(code, table), found_for])
        for candidates in kept.values():  # longer patterns first: "fire at" before "fire"
            candidates.sort(key=lambda p: -len(p[0]))  # type: ignore[arg-type]
        index = len(patterns)
        patterns.append(kept)
        for line, own in block["verbs"]:  # type: ignore[attr-defined]
            kind = plover_of(own or str(block["code"]), table)
            forms_of = verb_forms(line)
            base = _words(line.split("#")[0].split()[0]).split()[0]
            for form in sorted(forms_of):
                forms.setdefault(form, [index, kind, base])
    for verb, like in _SAME_AS.items():
        own, shared = forms[verb][0], forms[like][0]
        assert isinstance(own, int) and isinstance(shared, int)
        for candidates in patterns[shared].values():
            for _, _, written_for in candidates:
                if like in written_for:  # type: ignore[operator]
                    written_for.append(verb)  # type: ignore[attr-defined]
        for first, candidates in patterns[own].items():
            patterns[shared].setdefault(first, []).extend(candidates)
            patterns[shared][first].sort(key=lambda p: -len(p[0]))  # type: ignore[arg-type]
        patterns[own] = {}
        for entry in forms.values():
            if entry[2] == verb:
                entry[0] = shared
    for form, like in _LIKE.items():
        forms.setdefault(form, [*forms[like][:2], form.removesuffix("ing").removesuffix("ed")])
    return {
        "about": "Compiled by tests/tools/build_verbs.py from PETRARCH-2's CAMEO.2.0.txt (MIT, "
        "Open Event Data Alliance) and PLOVER's CAMEO2PLOVER-2021.txt (CC BY-SA 4.0), with a few "
        "past forms of attacks it lacks (build_verbs._LIKE). forms: "
        "verb form -> [block, PLOVER type or null, the verb it is a form of]; patterns: per block, by the first word "
        "after the verb (or its synonym set), [words after the verb (each a list of alternatives, &name a synonym "
        "set), PLOVER type or null, the verbs it was written for], longest first.",
        "forms": dict(sorted(forms.items())),
        "synsets": used,
        "patterns": patterns,
    }


def main() -> None:
    lexicons = Path(sys.argv[1]) if len(sys.argv) > 1 else LEXICONS
    data = build(lexicons)
    VERBS.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    forms = data["forms"]
    assert isinstance(forms, dict)
    print(f"wrote {VERBS.relative_to(ROOT)}: {len(forms)} verb forms")


if __name__ == "__main__":
    main()
