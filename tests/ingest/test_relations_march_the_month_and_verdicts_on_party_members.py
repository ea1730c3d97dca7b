"""The month March is no march: a dateline's "March 4" tells no protest by the people the
police arrest. A court that finds a party's member guilty, however long the name of the
member and his party, charges him ("found X of the Y party guilty"), and a sentence passed
after a long list of charges still reaches him ("... against the state and sentenced her")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_dateline_in_march_tells_no_protest() -> None:
    found = stored_in(
        "LUSAKA, March 4 (Reuters) - Zambian police arrested opposition leader Hakainde"
        " Hichilema and ten members of his United Party for National Development on Sunday.",
        "2017-03-04",
    )
    assert not any(kind == "PROTEST" for _, kind, _ in found)
    assert ("Zambian police", "COERCE", "Hakainde Hichilema") in found


def test_a_march_that_police_break_up_is_still_a_protest() -> None:
    found = stored_in(
        "Zambian police arrested opposition leader Hakainde Hichilema and ten members of his"
        " United Party for National Development during a march in Lusaka on Sunday.",
        "2017-03-04",
    )
    assert any(kind == "PROTEST" for _, kind, _ in found)


def test_a_member_of_a_party_named_with_lower_case_party_is_the_partys() -> None:
    found = entities_in(
        "Police in Bissau detained opposition leader Domingos Simoes Pereira of the PAIGC party"
        " on Friday.",
        "2023-12-01",
    )
    assert found["Domingos Simoes Pereira"].affiliation == "paigc"


def test_found_guilty_with_a_long_name_between() -> None:
    found = stored_in(
        "A Cambodian court found opposition leader Kem Sokha of the CNRP party guilty of"
        " treason on Tuesday.",
        "2023-03-03",
    )
    assert ("Cambodian court", "ACCUSE", "Kem Sokha") in found


def test_a_sentence_passed_after_a_long_list_of_charges() -> None:
    found = stored_in(
        "A Cambodian court found Kem Sokha guilty of conspiring against the state with foreign"
        " powers and sentenced him to 27 years of house arrest.",
        "2023-03-03",
    )
    assert ("Cambodian court", "COERCE", "Kem Sokha") in found
