"""`personae export --format csv|graphml|dot`: read back by their real readers, with the
store's counts; hostile text stays inert; the options narrow as documented."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from personae.store.db import Store
from personae.store.export_table import COLUMNS
from personae.tui.cli import main
from tests.export_stores import HOSTILE_TEXT, hostile_records, store_of, talks_records

FORBIDDEN = [b"\x1b", b"\x07", b"\x01", "\u202e".encode(), "\u202c".encode()]


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    return store_of(tmp_path / "talks.json", talks_records())


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return store_of(tmp_path / "hostile.json", hostile_records())


@pytest.fixture
def bundled_store(tmp_path: Path) -> Path:
    path = tmp_path / "bundled.json"
    Store.open_or_create(path).close()
    return path


def export(
    db: Path, *options: str, capsysbinary: pytest.CaptureFixture[bytes], code: int = 0
) -> bytes:
    assert main(["--db", str(db), "export", *options]) == code
    captured = capsysbinary.readouterr()
    assert code != 0 or captured.err == b""
    return captured.out if code == 0 else captured.err


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


# -- csv ------------------------------------------------------------------------------------

TALKS_CSV = (
    ",".join(COLUMNS) + "\r\n"
    "2024-03-02,event,Northland,state,Southland,state,ACCUSE,conflict,false,,,,curated,"
    "north-talks,Talks in Northland,Wire,https://news.example/talks?id=1&part=(2),"
    "Northland accused Southland of shelling the border on 2 March 2024.,0,67,"
    "accused of shelling,north-talks:r1,northland,southland\r\n"
    "2024-03-01,article,Southland,state,Northland,state,REJECT,conflict,false,reportedly,,,"
    "curated,north-talks,Talks in Northland,Wire,https://news.example/talks?id=1&part=(2),"
    "Southland reportedly rejected the claim.,68,108,rejected the claim of,north-talks:r2,"
    "southland,northland\r\n"
    "2024-03-01,article,Northland,state,Eastland,state,CONSULT,cooperation,false,,,0.8,"
    "extracted,north-talks,Talks in Northland,Wire,https://news.example/talks?id=1&part=(2),"
    "Northland and Eastland met in Geneva.,109,146,met,north-talks:r4,northland,eastland\r\n"
    ",,Westland,state,Eastland,state,AID,cooperation,true,,,0.9,extracted,east-aid,"
    "Aid for Eastland,,,Westland did not send aid to Eastland.,0,38,did not send aid to,"
    "east-aid:r1,westland,eastland\r\n"
)


def test_csv_is_one_row_per_typed_relation_dated_by_its_event_or_article(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = export(talks, "--format", "csv", capsysbinary=capsysbinary)
    assert data.decode("utf-8") == TALKS_CSV


def test_csv_of_the_bundled_article_reads_back_with_the_stores_counts(
    bundled_store: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    snapshot = Store.open(bundled_store).snapshot()
    text = snapshot.articles[0].text
    table = rows(export(bundled_store, "--format", "csv", capsysbinary=capsysbinary))
    assert len(table) == len(snapshot.relations)
    assert Counter(r["type"] for r in table) == Counter(r.type for r in snapshot.relations)
    for row in table:
        assert text[int(row["start"]) : int(row["end"])] == row["evidence"]
    drones = next(r for r in table if r["relation_id"] == "iran-russia-alliance:r37")
    assert (drones["date"], drones["date_from"], drones["source"]) == ("2022", "event", "Iran")
    assert {r["date_from"] for r in table} == {"event", "article"}


def test_csv_keeps_co_mentions_only_when_asked(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    kept = rows(export(talks, "--format", "csv", "--co-mentions", capsysbinary=capsysbinary))
    assert [r["type"] for r in kept] == ["ACCUSE", "REJECT", "MENTION", "CONSULT", "AID"]
    assert kept[2]["polarity"] == "neutral"


def test_csv_select_and_article_narrow_the_rows(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    chosen = rows(
        export(talks, "--format", "csv", "--select", "SOUTHLAND", capsysbinary=capsysbinary)
    )
    assert [r["relation_id"] for r in chosen] == ["north-talks:r1", "north-talks:r2"]
    alias = rows(
        export(talks, "--format", "csv", "--select", "northern republic", capsysbinary=capsysbinary)
    )
    assert len(alias) == 3
    one = rows(export(talks, "--format", "csv", "--article", "aid for", capsysbinary=capsysbinary))
    assert [r["relation_id"] for r in one] == ["east-aid:r1"]


def test_csv_cells_cannot_run_as_formulas_nor_act_on_a_terminal(
    hostile: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = export(hostile, "--format", "csv", capsysbinary=capsysbinary)
    assert [bad for bad in FORBIDDEN if bad in data] == []
    table = rows(data)
    first = table[0]
    assert first["source"] == "'@Crew"  # the escape sequence and the bidi mark are gone
    assert first["hedge"] == "'=1+1"
    assert first["attributed_to"] == "'@SUM(A1)"
    assert first["summary"] == "'-blamed [x](javascript:alert(1))"
    assert first["article_source"] == "'=cmd|' /C calc'!A0"
    assert first["title"].startswith('\'=HYPERLINK("http://evil")')
    assert table[1]["evidence"] == "'-Crew met Acme."
    for row in table:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert table[2]["evidence"] == HOSTILE_TEXT[58:71]


def test_csv_of_an_empty_store_is_its_header(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "empty.json"
    store = Store.open_or_create(path)
    store.remove_article(store.snapshot().articles[0].id)
    store.close()
    data = export(path, "--format", "csv", capsysbinary=capsysbinary)
    assert data == (",".join(COLUMNS) + "\r\n").encode()
    assert b"<graphml" in export(path, "--format", "graphml", capsysbinary=capsysbinary)
    assert b"## Sources" in export(path, "--format", "markdown", capsysbinary=capsysbinary)


# -- graphml and dot ------------------------------------------------------------------------


def test_graphml_opens_in_networkx_with_the_stores_counts(
    bundled_store: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    out = tmp_path / "network.graphml"
    assert main(["--db", str(bundled_store), "export", "--format", "graphml", "-o", str(out)]) == 0
    capsysbinary.readouterr()
    graph = nx.read_graphml(out, force_multigraph=True)
    snapshot = Store.open(bundled_store).snapshot()
    pairs = Counter((r.source, r.target, r.type) for r in snapshot.relations)
    assert graph.number_of_edges() == len(pairs)
    assert sum(d["count"] for _, _, d in graph.edges(data=True)) == len(snapshot.relations)
    assert graph["iran"]["russia"]["AID"]["count"] == pairs[("iran", "russia", "AID")]
    assert graph["russia"]["iran"]["AID"]["negated"] == 1
    assert graph["russia"]["iran"]["AID"]["polarity"] == "cooperation"
    assert graph["russia"]["iran"]["AID"]["layers"] == "curated"
    dot = export(bundled_store, "--format", "dot", capsysbinary=capsysbinary).decode()
    edges = [m for m in map(_EDGE.fullmatch, dot.splitlines()) if m]
    assert len(edges) == len(pairs) and sum(int(m.group(4)) for m in edges) == len(
        snapshot.relations
    )
    iran = graph.nodes["iran"]
    named = sum(1 for m in snapshot.mentions if m.entity == "iran")
    assert (iran["name"], iran["kind"], iran["mentions"], iran["articles"]) == (
        "Iran",
        "state",
        named,
        1,
    )


def test_graphml_of_a_hostile_store_is_valid_xml(
    hostile: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = export(hostile, "--format", "graphml", "--co-mentions", capsysbinary=capsysbinary)
    assert [bad for bad in FORBIDDEN if bad in data] == []
    ET.fromstring(data)  # raises on anything XML cannot hold
    graph = nx.parse_graphml(data.decode("utf-8"), force_multigraph=True)
    assert graph.nodes["acme"]["name"] == "<b>Acme</b> & Co | Ltd"
    assert graph.nodes["crew\\x07"]["name"] == "@Crew"  # ids keep their controls, shown
    assert graph.nodes["odd\\ufffe"]["name"] == 'Crew\\ufffe "Q" \\N'
    assert sorted(k for _, _, k in graph.edges(keys=True)) == ["ACCUSE", "CONSULT", "COOPERATE"]


def test_graph_select_keeps_the_actors_relations_and_co_mentions_when_asked(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = export(talks, "--format", "graphml", "--select", "eastland", capsysbinary=capsysbinary)
    graph = nx.parse_graphml(data.decode("utf-8"), force_multigraph=True)
    assert sorted(graph.nodes) == ["eastland", "northland", "westland"]
    assert sorted(graph.edges(keys=True)) == [
        ("northland", "eastland", "CONSULT"),
        ("westland", "eastland", "AID"),
    ]
    both = export(talks, "--format", "graphml", "--co-mentions", capsysbinary=capsysbinary)
    assert ("northland", "eastland", "MENTION") in nx.parse_graphml(
        both.decode(), force_multigraph=True
    ).edges(keys=True)


_QUOTED = r'"(?:[^"\\]|\\.)*"'
_NODE = re.compile(
    rf"  ({_QUOTED}) \[label=({_QUOTED}), kind={_QUOTED}, mentions=\d+, articles=\d+\];"
)
_EDGE = re.compile(
    rf"  ({_QUOTED}) -> ({_QUOTED}) \[label={_QUOTED}, type=({_QUOTED}), polarity={_QUOTED}, "
    rf"count=(\d+), negated=\d+, layers={_QUOTED}, color=\w+\];"
)


def _unquote(word: str) -> str:
    return re.sub(r"\\(.)", r"\1", word[1:-1])


def test_dot_is_one_quoted_statement_a_line(
    talks: Path, hostile: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = export(talks, "--format", "dot", capsysbinary=capsysbinary).decode()
    lines = data.splitlines()
    assert lines[:3] == [lines[0], "digraph personae {", "  node [shape=box];"]
    assert lines[-1] == "}"
    nodes = [_NODE.fullmatch(line) for line in lines if " -> " not in line][3:-1]
    edges = [_EDGE.fullmatch(line) for line in lines if " -> " in line]
    assert all(nodes) and all(edges)
    assert [_unquote(m.group(1)) for m in nodes if m] == [
        "eastland",
        "northland",
        "southland",
        "westland",
    ]
    assert len(edges) == 4
    hostile_dot = export(hostile, "--format", "dot", capsysbinary=capsysbinary)
    assert [bad for bad in FORBIDDEN if bad in hostile_dot] == []
    shown = hostile_dot.decode().splitlines()
    labels = [_unquote(m.group(2)) for m in map(_NODE.fullmatch, shown) if m]
    assert "<b>Acme</b> & Co | Ltd" in labels and "@Crew" in labels
    assert 'Crew\\ufffe "Q" \\N' in labels  # a quote and a backslash cannot end or escape
    assert '"crew\\\\x07" -> "acme"' in hostile_dot.decode()  # a backslash, doubled


# -- options --------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["csv", "markdown", "graphml", "dot"])
def test_an_unknown_actor_is_one_line_with_the_closest_names(
    talks: Path, form: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    err = export(talks, "--format", form, "--select", "Northlnd", capsysbinary=capsysbinary, code=1)
    assert err.decode().splitlines() == [
        "personae: no actor is called 'Northlnd' in the store; the closest: Northland, Southland."
    ]
    err = export(talks, "--format", form, "--select", "zzz", capsysbinary=capsysbinary, code=1)
    assert err == b"personae: no actor is called 'zzz' in the store, nor any name close to it.\n"


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--select", "Iran"], "--select goes with --format csv, markdown, graphml or dot"),
        (["--format", "json", "--co-mentions"], "--co-mentions goes with --format csv"),
        (["--format", "pdf"], "invalid choice: 'pdf'"),
    ],
)
def test_options_the_json_export_does_not_take_are_refused(
    talks: Path, options: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(talks), "export", *options])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert len(err.splitlines()) == 1 and words in err and "Traceback" not in err


@pytest.mark.parametrize("form", ["csv", "markdown", "graphml", "dot"])
def test_every_format_refuses_to_overwrite_the_store_and_writes_a_file_or_stdout(
    talks: Path, tmp_path: Path, form: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    before = talks.read_bytes()
    err = export(talks, "--format", form, "-o", str(talks), capsysbinary=capsysbinary, code=1)
    assert b"a file personae keeps" in err and talks.read_bytes() == before
    out = tmp_path / f"out.{form}"
    assert main(["--db", str(talks), "export", "--format", form, "-o", str(out)]) == 0
    assert capsysbinary.readouterr().err == f"personae: wrote {out}\n".encode()
    to_stdout = export(talks, "--format", form, "-o", "-", capsysbinary=capsysbinary)
    assert out.read_bytes() == to_stdout != b""


def test_the_text_formats_do_not_load_networkx(talks: Path, tmp_path: Path) -> None:
    """networkx is a large import: only a GraphML export pays for it."""
    script = (
        "import sys\n"
        "from personae.tui.cli import main\n"
        "code = main(['--db', sys.argv[1], 'export', '--format', 'dot', '-o', sys.argv[2]])\n"
        "print(code, 'networkx' in sys.modules)\n"
    )
    out = tmp_path / "network.dot"
    done = subprocess.run(
        [sys.executable, "-c", script, str(talks), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.split() == ["0", "False"], done.stderr
    assert out.read_text().startswith("// personae")


def test_select_and_article_given_before_the_command_still_count(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(talks), "--select", "southland", "export", "--format", "csv"]) == 0
    chosen = rows(capsysbinary.readouterr().out)
    assert [r["relation_id"] for r in chosen] == ["north-talks:r1", "north-talks:r2"]
    assert main(["--db", str(talks), "--article", "east-aid", "export", "--format", "dot"]) == 0
    assert b"northland" not in capsysbinary.readouterr().out
