"""A minister of a portfolio that also ends companies' names ("Oil", "Energy", "Petroleum")
is the state's minister: "Iraqi Oil Minister X" names Iraq and its minister, no company
"Iraqi Oil", and the minister serves Iraq, not the next state the sentence names."""

from __future__ import annotations

from relation_support import entities_in


def test_an_oil_minister_serves_the_state_his_title_names() -> None:
    found = entities_in(
        "Iraqi Oil Minister Ihsan Abdul Jabbar met his Kuwaiti counterpart in Moscow.", "2022-03-01"
    )
    assert "Iraqi Oil" not in found
    assert found["Ihsan Abdul Jabbar"].affiliation == "iraq"


def test_an_energy_minister_is_no_company() -> None:
    found = entities_in(
        "Ghanaian Energy Minister Matthew Prempeh toured a power plant in Togo.", "2022-03-01"
    )
    assert not any(e.kind == "company" for e in found.values())
    assert found["Matthew Prempeh"].affiliation == "ghana"


def test_a_state_owned_oil_company_keeps_its_name() -> None:
    found = entities_in("Indian Oil bought two cargoes of Russian crude.", "2022-03-01")
    assert found["Indian Oil"].kind == "company"
