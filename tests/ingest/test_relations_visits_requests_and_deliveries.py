"""A visitor named "visiting X" visits whoever met or told them; what a request asks for
("requested emergency financing from the IMF") is asked, not given; a peacekeeping force is a
body of troops, no coercion; where a speaker said it ("complaining on Twitter") is no party;
supplies reduced are a sanction; a delivery's route ("through Ukraine") receives nothing; an
attack by a weapon "fired from Israeli gunships" is Israel's; troops massed near a state's
border face it.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


def test_a_visitor_named_visiting_visits_the_host() -> None:
    found = typed_in("Modi met visiting Japanese Prime Minister Shinzo Abe in New Delhi.")
    assert ("Japan", "CONSULT", "Narendra Modi") in found
    assert ("Narendra Modi", "CONSULT", "Japan") in found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan formally requested emergency financing from the International Monetary "
        "Fund on Monday.",
        "Egypt asked for urgent military aid from the United States.",
    ],
)
def test_what_a_request_asks_for_is_asked_not_given(text: str) -> None:
    assert {t[1] for t in typed_in(text)} == {"REQUEST"}, typed_in(text)


def test_a_peacekeeping_force_coerces_no_one() -> None:
    found = typed_in(
        "Burundi flew 300 soldiers into Mogadishu as part of an African Union peacekeeping "
        "force meant to shore up Somalia's government."
    )
    assert not {t for t in found if t[1] == "COERCE"}, found


def test_where_a_speaker_said_it_is_no_party() -> None:
    found = typed_in(
        "President Donald Trump accused OPEC of pushing up oil prices, complaining on Twitter "
        "that crude was too high."
    )
    assert not {t for t in found if "Twitter" in t}, found


def test_supplies_reduced_are_no_aid() -> None:
    found = typed_in("Gazprom briefly reduced supplies to Belarus in a price dispute.")
    assert not {t for t in found if t[1] == "AID"}, found


def test_a_deliverys_route_receives_nothing() -> None:
    found = typed_in("Russian gas supplies to Europe through Ukraine rose on Monday.")
    assert ("Russia", "AID", "Ukraine") not in found


def test_an_attack_by_a_weapon_fired_from_a_states_craft_is_that_states() -> None:
    found = typed_in(
        "Hamas founder Sheikh Ahmed Yassin was killed by missiles fired from Israeli "
        "helicopter gunships as he left a mosque in Gaza City."
    )
    assert ("Israel", "ASSAULT", "Sheikh Ahmed Yassin") in found
    assert not {t for t in found if t[0] == "Sheikh Ahmed Yassin"}, found


def test_troops_massed_near_a_states_border_face_it() -> None:
    found = typed_in(
        "Russia has massed tens of thousands of troops, along with tanks and artillery, near "
        "Ukraine's eastern border."
    )
    assert ("Russia", "MOBILIZE", "Ukraine") in found


def test_a_minister_flying_into_a_city_sends_no_force() -> None:
    found = typed_in(
        "Foreign Minister Jaswant Singh had flown into the southern Afghan city of Kandahar "
        "aboard a special aircraft carrying three prisoners."
    )
    assert not {t for t in found if t[1] == "MOBILIZE"}, found


def test_guard_a_state_flying_soldiers_in_mobilizes() -> None:
    found = typed_in("Uganda flew about 400 soldiers into Mogadishu on Tuesday.")
    assert ("Uganda", "MOBILIZE", "Somalia") in found
