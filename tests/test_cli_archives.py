"""The command line on an archive: `personae list` gives the newest first, as many as
asked, as a table or as JSON a script reads as it comes; an ingest of many files ends
on its summary, not on a table of every file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from test_cli import ROOT, run
from test_cli_messages import _article, _store_with

import personae.store.pieces as pieces
import personae.tui.summary as summary
from personae.tui.cli import main


@pytest.fixture
def dated_store(tmp_path: Path) -> Path:
    return _store_with(
        tmp_path,
        _article("old", "Old news", None, date="2001-01-01"),
        _article("newer", "Newer news", None, date="2030-06-01"),
        _article("newest", "Newest news", None, date="2031-06-01"),
    )


def test_limit_keeps_the_newest_and_says_how_many_are_left(
    dated_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(dated_store), "list", "--limit", "2"]) == 0
    shown = capsys.readouterr()
    assert "Newest news" in shown.out and "Newer news" in shown.out
    assert "Old news" not in shown.out and "Iran-Russia" not in shown.out
    assert "the newest 2 of 4 articles; --limit 0 lists all 4." in shown.err
    newest = next(line for line in shown.out.splitlines() if "Newest news" in line)
    assert [cell.strip() for cell in newest.split("│")[4:7]] == ["0", "0", "0"]  # not "—"


def test_json_lists_every_article_with_its_counts(
    dated_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(dated_store), "list", "--json"]) == 0
    shown = capsys.readouterr()
    listed = orjson.loads(shown.out)
    assert [a["id"] for a in listed] == ["newest", "newer", "iran-russia-alliance", "old"]
    bundled = listed[2]
    assert bundled["layer"] == "curated" and bundled["date"] == "2023-10-28"
    assert bundled["actors"] > 20 and bundled["relations"] > 40 and bundled["events"] > 10
    assert shown.err == ""  # nothing left out, nothing to say


def test_json_of_an_empty_page_is_still_json(
    dated_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(dated_store), "list", "--json", "--limit", "1"]) == 0
    assert [a["id"] for a in orjson.loads(capsys.readouterr().out)] == ["newest"]


def test_a_reader_that_stops_early_ends_the_listing_quietly(tmp_path: Path) -> None:
    many = [_article(f"a{n:04d}", f"Article number {n}", None) for n in range(600)]
    store = _store_with(tmp_path, *many)
    listing = subprocess.Popen(
        [sys.executable, "-m", "personae.tui", "--db", str(store), "list", "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    assert listing.stdout.read(1) == b"["
    listing.stdout.close()  # as `| head -c 1` does
    err = listing.stderr.read()
    assert listing.wait(timeout=120) == 141  # 128 + SIGPIPE, as shell tools end
    assert err == b""


def test_a_limit_that_is_not_a_count_is_one_line(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path / "s.json"), "list", "--limit", "-3")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "personae list: argument --limit: needs a whole number of articles (0 for all), "
        "not '-3' (see personae list --help)"
    ]


def test_an_ingest_of_many_files_shows_a_few_and_counts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(summary, "TABLE_ROWS", 3)
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(5):
        (folder / f"n{n}.txt").write_text(f"Report {n}\n\nIran met Russia in Moscow on day {n}.\n")
    assert main(["--db", str(tmp_path / "s.json"), "ingest", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum("n" in line and ".txt" in line for line in out) == 3
    assert "… and 2 more files; `personae list` lists the articles" in out
    assert out[-1] == "5 added"


def test_the_newest_few_are_listed_without_reading_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    many = [
        _article(f"a{n:02d}", f"Article {n:02d}", None, date=f"2030-01-{n + 1:02d}")
        for n in range(30)
    ]
    store = _store_with(tmp_path, *many)
    parsed: list[str] = []
    parse = pieces.Pieces._parse

    def counted(self: pieces.Pieces, name: str, row: dict[str, object]) -> object:
        parsed.append(str(row["id"]))
        return parse(self, name, row)

    monkeypatch.setattr(pieces.Pieces, "_parse", counted)
    assert main(["--db", str(store), "list", "--limit", "2"]) == 0
    shown = capsys.readouterr().out
    assert "Article 29" in shown and "Article 28" in shown and "Article 27" not in shown
    assert sorted(parsed) == ["a28", "a29"]  # the bundled article is older: not read either
