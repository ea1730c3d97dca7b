"""Who a person works for when an apposition says so ("X, Google's president of global
affairs", "X, a spokeswoman for China's Foreign Ministry", "X, the U.S. ambassador to
Y,"); people named by what they are ("Diplomats said") and a company's products ("its
Android operating system") are no actors or parties; a treaty's name is one name.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in, typed_in


def test_an_officer_named_by_the_companys_possessive_is_the_companys() -> None:
    found = entities_in(
        "Rachel Stone, Microsoft's vice-president for trade policy, told a hearing in Brussels "
        "that the European Commission had misread the market.",
        "2024-02-01",
    )
    assert found["Rachel Stone"].affiliation == "microsoft"


def test_an_officer_named_by_a_bodys_possessive_is_the_bodys() -> None:
    found = entities_in(
        "Pedro Alves, the World Bank's chief economist for Africa, said Nigeria would grow.",
        "2024-02-01",
    )
    assert found["Pedro Alves"].affiliation == "world-bank"


def test_a_spokeswoman_for_a_ministry_speaks_for_its_state() -> None:
    found = entities_in(
        "Liu Mei, a spokeswoman for China's Foreign Ministry, said Japan had provoked the "
        "incident.",
        "2024-02-01",
    )
    assert found["Liu Mei"].affiliation == "china"


def test_the_holder_named_before_a_states_office_in_apposition_is_the_states() -> None:
    found = entities_in(
        "Mark Dalton, the British ambassador to Kenya, met opposition leaders in Nairobi on "
        "Monday.",
        "2024-02-01",
    )
    assert found["Mark Dalton"].affiliation == "united-kingdom"
    assert "British ambassador" not in found  # the office is the person named with it


def test_an_office_and_its_holder_in_apposition_relate_to_no_one_as_two() -> None:
    found = typed_in(
        "Latvia's foreign minister, Edgars Rinkevics, said his country would coordinate its "
        "response with its EU partners."
    )
    assert not found, found


def test_guard_a_place_before_an_office_is_no_holder() -> None:
    found = entities_in("In New York, the U.S. ambassador said Iran was wrong.", "2024-02-01")
    assert found["New York"].kind == "place"
    assert found["New York"].affiliation == "united-states"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Diplomats said tensions within the army were likely to persist.", "Diplomats"),
        ("Regulators said the practice allowed Google to charge high fees.", "Regulators"),
        ("Witnesses said Sudanese troops fired on the crowd.", "Witnesses"),
    ],
)
def test_people_named_by_what_they_are_are_no_actors(text: str, word: str) -> None:
    assert word not in entities_in(text, "2024-02-01")


def test_guard_a_company_that_says_is_an_actor() -> None:
    assert "Boeing" in entities_in("Boeing said Airbus had cut its prices.", "2024-02-01")


def test_a_companys_products_are_no_parties() -> None:
    found = typed_in(
        "Brussels fined the company 4.34 billion euros in July 2018 over its Android mobile "
        "operating system and 1.49 billion in March 2019 over its AdSense advertising service."
    )
    assert not {t for t in found if "Android" in t or "AdSense" in t}, found


def test_a_product_in_apposition_to_its_own_is_no_party() -> None:
    found = typed_in(
        "The Commission said that Amazon had favoured its own ad exchange, Sizmek, over rival "
        "exchanges."
    )
    assert not {t for t in found if "Sizmek" in t}, found


def test_guard_a_states_adjective_after_its_is_still_a_party() -> None:
    assert ("Iran", "AID", "Russia") in typed_in("Iran supplied its Russian allies with drones.")


def test_a_treatys_title_words_are_no_officers() -> None:
    found = entities_in("Washington is bound to Manila by a Mutual Defense Treaty.", "2024-03-05")
    assert "Mutual Defense Treaty" in found
    assert "Treaty" not in found and "Mutual" not in found


def test_a_company_opening_a_sentence_before_its_officer_is_found() -> None:
    found = entities_in("Tesla boss Elon Musk criticised the German government.", "2024-02-01")
    assert found["Tesla"].kind == "company"
    assert found["Elon Musk"].affiliation == "tesla"


def test_people_of_a_company_are_no_word_of_its_name() -> None:
    found = entities_in("Critics of Tesla say the company ignored warnings.", "2024-02-01")
    assert set(found) == {"Tesla"}


def test_guard_a_body_named_friends_of_keeps_its_name() -> None:
    assert "Friends of the Earth" in entities_in("Friends of the Earth sued Shell.", "2021-05-26")
