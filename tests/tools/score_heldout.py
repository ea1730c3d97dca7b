"""Score held-out sentence sets (tests/data/heldout/, see its README): typed directed relations,
the same with each gold type read from its CAMEO code through the CAMEO-to-PLOVER table, and
directed pairs, as the README's held-out tables report them.

    python -m tests.tools.score_heldout tests/data/heldout/set38a.jsonl [--misses]

``--misses`` prints each sentence's missed and extra typed relations: use it on read sets
only; a set kept unread is scored by its totals alone.  An event a coder marked reciprocal
counts both ways; sentences are read as ``personae eval`` reads its relation set
(``read_case``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from personae.store.ingest.evaluate import Score, StateNames, _directions, read_case
from personae.store.model import COMENTION
from tests.tools.build_verbs import plover_of, plover_table

TABLE = (
    Path(__file__).resolve().parents[3] / "shared" / "lexicons" / "plover" / "CAMEO2PLOVER-2021.txt"
)


def _gold(events: list[dict[str, Any]], table: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(source, target, type as coded, type by the table) of each countable gold event, both
    ways when the coder marked it reciprocal."""
    out = []
    for event in events:
        source, target = event["source"], event["target"]
        by_table = plover_of(str(event.get("code", "")), table) or event["plover"]
        out.append((source, target, event["plover"], by_table))
        if event.get("reciprocal"):
            out.append((target, source, event["plover"], by_table))
    return out


def score(path: Path, misses: bool = False) -> dict[str, Score]:
    table = plover_table(TABLE) if TABLE.exists() else {}
    names = StateNames()
    totals = {row: Score() for row in ("typed", "table", "directed")}
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else None
        if not case or case.get("no_event"):
            continue
        counted, _, relations = read_case(case, names)
        events = _gold(counted, table)
        predicted = {
            (*pair, kind)
            for source, target, kind in relations
            if kind != COMENTION
            for pair in _directions(source, target, kind)
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
