"""The exports carry the reader's layer: the JSON its corrections (the history), every
format the records as corrected, the CSV's layer column `reviewed`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson

from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.reviewed import commit_correction
from personae.tui.cli import main

ARTICLE = "iran-russia-alliance"


def _corrected_store(path: Path) -> str:
    store = Store.open_or_create(path)
    corpus = Corpus.open(store)
    relation = next(
        r
        for r in corpus.relations_in(ARTICLE)
        if (r.source, r.target, r.type) == ("iran", "russia", "PARTNER")
    )
    target = corpus.relation_target(relation.id, ARTICLE)
    assert target is not None
    commit_correction(store, "relation.type", target, "ALLY", "PARTNER")
    commit_correction(store, "actor.rename", {"entity": "gone"}, "X", "Y")
    return relation.id


def test_the_json_export_carries_the_corrections_and_the_corrected_records(
    tmp_path: Path,
) -> None:
    relation = _corrected_store(tmp_path / "s.json")
    out = tmp_path / "out.json"
    assert main(["--db", str(tmp_path / "s.json"), "export", "-o", str(out)]) == 0
    data = orjson.loads(out.read_bytes())
    kinds = [(c["kind"], c["orphaned"]) for c in data["corrections"]]
    assert kinds == [("relation.type", False), ("actor.rename", True)]
    assert data["corrections"][0]["before"] == "PARTNER" and data["corrections"][0]["who"]
    exported = next(r for r in data["relations"] if r["id"] == relation)
    assert (exported["type"], exported["provenance"]) == ("ALLY", "reviewed")


def test_the_csv_says_reviewed_in_the_layer_column(tmp_path: Path) -> None:
    relation = _corrected_store(tmp_path / "s.json")
    out = tmp_path / "out.csv"
    assert (
        main(["--db", str(tmp_path / "s.json"), "export", "--format", "csv", "-o", str(out)]) == 0
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    corrected = next(row for row in rows if row["relation_id"] == relation)
    assert (corrected["type"], corrected["layer"]) == ("ALLY", "reviewed")
    assert {row["layer"] for row in rows if row["relation_id"] != relation} == {"curated"}
