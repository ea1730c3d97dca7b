"""`personae eval`: the practice corpus is given, never looked for beside the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from personae.tui.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews-apple"


def test_a_folder_that_is_not_a_corpus_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERSONAE_CORPUS", raising=False)
    assert main(["eval", "--corpus", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"personae: {tmp_path} is not a practice corpus (it needs articles/ and gold/ "
        "folders); give --corpus such a folder."
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="practice corpus not beside the repository")
def test_the_corpus_comes_from_the_environment_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONAE_CORPUS", str(CORPUS))
    assert main(["eval"]) == 0
    assert "corpus timelines (wikinews-apple, gold dates)" in capsys.readouterr().out
