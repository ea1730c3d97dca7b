"""A ban on one's own companies dealing with someone ("banned American companies from
selling parts to China's ZTE Corp") is aimed at that someone, not at the banner's own side;
a company named with its legal form ("ZTE Corp") is also known without it.  Sentences written
for these tests."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_ban_on_selling_to_a_company_is_aimed_at_the_company() -> None:
    found = typed_in(
        "The U.S. Commerce Department on Monday banned American companies from selling chips"
        " to China's Fujian Jinhua Corp for five years."
    )
    assert any(kind == "COERCE" and target == "Fujian Jinhua Corp" for _, kind, target in found)
    assert not any(target in ("China", "United States") for _, _, target in found)


def test_a_ban_on_doing_business_with_a_company_is_aimed_at_the_company() -> None:
    found = typed_in("Washington barred U.S. firms from doing business with Huawei on Wednesday.")
    assert ("United States", "COERCE", "Huawei") in found


def test_a_ban_on_one_s_own_people_alone_relates_no_one() -> None:
    found = typed_in("Washington barred U.S. firms from hiring foreign lobbyists on Wednesday.")
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_a_company_is_known_without_its_legal_form() -> None:
    entities = entities_in("Contoso Ltd said on Monday it would buy Northwind Energy.", None)
    assert "Contoso" in entities["Contoso Ltd"].names
    assert entities["Northwind Energy"].names == ("Northwind Energy",)


def test_a_legal_form_after_a_place_leaves_no_place_for_a_name() -> None:
    entities = entities_in("Shares of Singapore Ltd fell on Monday.", None)
    assert not any("Singapore" in e.names and e.kind == "company" for e in entities.values())
