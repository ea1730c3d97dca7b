"""Segmentation: abbreviations and initials never end a sentence."""

from __future__ import annotations

from personae.store.text import clean_text, passages_of, sentences_of


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences_of(text)]


def test_abbreviations_do_not_split() -> None:
    text = (
        "The U.S. envoy met Dr. Rahimi on Jan. 5 at No. 10 Downing Street. "
        "Gen. Petraeus and Apple Inc. were not there. It rained!"
    )
    assert _sentences(text) == [
        "The U.S. envoy met Dr. Rahimi on Jan. 5 at No. 10 Downing Street.",
        "Gen. Petraeus and Apple Inc. were not there.",
        "It rained!",
    ]


def test_quotes_initials_and_decimals() -> None:
    text = '"We are done." J. R. Smith said prices rose 3.5 percent. Fine.'
    assert _sentences(text) == [
        '"We are done."',
        "J. R. Smith said prices rose 3.5 percent.",
        "Fine.",
    ]


def test_passages_split_on_blank_lines_only() -> None:
    text = clean_text("First line\nsame passage.\n\n\n\nSecond passage.")
    spans = passages_of(text)
    assert [text[s.start : s.end] for s in spans] == [
        "First line\nsame passage.",
        "Second passage.",
    ]
