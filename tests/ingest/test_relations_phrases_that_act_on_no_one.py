"""Phrases whose trigger words act on no one: a regulator's "competition chief", a court that
"struck down a ban", the fees a state "charges to transport" oil, a vote "giving" a leader a
victory, a coup "with the backing of" troops, a veto dropped, a product's name before its
noun ("AWACS radar planes"), "the former Soviet republic"; and the ones that do: ordering
a state to withdraw its ambassadors is a sanction, saying one "would take X to the WTO" a
threat, hijacking a plane an assault.  Sentences written for these tests, in the shapes of
wire copy."""

from __future__ import annotations

import pytest
from relation_support import entities_in, typed_in


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, the EU's competition chief, said the offer answered the Commission's worries.",
        "Mr. Hernandez could run again only after the Supreme Court struck down a ban on "
        "re-election.",
        "South Sudan shut down its oil production in a dispute over the fees Khartoum charges "
        "to transport crude.",
        "The Senate vote gave President Reagan a hard-won foreign policy victory over Israel.",
        "Cyprus dropped a veto it had maintained for weeks over a dispute with Turkey.",
        "President Hafizullah Amin was overthrown in a coup carried out with the backing of "
        "thousands of Soviet troops.",
        "Official results gave Lukashenko, who has ruled the former Soviet republic since "
        "1994, about 80 percent of the vote.",
    ],
)
def test_phrases_that_act_on_no_one(text: str) -> None:
    assert not typed_in(text), typed_in(text)


def test_a_products_name_before_its_noun_is_no_party() -> None:
    found = typed_in("The Senate refused to block the sale of five AWACS radar planes to Riyadh.")
    assert not {t for t in found if "AWACS" in t}, found


def test_ordering_a_state_to_withdraw_its_ambassadors_is_a_sanction() -> None:
    found = typed_in("Belarus ordered Poland and Lithuania to withdraw their ambassadors.")
    assert {("Belarus", "SANCTION", "Poland"), ("Belarus", "SANCTION", "Lithuania")} <= found


def test_saying_one_would_take_a_state_to_the_wto_is_a_threat() -> None:
    found = typed_in("South Korea said it would take Japan to the World Trade Organization.")
    assert ("South Korea", "THREATEN", "Japan") in found


def test_a_government_named_after_its_head_is_the_heads_states() -> None:
    found = entities_in(
        "Honduran President Juan Orlando Hernandez won. The OAS criticised the Hernandez "
        "government.",
        "2017-12-18",
    )
    assert found["Hernandez government"].affiliation == "honduras"


def test_a_ministry_official_in_apposition_is_the_ministrys_states() -> None:
    found = entities_in(
        "Osman Hamid el-Tayeb, a Sudanese foreign ministry official, said Khartoum would study "
        "the plan.",
        "2012-04-24",
    )
    assert found["Osman Hamid el-Tayeb"].affiliation == "sudan"


def test_a_named_group_of_states_is_its_body() -> None:
    found = entities_in("Abe hosted leaders of the Group of 20 in Osaka.", "2019-06-29")
    assert "G20" in found and "Group" not in found


def test_a_body_in_a_sentence_opening_at_a_seat_serves_that_seats_state() -> None:
    found = entities_in(
        "In Washington, the Treasury Department sanctioned eight Belarusian officials in "
        "coordination with Britain and Canada.",
        "2020-10-02",
    )
    assert found["Treasury Department"].affiliation == "united-states"


def test_working_in_coordination_with_relates_the_doer_not_its_object() -> None:
    found = typed_in(
        "In Washington, the Treasury Department sanctioned eight Belarusian officials in "
        "coordination with Britain and Canada."
    )
    assert ("Treasury Department", "COOPERATE", "United Kingdom") in found
    assert not {t for t in found if t[0] == "Belarus" and t[1] == "COOPERATE"}, found
