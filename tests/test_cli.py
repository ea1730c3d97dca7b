"""The command line: exports, listings and one clear line for every mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from personae.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "personae.tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_export_writes_the_documented_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert (
        main(["--db", str(tmp_path / "s.json"), "export", "--format", "json", "-o", str(out)]) == 0
    )
    data = orjson.loads(out.read_bytes())
    assert list(data)[1:] == [
        "articles",
        "entities",
        "mentions",
        "relations",
        "events",
        "corrections",
        "notes",
    ]
    article = data["articles"][0]
    relation = next(r for r in data["relations"] if r["source"] == "iran" and r["type"] == "AID")
    quote = relation["evidence"]["quote"]
    assert article["text"][relation["evidence"]["start"] : relation["evidence"]["end"]] == quote
    assert {e["id"] for e in data["entities"]} >= {relation["source"], relation["target"]}
    mention = data["mentions"][0]
    assert article["text"][mention["start"] : mention["end"]] == mention["text"]
    assert {"2008", "2023-10-07"} <= {e["date"] for e in data["events"]}


def test_export_to_stdout_and_of_one_article(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(tmp_path / "s.json"), "export", "--article", "iran-russia"]) == 0
    data = orjson.loads(capsysbinary.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["iran-russia-alliance"]


def test_list_shows_the_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "s.json"), "list"]) == 0
    shown = capsys.readouterr().out
    assert "iran-russia-alliance" in shown and "2023-10-28" in shown and "curated" in shown


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--frobnicate"], "unknown option --frobnicate"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
        (["--db", "{tmp}/corrupt.json", "list"], "corrupt"),
        (["--db", "{tmp}", "list"], "is a folder"),
        (["--db", "{tmp}/s.json", "--article", "no such thing"], "no article matches"),
        (["--db", "{tmp}/s.json", "export", "--article", " "], "no article matches ' '"),
        (["--db", "{tmp}/s.json", "--select", "Atlantis"], "no actor is called 'Atlantis'"),
        (["--db", "{tmp}/s.json"], "needs a terminal"),
        (["--db", "{tmp}/s.json", "ingest", "{tmp}/gone.txt"], "gone.txt: does not exist"),
    ],
)
def test_mistakes_get_one_clear_line_and_a_failing_exit(
    tmp_path: Path, args: list[str], words: str
) -> None:
    (tmp_path / "corrupt.json").write_bytes(b'{"meta": {')
    done = run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert done.returncode != 0
    assert words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "corrupt.json").read_bytes() == b'{"meta": {'


def test_ingest_names_each_failed_file_on_stderr_and_lists_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "news.txt"
    good.write_text("Talks\n\nIran met Russia in Tehran.\n", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n", encoding="utf-8")
    done = run("--db", str(tmp_path / "s.json"), "ingest", str(good), str(tmp_path / "blank.txt"))
    assert done.returncode == 1
    failures = [line for line in done.stderr.splitlines() if "cannot ingest" in line]
    assert failures == [f"personae: cannot ingest {tmp_path / 'blank.txt'}: is empty"]
    assert "news.txt" in done.stdout and "Talks" in done.stdout  # the table of what was stored
    assert "blank.txt" not in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "1 added, 1 failed"


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("personae ")
    shown = run("--help").stdout
    assert all(word in shown for word in ("--db", "--select", "--article", "export", "ingest"))


def test_the_store_location_comes_from_personae_db(tmp_path: Path) -> None:
    path = tmp_path / "env.json"
    done = run("list", env={"PERSONAE_DB": str(path)})
    assert done.returncode == 0 and path.exists()


def test_an_export_names_what_an_actor_belongs_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "minister.txt"
    article.write_text(
        "Talks in Caracas\n\nMahmoud Ahmadinejad met Hugo Chavez in Caracas in May 2008.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.json")
    assert main(["--db", db, "ingest", str(article)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "export", "--article", "minister"]) == 0
    entities = orjson.loads(capsys.readouterr().out)["entities"]
    by_id = {e["id"]: e for e in entities}
    leader = next(e for e in entities if e["name"] == "Mahmoud Ahmadinejad")
    # the text never names Iran: the state comes along for the affiliation's sake
    assert by_id[leader["affiliation"]]["name"] == "Iran"
