"""Read from the Americas: measures slapped or announced on another's goods or visitors are
coercion ("slapped duties on", "announced retaliatory tariffs on", "visa requirements on"),
not an assault; a palace named before its noun is a place; forces ordered "to his country's
frontier" are deployed; a cargo's origin and an invasion force not yet landed are no party
and no invasion; "and used his speech to denounce" is the sentence's subject's act; jets
named by their maker are no armed group, an exile group exiles no one and planes "flown by"
it give no aid; observers withdrawn reduce relations (CAMEO 1662); a cartel is named without
its trade and its boss is its; "suspected" before a counted group charges no one; a trade
commissioner makes no trade; visas required of officials coerce; a statement "signed" by a
name is no agreement."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_duties_slapped_on_goods_coerce_and_assault_no_one() -> None:
    text = (
        "WASHINGTON (Reuters) - The Trump administration slapped duties on Chinese solar panels "
        "and washing machines on Monday."
    )
    assert coded_in(text, "2018-01-22") == {("united states", "china", "COERCE")}


def test_visa_requirements_slapped_on_visitors_coerce_their_state() -> None:
    text = (
        "BRASILIA (Reuters) - Brazil slapped visa requirements on all American visitors on "
        "Thursday in retaliation for U.S. fingerprinting rules."
    )
    assert coded_in(text, "2004-01-01") == {("brazil", "united states", "COERCE")}


def test_tariffs_announced_are_the_announcers_own_measure() -> None:
    text = (
        "OTTAWA (Reuters) - Canada announced retaliatory tariffs on billions of dollars of "
        "American goods on Friday."
    )
    assert coded_in(text, "2018-06-29") == {("canada", "united states", "COERCE")}


def test_a_palace_named_before_its_noun_is_a_place() -> None:
    found = entities_in(
        "QUITO (Reuters) - Protesters rallied outside the Carondelet presidential palace on "
        "Monday.",
        "2019-10-07",
    )
    assert found["Carondelet"].kind == "place"


def test_brigades_ordered_to_a_frontier_are_deployed() -> None:
    text = (
        "MOSCOW (Reuters) - President Vladimir Putin ordered two army brigades to his country's "
        "border with Ukraine on Monday."
    )
    assert coded_in(text, "2014-03-03") == {("russia", "ukraine", "MOBILIZE")}


def test_where_a_cargo_came_from_is_not_what_was_struck() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. forces struck a vessel carrying cocaine from Colombia in the "
        "eastern Pacific on Monday, and Venezuela condemned the strike."
    )
    assert coded_in(text, "2025-10-20") == {("venezuela", "united states", "ACCUSE")}


def test_an_invasion_force_due_to_arrive_has_invaded_no_one() -> None:
    text = (
        "TEGUCIGALPA (Reuters) - Honduras's army chiefs agreed to hand over power on Sunday, hours "
        "before a U.S. invasion force was due to arrive."
    )
    assert coded_in(text, "1994-09-18") == {("honduras", "united states", "AGREE")}


def test_an_occasion_used_to_urge_is_the_hosts_act() -> None:
    text = (
        "SEOUL (Reuters) - President Moon Jae-in welcomed Japanese Prime Minister Shinzo Abe to "
        "Seoul on Friday and used their summit to urge Japan to lift its export curbs."
    )
    assert ("south korea", "japan", "REQUEST") in coded_in(text, "2018-02-09")


def test_jets_named_by_their_maker_are_their_states() -> None:
    found = entities_in(
        "HAVANA (Reuters) - Cuban MiG fighters shot down two planes flown by a Miami-based exile "
        "group on Saturday.",
        "1996-02-24",
    )
    assert "Cuban MiG fighters" not in found
    assert found["Cuba"].kind == "state"  # the jets' state, named by its adjective


def test_observers_withdrawn_reduce_relations() -> None:
    text = (
        "BRUSSELS (Reuters) - The European Union withdrew its election monitors from Mozambique "
        "on Friday."
    )
    assert coded_in(text, "1999-12-03") == {("european union", "mozambique", "SANCTION")}


def test_a_cartel_is_named_without_its_trade() -> None:
    text = (
        "BOGOTA (Reuters) - The Cali drug cartel declared a truce with the Colombian government "
        "on Monday."
    )
    assert coded_in(text, "1993-05-10") == {("cali cartel", "colombia", "RETREAT")}


def test_a_cartels_boss_in_apposition_is_the_cartels() -> None:
    text = (
        "MEXICO CITY (Reuters) - Mexican marines shot dead Arturo Beltran Leyva, the fugitive "
        "boss of the Beltran Leyva cartel, on Wednesday."
    )
    assert coded_in(text, "2009-12-16") == {("mexico", "beltran leyva cartel", "ASSAULT")}


def test_suspected_before_a_counted_group_is_no_charge() -> None:
    text = (
        "ISLAMABAD (Reuters) - Pakistani police arrested more than 100 suspected Taliban "
        "sympathizers in raids on Friday."
    )
    assert coded_in(text, "2009-05-08") == {("pakistan", "taliban", "COERCE")}


def test_a_trade_commissioner_makes_no_trade() -> None:
    text = (
        "MONTREAL (Reuters) - Police arrested 40 suspected FLQ members on Monday, after the "
        "separatists kidnapped British trade commissioner James Cross."
    )
    assert coded_in(text, "1970-10-16") == {("canada", "flq", "COERCE")}


def test_visas_required_of_anothers_officials_coerce_their_state() -> None:
    text = "SEOUL (Reuters) - South Korea began requiring visas from Japanese officials on Monday."
    assert coded_in(text, "2019-08-05") == {("south korea", "japan", "COERCE")}


def test_a_statement_signed_by_a_name_is_no_agreement_and_quoted_war_is_war() -> None:
    text = (
        "BOGOTA (Reuters) - The Cali cartel declared 'all-out war' on the Colombian government in "
        "a statement signed 'The Extraditables' on Thursday."
    )
    assert coded_in(text, "1993-05-10") == {("cali cartel", "colombia", "ASSAULT")}
