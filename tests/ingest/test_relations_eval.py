"""`personae eval` scores relations against the PETRARCH-2 development set beside the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personae.store.ingest.evaluate import evaluate_relation_set
from personae.tui.cli import main


def _event(source: str, target: str, plover: str | None, coarse: str) -> dict[str, object]:
    return {"source": source, "target": target, "plover": plover, "coarse": coarse}


def _write(path: Path, cases: list[dict[str, object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    return path


CASES = [
    {
        "id": "1",
        "text": "Barack Obama launched air strikes against Iraq on Tuesday.",
        "date": "2014-08-08",
        "no_event": False,
        "events": [_event("United States", "Iraq", "ASSAULT", "conflict")],
    },
    {  # unreliable "no event" label: whatever is found here is not counted
        "id": "2",
        "text": "Russia attacked Georgia.",
        "no_event": True,
        "events": [],
    },
    {  # an unnamed side cannot be found by name: not counted
        "id": "3",
        "text": "Gunmen attacked Kenya's police.",
        "no_event": False,
        "events": [_event("unspecified rebels", "Kenya", "ASSAULT", "conflict")],
    },
]


def test_a_leader_counts_as_his_state_and_no_event_cases_are_not_counted(tmp_path: Path) -> None:
    scores = evaluate_relation_set(_write(tmp_path / "cases.jsonl", CASES))
    typed = scores["typed directed"]
    assert (typed.tp, typed.fp, typed.fn) == (1, 0, 0)
    assert scores["directed pairs"].f1 == 1.0 and scores["coop/conflict"].f1 == 1.0
    assert scores["actors"].recall == 1.0  # United States (as Obama), Iraq, Kenya


def test_a_negated_relation_is_no_event_and_not_counted(tmp_path: Path) -> None:
    denied = {
        "id": "4",
        "text": "Iran denied that it had supplied drones to Russia.",
        "no_event": False,
        "events": [],
    }
    scores = evaluate_relation_set(_write(tmp_path / "cases.jsonl", [CASES[0], denied]))
    assert (scores["directed pairs"].tp, scores["directed pairs"].fp) == (1, 0)


def test_eval_prints_the_relation_set_found_beside_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERSONAE_CORPUS", raising=False)
    corpus = tmp_path / "corpus" / "practice"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "gold").mkdir()
    _write(tmp_path / "corpus" / "petrarch2-validation" / "cases.jsonl", CASES)
    assert main(["eval", "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "relation set (petrarch2-validation, silver events)" in out
    assert "typed directed" in out
