"""What the command line says when it is given something it cannot use.

A mistyped option or command is named as typed, with the closest real one.
"""

from __future__ import annotations

import pytest

from tui.cli import build_parser, main


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
