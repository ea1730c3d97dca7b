"""A portfolio before a minister's title ("Mining Minister X") is part of the office, not a
name of its own: it names no actor."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _names(text: str) -> set[str]:
    return {e.name for e in extract(RawArticle("", text, date="2024-02-13"), "a").entities}


def test_a_portfolio_opening_a_sentence_before_a_title_is_no_actor() -> None:
    names = _names("The port reopened on Monday, Economy Minister Tovar Quell said.")
    assert "Economy" not in names
    assert "Tovar Quell" in names


def test_an_employer_before_a_title_is_still_an_actor() -> None:
    names = _names("The plant closed on Monday, Quellco President Tovar Quell said.")
    assert "Quellco" in names
