"""Well-known companies are companies wherever an article names them, even opening a
sentence or in a list with no word saying what they are: the hand-kept gazetteer knows
them (assets/gazetteer-supplement.json), as it knows states.  Goods named by where they are
made ("made in China") name their maker, whom a tariff on them is aimed at."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_carmakers_listed_are_companies() -> None:
    found = entities_in(
        "Germany voted against the tariffs. Volkswagen, BMW and Mercedes-Benz warned of a"
        " trade war.",
        "2024-10-29",
    )
    for name in ("Volkswagen", "BMW", "Mercedes-Benz"):
        assert found[name].kind == "company", name


def test_a_company_opening_a_sentence_is_found() -> None:
    found = entities_in(
        "Tesla, which exports cars from Shanghai, will face a lower rate.", "2024-10-29"
    )
    assert found["Tesla"].kind == "company"


def test_a_company_known_by_its_initials_keeps_them_as_its_name() -> None:
    found = entities_in(
        "The European Commission fined Intel for paying makers to shun AMD.", "2009-05-13"
    )
    assert found["AMD"].kind == "company"
    assert "Advanced Micro Devices" in found["AMD"].names


def test_goods_made_in_a_state_make_it_the_target_of_a_tariff() -> None:
    found = stored_in(
        "The European Union imposed tariffs of up to 35% on electric vehicles made in China.",
        "2024-10-29",
    )
    assert ("European Union", "COERCE", "China") in found
