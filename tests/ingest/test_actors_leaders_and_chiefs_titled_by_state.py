"""A state's leader titled in apposition ("Mali's interim leader, Colonel Sidiki Dembele,")
serves that state, as one titled without the comma does, and so does the chief of a state's
office ("Egypt's intelligence chief Abbas Kamel"); an international body's commissioner or
envoy serves the body ("EU Trade Commissioner"). Sentences written for these tests."""

from __future__ import annotations

from relation_support import entities_in


def test_a_leader_titled_in_apposition_serves_the_state() -> None:
    found = entities_in(
        "France criticised Mali's interim leader, Colonel Sidiki Dembele, on Friday.",
        "2021-09-10",
    )
    assert found["Sidiki Dembele"].affiliation == "mali"


def test_a_new_leader_titled_in_apposition_serves_the_state() -> None:
    found = entities_in(
        "Burkina Faso's new military leader, Captain Ibrahim Traore, accused France on Saturday.",
        "2022-10-01",
    )
    assert found["Ibrahim Traore"].affiliation == "burkina-faso"


def test_a_state_s_ally_named_in_apposition_serves_no_one_by_it() -> None:
    found = entities_in(
        "Iran's main ally, President Bashar al-Assad, spoke on Friday.", "2015-01-02"
    )
    assert found["Bashar al-Assad"].affiliation != "iran"


def test_a_state_s_office_chief_serves_the_state() -> None:
    found = entities_in(
        "Egypt's intelligence chief Abbas Kamel met Hamas leaders on Friday, and Kenya's police"
        " chief Japhet Koome banned the rally.",
        "2022-11-23",
    )
    assert found["Abbas Kamel"].affiliation == "egypt"
    assert found["Japhet Koome"].affiliation == "kenya"


def test_an_international_body_s_commissioner_serves_the_body() -> None:
    found = entities_in(
        "EU Trade Commissioner Anna Berg threatened duties on American steel on Monday.",
        "2018-03-05",
    )
    assert found["Anna Berg"].affiliation == "european-union"


def test_a_company_s_name_before_a_person_is_no_body_office() -> None:
    found = entities_in("Boeing engineer Anna Berg testified on Monday.", "2018-03-05")
    assert found["Anna Berg"].affiliation is None
