"""Hostile articles on a real terminal: the bytes the explorer writes hold none of their escapes.

The real `personae` runs in a pseudo-terminal, on a store holding (a) an article ingested
from a hostile file and (b) hostile records written straight into the store, past ingest's
cleaning, as an older or hand-edited store could hold them.  What the app writes to the
terminal is read back: no window title, no hyperlink, no bell, no C1 or bidi control from
the article; the markup is on screen as text; the app did not quit until asked to.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hardening_support import PtyApp, run_cli
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Span

RAW_TEXT = (
    "Iran [@click=app.quit] and [link=http://x]Russia[/link] \x1b]0;pwned\x07 talked [bold].\n\n"
    "A link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\ and a bell\x07 and \x1b[31mred\x1b[0m and [/] [ \\[.\n\n"
    "C1 \x85 \x9b31m \x9d0;pwned\x9c bidi \u202eesrever\u202c \u2066iso\u2069 zero\u200bwidth.\n\n"
    "Wide 漢字漢字 and emoji 👩‍👩‍👧 🇺🇦 " + "long " * 400 + "end."
)
FILE_TEXT = "Hostile file \x1b]0;pwned\x07 [@click=app.quit]\n\n" + RAW_TEXT


def _raw_records() -> ArticleRecords:
    """Hostile text exactly as given: the screen alone must keep it inert."""
    cuts = [0]
    cuts += [i + 2 for i in range(len(RAW_TEXT)) if RAW_TEXT.startswith("\n\n", i)]
    passages = tuple(
        Span(start, (cuts[n + 1] - 2) if n + 1 < len(cuts) else len(RAW_TEXT))
        for n, start in enumerate(cuts)
    )
    article = Article(
        id="raw-hostile",
        title="Raw \x1b]0;pwned\x07 [@click=app.quit] title \u202e",
        text=RAW_TEXT,
        passages=passages,
        sentences=passages,
        date="2024-01-01",
        source="Wire \x1b]8;;http://x\x1b\\service",
    )
    entities = (
        Entity(id="iran", name="Iran", kind="state"),
        Entity(id="russia", name="[link=http://x]Russia[/link]", kind="state", aliases=("Russia",)),
    )
    mentions = tuple(find_mentions(RAW_TEXT, article.id, entities, provenance="extracted"))
    return ArticleRecords(article, entities, mentions, (), ())


# Sequences of the article's, were they written raw (ESC itself may be shown as "␛": inert).
FORBIDDEN_OUTPUT = [
    b"\x1b]0;", b"\x1b]8;;http://x", b"\x1b[31m", b"\x9d", b"\xc2\x85", b"\xc2\x9b", b"\xc2\x9d",
    "\u202e".encode(), "\u202c".encode(), "\u2066".encode(), "\u2069".encode(),
]  # fmt: skip
# Textual's own OSC sequences: the mouse pointer shape (OSC 22) and its links (OSC 8 with an id).
OSC = re.compile(rb"\x1b\]([^\x07\x1b]*)(?:\x07|\x1b\\)")


def _assert_inert(out: bytes) -> None:
    found = [bad for bad in FORBIDDEN_OUTPUT if bad in out]
    assert not found, found
    payloads = {m.group(1) for m in OSC.finditer(out)}
    foreign = {p for p in payloads if not (p.startswith(b"22;") or p.startswith(b"8;id="))}
    assert not foreign, foreign
    assert b"\x07" not in OSC.sub(b"", out), "a bell outside Textual's own OSC sequences"


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("screen")
    db = root / "personae.json"
    (root / "hostile.txt").write_text(FILE_TEXT, encoding="utf-8")
    done = run_cli("--db", str(db), "ingest", str(root / "hostile.txt"))
    assert done.returncode == 0, done.stderr
    store = Store.open(db)
    store.put(_raw_records())
    store.close()
    return db


@pytest.mark.parametrize("article", ["raw-hostile", "Hostile file"])
def test_no_escape_from_an_article_reaches_the_terminal(hostile_store: Path, article: str) -> None:
    app = PtyApp(["--db", str(hostile_store), "--article", article])
    try:
        assert app.read_until("漢字漢字", 5), bytes(app.out[-2000:])
        app.read_for(0.3)  # the rest of the first frame
        assert len(app.out) > 2000, bytes(app.out)  # it drew the screen
        # Click right on "[@click=app.quit]" (SGR mouse report, press and release).
        col, row = app.position_of("[@click=app.quit]")
        app.send(f"\x1b[<0;{col + 3};{row}M\x1b[<0;{col + 3};{row}m".encode(), 0.5)
        # Select an actor, jump, search for the title's payload, close the search.
        for keys in (b"\t", b"\r", b"n", b"/", b"pwned", b"\r", b"\x1b"):
            app.send(keys)
        assert app.running(), "the app quit before ctrl+q"
        app.send(b"\x11", 0.5)  # ctrl+q
    finally:
        code = app.close()
    out = bytes(app.out)
    assert code == 0, out[-2000:]
    _assert_inert(out)
    shown = out.decode("utf-8", "replace")
    assert "Traceback" not in shown
    assert "@click=app.quit" in shown  # the markup is on screen as text
    assert "link=http://x" in shown
    assert "漢字漢字" in shown


def test_ingest_on_a_terminal_shows_hostile_file_names_inert(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    for n in range(30):  # enough for the progress bar to draw a few file names
        name = f"evil{n}\x1b]0;pwned\x07\x1b]8;;x\x1b\\\u202e.txt"
        (folder / name).write_text(f"Title {n}\n\nIran met Russia on day {n}.\n")
    (folder / "empty\x1b[31m\x9d.txt").write_text("")
    app = PtyApp(["--db", str(tmp_path / "s.json"), "ingest", str(folder)])
    try:
        app.read_for(20)  # returns when ingest exits
    finally:
        code = app.close()
    out = bytes(app.out)
    assert code == 1, out[-2000:]  # the empty file failed
    _assert_inert(out)
    # The table wraps long paths at 100 columns; the escapes are shown as text somewhere.
    assert b"\\x1b" in out and b"is empty" in out
