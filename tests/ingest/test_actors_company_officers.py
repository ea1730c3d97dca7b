"""A person named as a company's officer ("Nvidia chief executive Jensen Huang", "Apple CEO
Tim Cook", "Hermann Hauser, a co-founder of Arm") belongs to that company, as an officer of
a state belongs to the state: no relation of theirs with their own firm.  Sentences written
for these tests, in the shapes of business news."""

from __future__ import annotations

import pytest
from relation_support import entities_in, stored_in


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        (
            "Nvidia chief executive Jensen Huang said Arm would stay in Cambridge.",
            "Jensen Huang",
            "nvidia",
        ),
        ("Apple CEO Tim Cook met President Xi Jinping in Beijing.", "Tim Cook", "apple"),
        (
            "Hermann Hauser, a co-founder of Arm, called the sale a disaster.",
            "Hermann Hauser",
            "arm",
        ),
        ("Toyota's chairman Akio Toyoda apologised to Japan on Monday.", "Akio Toyoda", "toyota"),
    ],
)
def test_an_officer_belongs_to_the_company(text: str, person: str, company: str) -> None:
    found = entities_in(text, "2020-09-13")
    assert found[person].kind == "person"
    assert found[person].affiliation == company


def test_an_officer_is_no_party_to_an_act_on_their_own_company() -> None:
    found = stored_in("Apple chief executive Steve Jobs unveiled Apple's new iPod.", "2005-09-07")
    assert not {t for t in found if {t[0], t[2]} == {"Steve Jobs", "Apple"}}, found


def test_guard_a_person_beside_another_company_is_not_its_officer() -> None:
    found = entities_in("Microsoft hired Bram Hollis from Contoso on Monday.", "2020-09-13")
    assert found["Bram Hollis"].affiliation is None


def test_a_firm_named_before_its_boss_is_a_company_and_the_boss_its_officer() -> None:
    found = entities_in("On Monday, Tesla boss Elon Musk criticised Germany.", "2020-09-13")
    assert found["Tesla"].kind == "company"
    assert found["Elon Musk"].kind == "person"
    assert found["Elon Musk"].affiliation == "tesla"


def test_guard_a_name_after_a_ceo_is_no_company() -> None:
    found = entities_in("Apple CEO Tim Cook met President Xi Jinping in Beijing.", "2020-09-13")
    assert found["Tim Cook"].kind == "person"


def test_a_name_whose_chief_executive_is_named_is_a_company() -> None:
    text = "BERLIN (Reuters) - Tesla chief executive Elon Musk visited the Gruenheide plant."
    found = entities_in(text, "2024-03-13")
    assert found["Tesla"].kind == "company"
    assert found["Elon Musk"].affiliation == "tesla"
