"""A person handed over is no party, the state that gets them is; dropping an objection
concedes to the side objected to; a vote for an act is the act; missiles fired into the sea
are a show of force; forces that rolled into a state attack it; a word before a plural noun
("supply boats") is no verb; supporters detained are no support; victims
joined by "and scores of" are all victims; counter-tariffs are tariffs; a complaint filed
jointly is each one's, no cooperation. Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_person_extradited_is_no_party_and_the_state_that_gets_them_is() -> None:
    found = _typed("Colombia extradited rebel commander Simon Trinidad to the United States.")
    assert ("Colombia", "COOPERATE", "United States") in found
    assert not any(target == "Simon Trinidad" for _, _, target in found)


def test_dropping_an_objection_concedes_to_the_side_objected_to() -> None:
    found = _typed("Hungary dropped its objection to Finland joining NATO on Tuesday.")
    assert ("Hungary", "CONCEDE", "Finland") in found
    assert not any(source == "Hungary" and target == "NATO" for source, _, target in found)


def test_a_body_that_voted_to_impose_sanctions_imposed_them() -> None:
    found = _typed(
        "Iran tested a ballistic missile on Monday, days before the UN Security Council voted"
        " to widen sanctions on Tehran."
    )
    assert ("UN Security Council", "COERCE", "Iran") in found
    assert not any(kind == "AGREE" for _, kind, _ in found)


def test_missiles_fired_into_the_sea_are_a_show_of_force_and_at_a_state_an_attack() -> None:
    sea = _typed("North Korea fired two missiles into waters off Japan on Sunday.")
    assert ("North Korea", "MOBILIZE", "Japan") in sea
    assert not any(kind == "ASSAULT" for _, kind, _ in sea)
    attack = _typed("Iran fired missiles at Israel on Saturday.")
    assert ("Iran", "ASSAULT", "Israel") in attack


def test_forces_that_rolled_into_a_state_attack_it() -> None:
    found = _typed("Russian tanks rolled into Georgia on Friday.")
    assert any(kind == "ASSAULT" and target == "Georgia" for _, kind, target in found)


def test_a_word_before_a_plural_noun_is_no_verb() -> None:
    found = _typed("Chinese vessels blocked three Vietnamese supply boats near the Paracels.")
    assert ("China", "COERCE", "Vietnam") in found
    assert not any(source == "Vietnam" for source, _, _ in found)


def test_supporters_detained_in_dawn_raids_are_detained_not_supporting() -> None:
    found = _typed("Ivory Coast police detained 30 supporters of Laurent Gbagbo in dawn raids.")
    assert ("Ivory Coast police", "COERCE", "Laurent Gbagbo") in found
    assert not any(kind == "SUPPORT" for _, kind, _ in found)


def test_victims_joined_by_and_scores_of_are_all_victims() -> None:
    found = _typed(
        "A car bomb claimed by al-Shabaab killed five Kenyan soldiers and dozens of Somali"
        " civilians in Mogadishu."
    )
    assert ("al-Shabaab", "ASSAULT", "Somalia") in found


def test_counter_tariffs_are_tariffs_not_a_rivalry() -> None:
    found = _typed(
        "Canada imposed 25 percent counter-tariffs on nearly C$30 billion worth of U.S. steel"
        " on Thursday."
    )
    assert found == {("Canada", "COERCE", "United States")}


def test_a_complaint_filed_jointly_is_each_ones_complaint_and_no_cooperation() -> None:
    found = _typed(
        "The European Union, the United States and Japan jointly filed a complaint at the World"
        " Trade Organization on Tuesday against China's restrictions on exports of rare earths."
    )
    assert {
        ("European Union", "ACCUSE", "China"),
        ("United States", "ACCUSE", "China"),
        ("Japan", "ACCUSE", "China"),
    } <= found
    assert not [row for row in found if row[1] == "COOPERATE"]


def test_hostages_handed_over_to_the_red_cross_are_released_to_their_state() -> None:
    found = _typed("Hamas handed over three Israeli hostages to the Red Cross in Gaza on Saturday.")
    assert ("Hamas", "RETREAT", "Israel") in found
    assert not [row for row in found if "Red Cross" in row[2]]
