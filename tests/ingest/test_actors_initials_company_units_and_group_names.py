"""One actor per body however an article names it: by its initials when its name holds "and"
or "the", a known company by its name with a unit's word ("Samsung Electronics"), and a
group by its own name inside its fighters' ("Seleka insurgents" are the Seleka)."""

from __future__ import annotations

from relation_support import entities_in


def test_initials_leave_out_and_and_the() -> None:
    found = entities_in(
        "Police in Accra detained leaders of the Alliance for Change and Justice on Friday."
        " The ACJ said its offices were searched.",
        "2021-05-07",
    )
    assert "ACJ" not in found
    assert "ACJ" in found["Alliance for Change and Justice"].names


def test_initials_of_a_name_with_the_inside() -> None:
    found = entities_in(
        "Troops clashed with the Front for the Liberation of the Eastern Hills on Sunday."
        " The FLEH said its men withdrew after dark.",
        "2021-05-09",
    )
    assert [name for name in found if "FLEH" in found[name].names] == [
        "Front for the Liberation of the Eastern Hills"
    ]


def test_a_known_company_with_its_units_word_is_the_company() -> None:
    found = entities_in(
        "Samsung Electronics sued a Chinese rival on Friday. Samsung said the phones copied"
        " its designs.",
        "2021-05-07",
    )
    assert [name for name in found if name.startswith("Samsung")] == ["Samsung"]
    assert "Samsung Electronics" in found["Samsung"].names


def test_a_known_company_before_another_companys_word_keeps_its_own() -> None:
    found = entities_in("Apple Records sued Apple over its logo on Monday.", "2021-05-03")
    assert "Apple Records" in found


def test_a_group_named_by_its_fighters_is_known_by_its_own_name() -> None:
    found = entities_in("Seleka insurgents seized the town of Sibut on Monday.", "2013-03-18")
    assert "Seleka" in found["Seleka insurgents"].names


def test_a_creeds_fighters_are_known_by_the_creeds_followers() -> None:
    found = entities_in("Maoist rebels attacked a police post in Dantewada.", "2010-04-06")
    assert "Maoists" in found["Maoist rebels"].names


def test_a_peoples_or_a_places_fighters_take_no_short_name() -> None:
    found = entities_in(
        "Chechen rebels and Shiite militias fought on. The Sinaloa cartel and Medellin"
        " gangs were blamed.",
        "2005-01-04",
    )
    for entity in found.values():
        assert not {"Chechen", "Shiite", "Medellin"} & set(entity.names), entity


def test_initials_of_a_companys_legal_name_are_the_company() -> None:
    found = entities_in(
        "Vietnam Shipbuilding Industry Co said on Monday it had won a $2 billion order."
        " VSIC chief executive Tran Van Minh said the ships would be built in Haiphong.",
        "2025-03-03",
    )
    assert "VSIC" not in found
    [company] = [e for e in found.values() if "Shipbuilding" in e.name]
    assert company.name.startswith("Vietnam Shipbuilding Industry")
    assert "VSIC" in company.names


def test_initials_of_a_known_companys_name_with_its_legal_form() -> None:
    found = entities_in(
        "Taiwan Semiconductor Manufacturing Co said on Monday it would build a plant in Ohio."
        " TSMC shares rose 3%.",
        "2025-03-03",
    )
    assert "TSMC" not in found
    assert [e.name for e in found.values() if "TSMC" in e.names] == [
        "Taiwan Semiconductor Manufacturing"
    ]
