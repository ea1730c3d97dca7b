"""What the command line says when it is given something it cannot use.

A mistyped option or command is named as typed, with the closest real one; an article
asked for by a name that fits several says which; and nothing read from a store (a shared
or hand-edited file) reaches the terminal as a control sequence.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Span
from personae.tui.cli import main
from personae.tui.parser import build_parser


def _mistake(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one line a mistake prints; the exit status is 2, as for any usage mistake."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    return err.strip()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--selct", "Iran"], "unknown option --selct; did you mean --select?"),
        (["--selct=Iran"], "unknown option --selct; did you mean --select?"),
        (["--db", "s.json", "--artcle", "x"], "unknown option --artcle; did you mean --article?"),
        (["--select", "Iran", "--verison"], "unknown option --verison; did you mean --version?"),
        (["--frobnicate"], "unknown option --frobnicate (see personae --help)"),
        (["ingset", "notes"], "unknown command ingset; did you mean ingest?"),
        (["lst"], "unknown command lst; did you mean list?"),
        (["List"], "unknown command List; did you mean list?"),
        (["Iran"], "unknown command Iran (see personae --help)"),
    ],
)
def test_a_mistyped_word_is_named_with_the_closest_real_one(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _mistake(argv, capsys)
    assert line.startswith("personae: ")
    assert said in line
    assert line.endswith("(see personae --help)")
    assert "invalid choice" not in line


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["export", "--frmat", "json"], "unknown option --frmat; did you mean --format?"),
        (["export", "--db", "s.json", "--outptu", "x"], "did you mean --output?"),
        (["export", "-O", "x.json"], "unknown option -O; did you mean -o?"),
        (["ingest", "--dry-rn", "notes"], "unknown option --dry-rn; did you mean --dry-run?"),
        (["ingest", "notes", "--select", "Iran"], "unknown option --select (see personae ingest"),
        (["list", "--artcle", "x"], "unknown option --artcle (see personae list --help)"),
    ],
)
def test_an_unknown_option_after_a_command_is_named_from_that_command(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _mistake(argv, capsys)
    assert said in line
    assert line.endswith(f"(see personae {argv[0]} --help)")


def test_other_usage_mistakes_keep_their_own_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert "invalid choice: 'xml'" in _mistake(["export", "--format", "xml"], capsys)
    assert "expected one argument" in _mistake(["--select"], capsys)


def test_the_usage_line_does_not_ask_for_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    usage = " ".join(build_parser().format_usage().split())
    assert "[COMMAND]" in usage
    assert " COMMAND ..." not in usage
    assert "[--select NAME]" in usage


# -- articles found by part of a title or by file name ---------------------------------


def _article(article_id: str, title: str, path: str | None, date: str = "2024-05-01") -> Article:
    text = f"{title}\n\nApple met Microsoft in Cupertino."
    whole = (Span(0, len(text)),)
    return Article(article_id, title, text, whole, whole, date=date, path=path)


def _store_with(tmp_path: Path, *articles: Article) -> Path:
    """A store holding the bundled article and these, as written (no ingest cleaning)."""
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    for article in articles:
        store.put(ArticleRecords(article, (), (), (), ()))
    store.close()
    return path


@pytest.fixture
def trademark_store(tmp_path: Path) -> Path:
    return _store_with(
        tmp_path,
        _article("apple-trademark", "Apple wins trademark case", "/news/Apple-v-Apple.md"),
        _article("trademark-appeal", "Trademark appeal lodged", "/news/appeal.txt"),
        _article("ipad-name", "The iPad name", "/news/ipad.html"),
    )


@pytest.mark.parametrize("command", [[], ["export"]])
def test_an_article_name_that_fits_several_lists_them(
    trademark_store: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(trademark_store), *command, "--article", "trademark"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "personae: 'trademark' fits 2 articles: trademark-appeal (Trademark appeal lodged), "
        "apple-trademark (Apple wins trademark case); give its id or more of its title."
    ]


def test_many_matches_are_cut_to_a_few(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _store_with(
        tmp_path,
        *(_article(f"vote-{n}", f"Vote count {n}", None, f"2024-05-0{n}") for n in range(1, 7)),
    )
    assert main(["--db", str(db), "export", "--article", "vote"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("personae: 'vote' fits 6 articles: vote-6 (Vote count 6), ")
    assert "vote-4 (Vote count 4) and 3 more; give its id" in err
    assert "vote-3" not in err


@pytest.mark.parametrize(
    "name", ["Apple-v-Apple.md", "apple-v-apple", "APPLE-V-APPLE.MD", "/news/Apple-v-Apple.md"]
)
def test_an_article_is_found_by_its_file_name(
    trademark_store: Path, name: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(trademark_store), "export", "--article", name]) == 0
    data = orjson.loads(capsysbinary.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["apple-trademark"]


def test_the_explorer_finds_an_article_by_its_file_name(
    trademark_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Found: the next thing it needs is a terminal, which a test does not have.
    assert main(["--db", str(trademark_store), "--article", "apple-v-apple"]) == 1
    assert "needs a terminal" in capsys.readouterr().err


def test_an_exact_title_wins_over_titles_that_contain_it(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    db = _store_with(
        tmp_path,
        _article("short", "Trade talks", None),
        _article("long", "Trade talks resume", None),
    )
    assert main(["--db", str(db), "export", "--article", "trade TALKS"]) == 0
    data = orjson.loads(capsysbinary.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["short"]


# -- store text is never a terminal control ----------------------------------------------

HOSTILE_TITLES = {
    "osc52": "Clipboard \x1b]52;c;cm0gLXJmIH4K\x07 grab",
    "clear": "Screen \x1b[2J\x1b[H wipe",
    "bidi": "Bidi \u202egnirts\u202c flip",
    "c1": "Eight bit \x9b31m csi \x9d0;title\x9c end",
}
FORBIDDEN = [b"\x1b", b"\x07", "\u202e".encode(), "\u202c".encode(), b"\xc2\x9b", b"\xc2\x9d"]


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    return _store_with(
        tmp_path,
        *(
            _article(f"{key}\x1b[31m", title, None, date="2024\x1b]0;t\x07-01-01")
            for key, title in HOSTILE_TITLES.items()
        ),
    )


def test_list_prints_hostile_store_text_inert(
    hostile_store: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(hostile_store), "list"]) == 0
    out = capsysbinary.readouterr().out
    assert [bad for bad in FORBIDDEN if bad in out] == []
    shown = out.decode()
    for words in ("Clipboard grab", "Screen wipe", "Bidi gnirts flip", "Eight bit csi end"):
        assert words in shown
    assert "2024-01-01" in shown and "osc52" in shown


@pytest.mark.parametrize("command", [[], ["export"]])
def test_messages_naming_articles_print_hostile_titles_inert(
    hostile_store: Path, command: list[str], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(hostile_store), *command, "--article", " "]) == 1
    assert main(["--db", str(hostile_store), *command, "--article", "ip"]) == 1
    err = capsysbinary.readouterr().err
    assert [bad for bad in FORBIDDEN if bad in err] == []
    shown = err.decode()
    assert "Clipboard grab" in shown and "Bidi gnirts flip" in shown and "(Screen wipe)" in shown


def test_an_article_is_found_by_its_title_as_list_shows_it(
    hostile_store: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(hostile_store), "export", "--article", "screen wipe"]) == 0
    data = orjson.loads(capsysbinary.readouterr().out)
    assert [a["title"] for a in data["articles"]] == [HOSTILE_TITLES["clear"]]


def test_the_readme_shows_the_options_as_the_usage_line_does() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("```")[1]
    parser = build_parser()
    lines = [line.split("  ")[0].split() for line in section.splitlines() if line]
    for words in lines:
        command = parser.commands.get(words[1]) if len(words) > 1 else None
        usage = " ".join((command or parser).format_usage().split())
        for at, word in enumerate(words):
            if word.lstrip("[").startswith("--") and at + 1 < len(words):
                option, value = word.lstrip("["), words[at + 1].rstrip("]")
                if value.isupper():  # an option with its value, as the usage line shows it
                    assert f"{option} {value}" in usage, (words, usage)


def test_an_export_to_the_terminal_holds_no_control_yet_reads_back_the_same(
    hostile_store: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["--db", str(hostile_store), "export"]) == 0
    out = capsysbinary.readouterr().out
    assert [bad for bad in FORBIDDEN if bad in out] == []
    titles = {a["title"] for a in orjson.loads(out)["articles"]}
    assert set(HOSTILE_TITLES.values()) <= titles  # escaped in JSON, not altered
