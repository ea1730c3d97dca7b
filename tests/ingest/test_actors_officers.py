"""Leaders and officials belong to the state or body whose office the text names them with:
British spellings of offices, leaders past the lexicon's last date, an international body's
officers (not their nationality's state)."""

from __future__ import annotations

from relation_support import entities_in


def test_a_defence_minister_spelt_the_british_way_belongs_to_the_state() -> None:
    entities = entities_in(
        "Australian Defence Minister Richard Marles visited the base on Monday.", "2023-05-02"
    )
    assert entities["Richard Marles"].affiliation == "australia"


def test_any_ministers_office_after_a_demonym_names_the_state() -> None:
    entities = entities_in(
        "Nigerian Education Minister Tahir Mamman reopened the schools.", "2023-10-10"
    )
    assert entities["Tahir Mamman"].affiliation == "nigeria"


def test_a_leader_named_with_an_office_past_the_lexicons_dates_keeps_the_state() -> None:
    entities = entities_in(
        "Former Secretary-General Kofi Annan will mediate between the parties.", "2012-02-23"
    )
    assert entities["Kofi Annan"].affiliation == "united-nations"


def test_a_leader_named_without_an_office_past_the_lexicons_dates_stays_unaffiliated() -> None:
    entities = entities_in("Kofi Annan will mediate between the parties.", "2012-02-23")
    assert entities["Kofi Annan"].affiliation is None


def test_a_titled_name_the_lexicon_holds_inside_a_longer_name_is_that_leader() -> None:
    entities = entities_in("President Lula met farmers in the north-east.", "2005-06-01")
    assert entities["Lula"].affiliation == "brazil"


def test_an_international_bodys_officer_belongs_to_the_body_not_to_a_nationality() -> None:
    entities = entities_in(
        "NATO Secretary General Jens Stoltenberg warned Russia on Tuesday. "
        "IMF Managing Director Kristalina Georgieva praised the reforms.",
        "2022-03-01",
    )
    assert entities["Jens Stoltenberg"].affiliation == "nato"
    assert entities["Kristalina Georgieva"].affiliation == "international-monetary-fund"
    assert "Norway" not in entities
    assert "Managing" not in entities


def test_a_bodys_office_in_lower_case_makes_its_holder_the_bodys() -> None:
    entities = entities_in(
        "EU foreign policy chief Josep Borrell met Taliban spokesman Zabihullah Mujahid "
        "in Doha. NATO member Turkey objected.",
        "2022-05-10",
    )
    assert entities["Josep Borrell"].affiliation == "european-union"
    assert entities["Zabihullah Mujahid"].affiliation == "taliban"
    assert entities["Turkey"].kind == "state"  # a member state is no officer


def test_a_spokesman_named_after_a_state_or_its_ministry_belongs_to_the_state() -> None:
    entities = entities_in(
        "Kremlin spokesman Dmitry Peskov dismissed the claim. China's foreign ministry "
        "spokesman Wang Wenbin said Beijing was not involved.",
        "2023-02-14",
    )
    assert entities["Dmitry Peskov"].affiliation == "russia"
    assert entities["Wang Wenbin"].affiliation == "china"


def test_a_spokesman_of_a_state_named_alone_is_an_office_of_the_state() -> None:
    entities = entities_in("A Kremlin spokesman dismissed the claim.", "2023-02-14")
    office = entities["Kremlin spokesman"]
    assert office.kind == "person" and office.affiliation == "russia"


def test_a_states_envoy_to_a_body_belongs_to_the_state() -> None:
    entities = entities_in(
        "China's UN envoy Zhang Jun objected. The British UN ambassador Barbara Woodward "
        "abstained.",
        "2023-06-20",
    )
    assert entities["Zhang Jun"].affiliation == "china"
    assert entities["Barbara Woodward"].affiliation == "united-kingdom"
