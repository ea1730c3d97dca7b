"""A relation exported from a sentence telling two dated acts takes the date of its own
act's clause, not of the first one in the sentence; one whose clause names no date takes
none of a later clause's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from personae.tui.cli import main

Dates = dict[tuple[str, str, str], tuple[str, str]]


def _exported_dates(article: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Dates:
    """(date, where it comes from) of each relation `export --format csv` gives for the
    article, ingested into a new store, by (source, type, target)."""
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    db = str(tmp_path / "store")
    assert main(["--db", db, "ingest", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return {(r["source"], r["type"], r["target"]): (r["date"], r["date_from"]) for r in table}


ARTICLE = """Fighting in the Caucasus

BAKU, 10 November 2020 - Azerbaijani forces captured the town of Shusha on Sunday, and on Monday Azerbaijan shot down a Russian helicopter over Armenia.
"""


def test_each_act_of_a_sentence_is_dated_by_its_own_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dated = _exported_dates(ARTICLE, tmp_path, capsys)
    assert dated[("Azerbaijan", "ASSAULT", "Russia")] == ("2020-11-09", "event")
    assert dated[("Azerbaijani forces", "COERCE", "Shusha")] == ("2020-11-08", "event")


RELEASE = """Prisoners swapped

MUSCAT (AP) - In return, Belgium released Hamid Rezaei, a former Iranian diplomat who was sentenced by a court in Antwerp in February 2021 for his role in a plot near Paris in June 2018.
"""


def test_an_act_whose_clause_names_no_date_takes_none_of_a_later_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dated = _exported_dates(RELEASE, tmp_path, capsys)
    assert dated[("Belgium", "RETREAT", "Hamid Rezaei")] == ("", "")  # not June 2018
