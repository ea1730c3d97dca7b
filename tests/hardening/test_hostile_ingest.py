"""Hostile article files through ingest, the store and export: nothing acts, nothing is lost.

Terminal escapes, C0/C1 controls, bidi overrides and zero-width characters are gone from
every stored string (text, title, dateline, source, url, entity names, quotes); Rich and
Textual markup is kept as the literal text it is; huge lines and big articles go through.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import orjson
import pytest

from hardening_support import check_integrity, open_snapshot, run_cli
from personae.store.db import Store
from personae.store.export import from_store, write_json
from personae.store.ingest.batch import ingest_paths
from personae.store.text import clean_text

ESCAPES = (
    "\x1b[31m", "\x1b]0;pwned\x07", "\x1b]8;;http://x\x1b\\", "\x07", "\x85", "\x9b", "\x9d",
    "\x00", "\x7f", "\u202e", "\u2066", "\u061c", "\u200b", "\ufeff",
)  # fmt: skip
MARKUP = ("[@click=app.quit]", "[link=http://x]y[/link]", "[bold]", "[/]", "[", "\\[")
FORBIDDEN = (
    {chr(c) for c in range(0x20)} - {"\n", "\t"}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | set(
        "\u061c\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
    )
)

HOSTILE_BODY = (
    "Iran \x1b[31msupplied\x1b[0m drones to Russia, \x1b]0;pwned\x07officials said.\x07\n\n"
    "Click [@click=app.quit] or [link=http://x]y[/link] or [bold]bold[/] or [ or \\[ here.\n\n"
    "A link \x1b]8;;http://x\x1b\\text\x1b]8;;\x1b\\ and C1 \x85next\x9b31m and \x9dmojibake.\n\n"
    "Bidi \u202eesrever\u202c and \u2066isolate\u2069, zero\u200bwidth, wide 漢字 and 👩‍👩‍👧 🇺🇦.\n\n"
    "China met Germany on 4 May 2023. The end of the hostile article."
)
TXT = "Hostile \x1b]0;pwned\x07 title [@click=app.quit]\n\n" + HOSTILE_BODY
MD = (
    '---\ntitle: "Evil \\e]0;pwned\\a [@click=app.quit] title"\n'
    'source: "Wire \\e[31m service \\u202e [bold]"\n'
    'url: "http://x/\\e]8;;http://evil\\e\\\\"\n'
    "date: 2023-05-01\n---\n\n" + HOSTILE_BODY
)
HTML = (
    "<html><head><title>T &#27;]0;pwned&#7; [link=http://x]y[/link]</title>"
    '<meta property="og:site_name" content="Site &#27;[31m red &#x202e;">'
    '<meta property="og:url" content="http://x/&#27;]8;;http://evil&#27;\\">'
    "</head><body><article>"
    + "".join(f"<p>{p}</p>" for p in HOSTILE_BODY.split("\n\n"))
    + "<script>alert(1)</script></article></body></html>"
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _assert_clean(export: bytes, *, skip_keys: tuple[str, ...] = ("path",)) -> dict[str, Any]:
    # The exported bytes: no raw control byte but the newlines of pretty-printing.
    assert not {b for b in export if b < 0x20 and b != 0x0A}, "raw control byte in export"
    data = orjson.loads(export)
    for article in data["articles"]:
        for key in skip_keys:
            article.pop(key, None)
    bad = {s for s in _strings(data) if FORBIDDEN & set(s)}
    assert not bad, bad
    return data  # type: ignore[no-any-return]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(TXT, encoding="utf-8")
    (folder / "b.md").write_text(MD, encoding="utf-8")
    (folder / "c.html").write_text(HTML, encoding="utf-8")
    (folder / "d.txt").write_bytes(TXT.encode("utf-16"))  # a BOM and another encoding
    (folder / "e.txt").write_bytes(b"Latin1 \x1b[31m caf\xe9 \x9d\n\nFrance met Spain.\x85 Fin.")
    return folder


def test_hostile_files_are_stored_and_exported_without_controls_and_markup_kept(
    tmp_path: Path, hostile_folder: Path
) -> None:
    store = Store.open_or_create(tmp_path / "personae.json")
    results = ingest_paths(store, [hostile_folder])
    statuses = {r.path.name: (r.status, r.reason) for r in results}
    # A legacy-encoded file with controls in it may be refused, but only with a reason.
    e_status, e_reason = statuses.pop("e.txt")
    assert e_status == "added" or (e_status == "failed" and e_reason), e_reason
    assert statuses == dict.fromkeys(["a.txt", "b.md", "c.html", "d.txt"], ("added", None))
    reopened = Store.open(tmp_path / "personae.json")
    check_integrity(reopened.snapshot())
    exported = io.BytesIO()
    from_store(reopened, write_json, exported)
    data = _assert_clean(exported.getvalue())
    by_name = {Path(a["id"]).name.split("-")[0]: a for a in data["articles"]}
    for name in ("a", "b", "c", "d"):
        text = by_name[name]["text"]
        for markup in MARKUP:
            assert markup in text, (name, markup)
        # Text around each neutralised sequence survives: nothing was swallowed.
        for words in ("supplied", "officials said.", "text", "next", "mojibake", "esrever",
                      "zerowidth", "漢字", "👩‍👩‍👧", "The end of the hostile article."):  # fmt: skip
            assert words in text, (name, words)
    assert "[@click=app.quit]" in by_name["a"]["title"]
    assert by_name["b"]["source"] is not None and "[bold]" in by_name["b"]["source"]
    if e_status == "added":
        assert "café" in by_name["e"]["text"] or "café" in by_name["e"]["title"]


def test_hostile_text_exported_through_the_cli(
    tmp_path: Path, hostile_folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from personae.tui.cli import main

    db = str(tmp_path / "personae.json")
    (hostile_folder / "e.txt").unlink()  # may be refused (see above), which exits 1
    assert main(["--db", db, "ingest", str(hostile_folder)]) == 0
    capsysbinary.readouterr()
    assert main(["--db", db, "export"]) == 0
    out = capsysbinary.readouterr()
    _assert_clean(out.out)
    assert main(["--db", db, "list"]) == 0
    listed = capsysbinary.readouterr().out
    assert not FORBIDDEN & set(listed.decode("utf-8")), "control character printed by list"
    assert b"\x1b" not in listed


def test_a_hundred_thousand_character_line_is_ingested_whole(tmp_path: Path) -> None:
    """One sentence, 100,000 characters, thousands of actor mentions: stored whole and clean.

    Through the command line, as a reader would ingest it.  That extraction stays linear on
    such a line is counted in tests/ingest/test_long_input.py; a hang fails the test through
    run_cli's limit or the suite's hang guard, never a stalled run.
    """
    long_line = ("Iran and Russia \x1b[31m[bold]talked[/] and \u202e " * 3000)[:100_000]
    path = tmp_path / "line.txt"
    path.write_text(f"One long line\n\n{long_line}\n", encoding="utf-8")
    db = tmp_path / "personae.json"
    done = run_cli("--db", str(db), "ingest", str(path))
    assert done.returncode == 0, done.stderr
    line = next(a for a in open_snapshot(db).articles if a.title == "One long line")
    assert "\x1b" not in line.text and "[bold]talked[/]" in line.text
    assert line.text == clean_text(long_line)  # the whole line kept, controls gone


def test_a_five_megabyte_article_is_ingested_and_stored(tmp_path: Path) -> None:
    # 5 MB of mostly plain prose with an actor now and then, as a book-length dump would be.
    paragraph = (
        "The committee spent the afternoon reviewing the minutes of earlier meetings, "
        "and the members agreed that the wording should be kept as it was. "
    ) * 6
    paragraphs = [
        paragraph + (f"Officials from France met Japan in round {n}." if n % 20 == 0 else "")
        for n in range(5_000_000 // len(paragraph) + 1)
    ]
    path = tmp_path / "big.md"
    path.write_text("# A big one\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    assert path.stat().st_size >= 5_000_000
    store = Store.open_or_create(tmp_path / "personae.json")
    [result] = ingest_paths(store, [path])
    assert result.status == "added", result.reason
    big = next(
        a for a in open_snapshot(tmp_path / "personae.json").articles if a.title == "A big one"
    )
    assert len(big.text) >= 4_900_000 and big.text.endswith(paragraphs[-1].strip())


def test_hostile_file_names_are_shown_escaped_never_run(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """File names come from anywhere too: every line personae prints shows them inert."""
    from personae.tui.cli import main

    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "evil\x1b]0;pwned\x07name.txt").write_text("Title\n\nIran met Russia.\n")
    (folder / "empty\x1b[31m\u202e.txt").write_text("")
    (folder / "c1\x9b2J.md").write_text("# Fine\n\nChina met Japan.\n")
    db = tmp_path / "s.json"
    assert main(["--db", str(db), "ingest", str(folder)]) == 1  # one file failed
    assert main(["--db", str(db), "list"]) == 0
    assert main(["--db", str(db), "export"]) == 0
    not_a_folder = tmp_path / "bad\x1b]0;pwned\x07"
    not_a_folder.write_text("a file")
    assert main(["--db", str(not_a_folder / "s.json"), "list"]) == 1
    printed = capsysbinary.readouterr()
    for stream in (printed.out, printed.err):
        text = stream.decode("utf-8")
        assert not {c for c in text if c in FORBIDDEN and c != "\n"}, text
    assert b"evil\\x1b]0;pwned\\x07name.txt" in printed.out + printed.err
    assert b"empty\\x1b[31m\\u202e.txt" in printed.err  # the file that failed, on stderr
    assert b"bad\\x1b]0;pwned\\x07" in printed.err
