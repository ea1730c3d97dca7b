"""A person's name stays a person beside a company word: business news names its people
next to their firms."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(RawArticle("", text), "a").entities}


def test_a_person_named_beside_one_company_word_is_a_person() -> None:
    kinds = _kinds(
        "Northwind said on Monday that Maria Lopez would run the company while its "
        "founder recovers. Lopez joined Northwind in 2004."
    )
    assert kinds["Maria Lopez"] == "person"


def test_a_firm_with_a_given_name_in_front_is_still_a_firm_among_market_words() -> None:
    kinds = _kinds(
        "Shares of Morgan Stanley rose 3 percent after the bank's results. "
        "Morgan Stanley shares led the market."
    )
    assert kinds["Morgan Stanley"] == "company"
