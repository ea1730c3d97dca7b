"""Score held-out sentence sets (tests/data/heldout/, see its README): typed directed relations,
the same with each gold type read from its CAMEO code through the CAMEO-to-PLOVER table, and
directed pairs, as the README's held-out tables report them.

    python -m tests.tools.score_heldout tests/data/heldout/set38a.jsonl [--misses]

``--misses`` prints each sentence's missed and extra typed relations: use it on read sets
only; a set kept unread is scored by its totals alone.  An event a coder marked reciprocal
counts both ways; the scorer otherwise is ``personae eval``'s relation-set scorer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from personae.store.ingest.evaluate import Score, StateNames, _directions, _named
from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.model import COMENTION
from tests.tools.build_verbs import plover_of, plover_table

TABLE = (
    Path(__file__).resolve().parents[3] / "shared" / "lexicons" / "plover" / "CAMEO2PLOVER-2021.txt"
)


def _gold(
    case: dict[str, Any], names: StateNames, table: dict[str, str]
) -> list[tuple[str, str, str, str]]:
    """(source, target, type as coded, type by the table) of each countable gold event."""
    out = []
    for event in case["events"]:
        if not (_named(event["source"]) and _named(event["target"])):
            continue
        source, target = names.canonical(event["source"]), names.canonical(event["target"])
        if source == target:
            continue
        by_table = plover_of(str(event.get("code", "")), table) or event.get("plover")
        out.append((source, target, event.get("plover"), by_table))
        if event.get("reciprocal"):
            out.append((target, source, event.get("plover"), by_table))
    return out


def score(path: Path, misses: bool = False) -> dict[str, Score]:
    table = plover_table(TABLE) if TABLE.exists() else {}
    names = StateNames()
    totals = {row: Score() for row in ("typed", "table", "directed")}
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else None
        if not case or case.get("no_event"):
            continue
        found = extract(RawArticle("", case["text"], date=case.get("date")), "case")
        by_id = {e.id: e for e in found.entities}
        gold_of = {e.id: names.canonical(names.of(e, by_id)) for e in found.entities}
        events = _gold(case, names, table)
        predicted = {
            (*pair, r.type)
            for r in found.relations
            if gold_of[r.source] != gold_of[r.target] and not r.negated and r.type != COMENTION
            for pair in _directions(gold_of[r.source], gold_of[r.target], r.type)
        }
        gold_typed = {(s, t, k) for s, t, k, _ in events}
        for row, gold, guessed in (
            ("typed", gold_typed, predicted),
            ("table", {(s, t, k) for s, t, _, k in events}, predicted),
            ("directed", {(s, t) for s, t, _, _ in events}, {(s, t) for s, t, _ in predicted}),
        ):
            totals[row].add(Score(len(gold & guessed), len(guessed - gold), len(gold - guessed)))
        if misses and gold_typed != predicted:
            print(f"\n{case['id']}: {case['text']}")
            for relation in sorted(gold_typed - predicted):
                print("   MISS ", relation)
            for relation in sorted(predicted - gold_typed):
                print("   EXTRA", relation)
    return totals


def main() -> None:
    misses = "--misses" in sys.argv
    for arg in (a for a in sys.argv[1:] if not a.startswith("--")):
        totals = score(Path(arg), misses)
        print(
            f"{Path(arg).name}: typed {totals['typed'].f1:.2f} / by the table "
            f"{totals['table'].f1:.2f} / directed pairs {totals['directed'].f1:.2f}"
        )


if __name__ == "__main__":
    main()
