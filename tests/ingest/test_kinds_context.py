"""A name's kind comes from words that describe it, not from words about its neighbours:
a company word next to another name is that name's, and a role in apposition makes a
person of a name whose given name no list holds."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(RawArticle("", text), "a").entities}


def test_a_band_beside_its_record_company_is_no_company() -> None:
    kinds = _kinds(
        "Fabrikam settled its long dispute with the Pogues' record company, Ravenswood "
        'Records. "We admire the Pogues," Fabrikam said.'
    )
    assert kinds.get("Pogues", "other") == "other"


def test_a_protocol_licensed_from_a_rival_is_no_company() -> None:
    kinds = _kinds(
        "The firmware adds support for FastLink, which Fabrikam has licensed from rival "
        "Northwind, and for SecureMesh encryption."
    )
    assert kinds.get("FastLink", "other") == "other"
    assert kinds.get("Northwind") == "company"


def test_brand_new_names_no_brand() -> None:
    kinds = _kinds(
        "Beside the Zune Classic, Mini and Loop, they showed the brand new Zune Touch, a "
        "player with a wider screen."
    )
    assert kinds.get("Loop", "other") == "other"


def test_a_company_word_before_or_after_the_name_still_makes_it_a_company() -> None:
    kinds = _kinds(
        "Investors sold shares of Tailspin on Friday after rival Wingtip cut its prices. "
        "Tailspin's customers had complained."
    )
    assert kinds["Tailspin"] == "company"
    assert kinds["Wingtip"] == "company"


def test_a_role_before_the_name_makes_a_person() -> None:
    kinds = _kinds("Fabrikam senior vice president Bram Hollis showed the tablet on Monday.")
    assert kinds["Bram Hollis"] == "person"


def test_a_role_in_apposition_after_the_name_makes_a_person() -> None:
    kinds = _kinds(
        "Joost Verhagen, chairman of Northwind and a member of its board, backed the merger."
    )
    assert kinds["Joost Verhagen"] == "person"
    kinds = _kinds("Bram Hollis, Fabrikam's head of design, showed the tablet.")
    assert kinds["Bram Hollis"] == "person"


def test_a_role_opening_the_apposition_before_the_name_makes_a_person() -> None:
    kinds = _kinds(
        "Fabrikam's worldwide vice-president of sales for the tablet, Bram Hollis, said "
        "stocks would last."
    )
    assert kinds["Bram Hollis"] == "person"


def test_the_speaker_after_said_is_a_person() -> None:
    kinds = _kinds('"The tablet ships in May," said Bram Hollis.')
    assert kinds["Bram Hollis"] == "person"


def test_an_honorific_before_the_surname_makes_the_full_name_a_person() -> None:
    kinds = _kinds("Joost Verhagen left the board. Mr. Verhagen gave no reason.")
    assert kinds["Joost Verhagen"] == "person"


def test_a_pronoun_alone_makes_no_person() -> None:
    kinds = _kinds("Joost Verhagen arrived on Monday. He left on Tuesday.")
    assert kinds.get("Joost Verhagen", "other") == "other"


def test_what_a_company_owns_is_no_company() -> None:
    kinds = _kinds("Analysts praised the company's Corvid Max. Corvid Max sold well in May.")
    assert kinds.get("Corvid Max", "other") == "other"


def test_a_name_announced_and_shipped_is_a_product_not_a_company() -> None:
    kinds = _kinds(
        "Orbit Max was unveiled in March, the company said. Orbit Max, priced at $300, "
        "ships in July."
    )
    assert kinds.get("Orbit Max", "other") == "other"
