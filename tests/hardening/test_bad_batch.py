"""A folder with one bad file in it, as a reader ingests it: the good files are stored.

Everything goes through ``personae --db ... ingest FOLDER`` (``tui.cli.main``), and what
is asserted is what a reader sees: the one stderr line per refused file, the exit status,
the summary, and the articles the store then holds.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from hardening_support import (
    check_integrity,
    group_ends,
    make_folder,
    open_snapshot,
    start_cli,
)
from personae.store import storage
from personae.store.db import Store
from personae.store.ingest import batch
from personae.store.ingest.batch import FileResult, ingest_paths
from personae.store.ingest.extract import Extraction
from personae.store.ingest.read import RawArticle
from personae.tui.cli import main

GOOD = 10

# A 480-byte "billion laughs": nine levels of nine aliases, 9**8 copies of "lol" if expanded.
BOMB = (
    '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "title: *i\n---\n\nIran met Russia.\n"
)


def _folder(tmp_path: Path, bad_name: str, bad_text: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(GOOD):
        (folder / f"good{n:02d}.txt").write_text(
            f"Report {n}\n\nIran met Russia in Geneva on {n + 1} May 2023.\n", encoding="utf-8"
        )
    (folder / bad_name).write_text(bad_text, encoding="utf-8")
    return folder


def _ingest(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str, Path]:
    db = tmp_path / "personae.json"
    code = main(["--db", str(db), "ingest", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err, db


def _stored_titles(db: Path) -> set[str]:
    snapshot = open_snapshot(db)
    check_integrity(snapshot)
    return {a.title for a in snapshot.articles if a.provenance == "extracted"}


def _refusals(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("personae: cannot ingest")]


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("date: 2021-13-45", "has a front-matter date that is not a real date ('2021-13-45')"),
        ("date: 2021-02-30", "has a front-matter date that is not a real date ('2021-02-30')"),
        ("date: 0000-01-01", "has a front-matter date that is not a real date ('0000-01-01')"),
        (f"title: !!int {'9' * 20_000}", "has 20,013 characters of front matter; at most 20,000"),
        (f"title: !!int {'9' * 4_400}", "has a 4,400-character title; a title may have 500"),
        ("title: [Iran, Russia]", "has a front-matter title that is a list"),
        ("source: {name: Wire}", "has a front-matter source that is a mapping"),
    ],
    ids=["month-13", "feb-30", "year-0", "huge-int", "long-int", "list-title", "mapping-source"],
)
def test_one_bad_front_matter_is_its_files_reason_and_the_rest_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front_matter: str, reason: str
) -> None:
    bad = f"---\n{front_matter}\n---\n\nChina met Japan in Tokyo.\n"
    folder = _folder(tmp_path, "bad.md", bad)
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 1
    assert "Traceback" not in err
    [line] = _refusals(err)
    assert line.startswith(f"personae: cannot ingest {folder / 'bad.md'}: {reason}")
    assert f"{GOOD} added, 1 failed" in out
    assert _stored_titles(db) == {f"Report {n}" for n in range(GOOD)}


def test_whatever_one_file_raises_is_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure nobody foresaw, deep in extraction, is still one file's one line."""
    folder = _folder(tmp_path, "odd.txt", "Odd one\n\nChina met Japan.\n")
    real = batch.extract

    def fragile(raw: RawArticle, article_id: str, **kwargs: object) -> Extraction:
        if raw.title == "Odd one":
            raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")
        return real(raw, article_id, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", fragile)
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 1
    [line] = _refusals(err)
    assert line == (
        f"personae: cannot ingest {folder / 'odd.txt'}: could not be read (ValueError: "
        "Exceeds the limit (4300 digits) for integer string conversion); please report this "
        "with the file"
    )
    assert f"{GOOD} added, 1 failed" in out
    assert _stored_titles(db) == {f"Report {n}" for n in range(GOOD)}


def test_a_yaml_alias_bomb_is_refused_unexpanded_and_the_rest_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(BOMB.split("\n---\n")[0]) < 500
    folder = _folder(tmp_path, "bomb.md", BOMB)
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 1
    [line] = _refusals(err)
    assert line == (
        f"personae: cannot ingest {folder / 'bomb.md'}: has YAML anchors or aliases (& or *) "
        "in its front matter; remove them"
    )
    assert _stored_titles(db) == {f"Report {n}" for n in range(GOOD)}
    # Nothing was expanded: what was printed and stored stays the size of ten short reports.
    assert len(out) + len(err) < 10_000
    assert db.stat().st_size < 200_000


def test_front_matter_too_large_and_titles_too_long_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, "huge.md", "---\ntags: [" + "x, " * 10_000 + "]\n---\n\nIran.\n")
    (folder / "long.html").write_text(
        f"<html><head><title>{'Word ' * 2_000}</title></head><body><p>Iran met Russia.</p>",
        encoding="utf-8",
    )
    (folder / "line.txt").write_text("Iran met Russia. " * 40 + "\n\nMore text.\n")
    code, out, err, _ = _ingest(tmp_path, folder, capsys)
    assert code == 1
    assert sorted(_refusals(err)) == [
        f"personae: cannot ingest {folder / 'huge.md'}: has 30,008 characters of front matter;"
        " at most 20,000 are read",
        f"personae: cannot ingest {folder / 'line.txt'}: has a 679-character title; a title may"
        " have 500 (a .txt file's first line is its title)",
        f"personae: cannot ingest {folder / 'long.html'}: has a 9,999-character title; a title"
        " may have 500",
    ]
    assert f"{GOOD} added, 3 failed" in out


def test_the_article_size_limit_holds_for_the_text_as_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """UTF-16 CJK text is 2 bytes a character on disk and 3 once read (UTF-8): the limit
    is checked on both.  Here with the limit at 1,000 bytes, for a small file."""
    monkeypatch.setattr("personae.store.ingest.files.MAX_ARTICLE_BYTES", 1_000)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "small.txt").write_text("Small\n\nIran met Russia.\n", encoding="utf-8")
    wide = folder / "wide.txt"
    wide.write_bytes(("漢字\n\n" + "伊朗与俄罗斯会谈。" * 50).encode("utf-16"))
    assert wide.stat().st_size < 1_000
    code, out, err, _ = _ingest(tmp_path, folder, capsys)
    assert code == 1
    [line] = _refusals(err)
    assert re.fullmatch(
        rf"personae: cannot ingest {re.escape(str(wide))}: holds 1,350 bytes of text once "
        r"read, over the 20 MB \(20,000,000 bytes\) limit",
        line,
    )
    assert "1 added, 1 failed" in out


def _interrupt_at(title: str, real: Callable[..., Extraction]) -> Callable[..., Extraction]:
    def extract(raw: RawArticle, article_id: str, **kwargs: object) -> Extraction:
        if raw.title == title:
            raise KeyboardInterrupt
        return real(raw, article_id, **kwargs)

    return extract


def test_ctrl_c_mid_batch_says_what_was_kept_and_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, "late.txt", "Late\n\nChina met Japan.\n")
    monkeypatch.setattr(batch, "COMMIT_EVERY", 2)
    monkeypatch.setattr(batch, "COMMIT_SECONDS", 10_000.0)
    monkeypatch.setattr(batch, "extract", _interrupt_at("Report 07", batch.extract))
    for n in range(GOOD):  # zero-padded titles: "Report 07" is the eighth file
        path = folder / f"good{n:02d}.txt"
        path.write_text(path.read_text().replace(f"Report {n}\n", f"Report {n:02d}\n"))
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 130
    # Files 1-6 were committed in three groups; the seventh, read when Ctrl+C came, is kept too.
    assert err.strip().splitlines()[-1] == (
        "personae: interrupted: 7 added and kept in the store; 4 of 11 files not stored; "
        "run the same ingest again to finish (unchanged files are skipped)"
    )
    assert "nothing was changed" not in err
    assert out.strip().splitlines()[-1] == "7 added"
    assert _stored_titles(db) == {f"Report {n:02d}" for n in range(7)}
    monkeypatch.undo()  # run again, as the message says: the rest are added, none twice
    assert main(["--db", str(db), "ingest", str(folder)]) == 0
    assert "4 added, 7 unchanged" in capsys.readouterr().out
    assert len(_stored_titles(db)) == GOOD + 1


@pytest.mark.parametrize("jobs", ["1", "2"], ids=lambda j: f"jobs{j}")
def test_a_real_ctrl_c_mid_batch_says_what_was_kept(tmp_path: Path, jobs: str) -> None:
    """SIGINT, as a terminal sends it to the whole foreground process group (workers
    included), once the first group is reported stored."""
    folder = make_folder(tmp_path / "articles", 1_000, seed=8).folder
    db = tmp_path / "personae.json"
    proc = start_cli("--db", str(db), "ingest", "--jobs", jobs, str(folder), new_session=True)
    assert proc.stderr is not None
    first = proc.stderr.readline()  # one "stored ID PATH" line per article, once on disk
    assert first.startswith("stored "), first
    os.killpg(proc.pid, signal.SIGINT)
    rest = proc.stderr.read()  # not communicate(): it would miss what readline() buffered
    proc.wait(timeout=120)
    assert proc.returncode == 130, rest
    assert group_ends(proc.pid), "a worker outlived the ingest"
    assert "Traceback" not in rest
    last = rest.strip().splitlines()[-1]
    match = re.fullmatch(
        r"personae: interrupted: (\d+) added and kept in the store; ([\d,]+) of 1,000 files not"
        r" stored; run the same ingest again to finish \(unchanged files are skipped\)",
        last,
    )
    assert match, last
    added, left = int(match[1]), int(match[2].replace(",", ""))
    assert added + left == 1_000
    assert added == len(_stored_titles(db))  # what it says it kept is what the store holds


def test_a_store_full_mid_batch_says_what_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, "last.txt", "Last\n\nChina met Japan.\n")
    db = tmp_path / "personae.json"
    assert main(["--db", str(db), "list"]) == 0  # the store, with the bundled article
    capsys.readouterr()
    monkeypatch.setattr(batch, "COMMIT_EVERY", 3)
    monkeypatch.setattr(batch, "COMMIT_SECONDS", 10_000.0)
    # The catalog's root grows by about 1,000 bytes a group of three (its buckets' names and
    # the rows of the newest articles it keeps), the first by 1,400 (its new actors): room
    # for two groups (2,420), not three (3,440).  The root is what grows with every commit
    # (the newest rows up to a hundred); each piece and bucket stays small.
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", db.stat().st_size + 3_000)
    code, out, err, _ = _ingest(tmp_path, folder, capsys)
    monkeypatch.undo()  # the bundled article's piece is over that limit: read the result
    assert code == 1
    stored = _stored_titles(db)
    assert len(stored) == 6
    assert out.strip().splitlines()[-1] == f"{len(stored)} added"
    [line] = [line for line in err.splitlines() if line.startswith("personae:")]
    assert line.startswith(f"personae: this change would grow {db} to"), line
    assert line.endswith(
        f"Put further articles in another store with --db. Ingest stopped: {len(stored)} added"
        f" and kept in the store; {GOOD + 1 - len(stored)} of {GOOD + 1} files not stored."
    ), line


def test_files_not_read_in_a_folder_are_counted_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, "notes.md", "# Notes\n\nChina met Japan.\n")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "annex.pdf").write_bytes(b"%PDF-1.4")
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".DS_Store").write_bytes(b"\x00")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]")
    (folder / "README.md").write_text("# About these articles\n\nNot news.\n")
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[-3:] == [
        f"{GOOD + 1} added",
        "4 skipped: 2 .pdf, 1 .docx, 1 .jpg (personae reads .txt, .md and .html; PDF and DOCX"
        " are not read yet: save them as .txt or .html)",
        "3 left out: 2 hidden, 1 paperwork (README, LICENSE and the like); name a file on the"
        " command line to take it",
    ]
    # Named on the command line, a PDF is that file's failure, with what to do.
    assert main(["--db", str(db), "ingest", str(folder / "report.pdf")]) == 1
    assert _refusals(capsys.readouterr().err) == [
        f"personae: cannot ingest {folder / 'report.pdf'}: is a PDF file; PDF is not read yet:"
        " save it as .txt or .html"
    ]


def test_a_pipe_among_the_articles_is_skipped_and_named_is_refused_never_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening a FIFO for reading would wait for a writer forever: it is never opened."""
    folder = _folder(tmp_path, "extra.txt", "Extra\n\nChina met Japan.\n")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 0, err
    assert out.strip().splitlines()[-2:] == [
        f"{GOOD + 1} added",
        "2 skipped: 1 broken link, 1 special file (personae reads .txt, .md and .html)",
    ]
    assert main(["--db", str(db), "ingest", str(folder / "pipe.txt")]) == 1
    assert _refusals(capsys.readouterr().err) == [
        f"personae: cannot ingest {folder / 'pipe.txt'}: is not a regular file (a pipe, device"
        " or socket)"
    ]


def test_a_ctrl_c_during_a_commit_waits_until_its_articles_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The narrowest moment: the store has just taken the group when Ctrl+C comes."""
    folder = _folder(tmp_path, "last.txt", "Last\n\nChina met Japan.\n")
    store = Store.open_or_create(tmp_path / "personae.json")
    put_many = store.put_many

    def put_then_interrupted(batch: object) -> None:
        put_many(batch)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # on disk, not yet counted

    monkeypatch.setattr(store, "put_many", put_then_interrupted)
    results: list[FileResult] = []
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [folder], results=results)
    added = [r for r in results if r.status == "added"]
    stored = Store.open(tmp_path / "personae.json").snapshot().articles
    assert added and len(stored) == len(added) + 1  # every one on disk is counted (+ bundled)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


def test_ctrl_c_inside_a_print_still_ends_with_what_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C can land inside Rich's print, after it has entered its buffer and before it
    leaves it: from then on that console prints nothing, and the summary would be lost."""
    folder = _folder(tmp_path, "late.txt", "Late\n\nChina met Japan.\n")
    monkeypatch.setattr(batch, "COMMIT_EVERY", 2)
    monkeypatch.setattr(batch, "COMMIT_SECONDS", 10_000.0)
    armed = False
    enter_buffer = Console._enter_buffer

    def interrupted_enter(console: Console) -> None:
        nonlocal armed
        enter_buffer(console)  # entered, and never left: the interrupt comes before the print
        if armed:
            armed = False
            raise KeyboardInterrupt

    def extract(raw: RawArticle, article_id: str, **kwargs: object) -> Extraction:
        nonlocal armed
        if raw.title == "Report 07":  # a print from here on is where Ctrl+C lands
            armed = True
        if raw.title == "Report 09":  # ... or here, if nothing was printed meanwhile
            armed = False
            raise KeyboardInterrupt
        return real(raw, article_id, **kwargs)

    real = batch.extract
    monkeypatch.setattr(Console, "_enter_buffer", interrupted_enter)
    monkeypatch.setattr(batch, "extract", extract)
    for n in range(GOOD):
        path = folder / f"good{n:02d}.txt"
        path.write_text(path.read_text().replace(f"Report {n}\n", f"Report {n:02d}\n"))
    code, out, err, db = _ingest(tmp_path, folder, capsys)
    assert code == 130
    last = err.strip().splitlines()[-1]
    assert re.fullmatch(r"personae: interrupted: (\d+) added and kept in the store; .*", last), last
    added = int(last.split()[2])
    assert out.strip().splitlines()[-1] == f"{added} added"
    assert len(_stored_titles(db)) == added


def test_ctrl_c_right_after_a_stored_line_is_written_leaves_the_summary_a_line_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C arriving just after a "stored" line reached stderr, before anything else: the
    line is whole (its newline written with it) and the summary starts a line of its own."""
    folder = _folder(tmp_path, "late.txt", "Late\n\nChina met Japan.\n")
    monkeypatch.setattr(batch, "COMMIT_EVERY", 2)
    monkeypatch.setattr(batch, "COMMIT_SECONDS", 10_000.0)
    real_stderr = sys.stderr
    interrupted = False

    class InterruptAfterWrite:
        """stderr, where the third "stored" write is followed by Ctrl+C."""

        stored = 0

        def write(self, text: str) -> int:
            nonlocal interrupted
            written = real_stderr.write(text)
            if text.startswith("stored "):
                self.stored += 1
                if self.stored == 3 and not interrupted:
                    interrupted = True
                    raise KeyboardInterrupt
            return written

        def __getattr__(self, name: str) -> object:
            return getattr(real_stderr, name)

    monkeypatch.setattr(sys, "stderr", InterruptAfterWrite())
    code, _, err, db = _ingest(tmp_path, folder, capsys)
    assert interrupted and code == 130
    lines = err.strip().splitlines()
    assert all(re.fullmatch(r"stored \S+ \S+", line) for line in lines[:-1]), lines
    assert lines[-1].startswith("personae: interrupted: "), lines[-1]
    assert len(_stored_titles(db)) == int(lines[-1].split()[2])
