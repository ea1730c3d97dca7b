"""A relation exported from a sentence telling two dated acts takes the date of its own
act's clause, not of the first one in the sentence."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from personae.tui.cli import main

ARTICLE = """Fighting in the Caucasus

BAKU, 10 November 2020 - Azerbaijani forces captured the town of Shusha on Sunday, and on Monday Azerbaijan shot down a Russian helicopter over Armenia.
"""


def test_each_act_of_a_sentence_is_dated_by_its_own_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "shusha.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store")
    assert main(["--db", db, "ingest", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    dated = {(r["source"], r["type"], r["target"]): (r["date"], r["date_from"]) for r in table}
    assert dated[("Azerbaijan", "ASSAULT", "Russia")] == ("2020-11-09", "event")
    assert dated[("Azerbaijani forces", "COERCE", "Shusha")] == ("2020-11-08", "event")
