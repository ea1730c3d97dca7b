"""A name right after an occupation ending in -ist or -ian ("venture capitalist Emad
Shargi", "environmentalist Morad Tahbaz") or after a company's regional "head" or a "fellow"
in apposition is a person's, as is a company's name opening a name after a role ("Chief
executive Graham Whitlock"), and a "Ministry of Intelligence" is one ministry of its state,
not a ministry and an "Intelligence"."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_names_after_an_occupation_are_people() -> None:
    found = entities_in(
        "The prisoners included economist Ahmadreza Djalali and environmentalist Niloufar Bayani.",
        "2023-09-18",
    )
    assert found["Niloufar Bayani"].kind == "person"


def test_a_ministry_of_intelligence_is_one_ministry() -> None:
    found = entities_in(
        "Washington imposed sanctions on Iran's Ministry of Intelligence on Monday.",
        "2023-09-18",
    )
    assert found["Iran's Ministry of Intelligence"].affiliation == "iran"
    assert "Intelligence" not in found


def test_a_regional_head_or_a_fellow_in_apposition_is_a_person() -> None:
    entities = entities_in(
        "Nordhavn's Latin America head, Søren Vestergaard, said the ceiling was arbitrary, and "
        "Collin Tan, a senior fellow at Singapore's ISEAS-Yusof Ishak Institute, agreed.",
        "2026-02-26",
    )
    assert entities["Søren Vestergaard"].kind == "person"
    assert entities["Collin Tan"].kind == "person"
    found = typed_in("Nordhavn's Asia head, John Smith, said the decision was wrong.")
    assert not any(kind == "COOPERATE" for _, kind, _ in found)  # a title, no leading


def test_a_companys_name_after_a_role_and_before_a_surname_is_a_given_name() -> None:
    entities = entities_in(
        "Aral Peak disputed the findings. Chief executive Graham Whitlock said the suspension "
        "was unlawful.",
        "2026-10-08",
    )
    assert entities["Graham Whitlock"].kind == "person"
    assert "Graham" not in entities  # no Graham Corporation
