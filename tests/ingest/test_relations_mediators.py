"""A mediator named by its adjective ("a Norwegian-brokered truce"), as the host of the
signing or the talks ("at a ceremony hosted by President X", "talks in Jeddah hosted by Saudi
Arabia") or in a clause of its own ("Zambia, which mediated the talks,") meets each side
(CAMEO 045), and the sides still meet each other."""

from __future__ import annotations

from relation_support import typed_in


def test_a_truce_brokered_by_a_states_adjective_has_that_state_meet_each_side() -> None:
    found = typed_in("Chad's government and FACT rebels signed a Qatari-brokered truce on Friday.")
    assert {("Qatar", "CONSULT", "FACT"), ("Qatar", "CONSULT", "Chad's government")} <= found
    assert not any(k != "CONSULT" and "Qatar" in (s, t) for s, k, t in found)


def test_the_host_of_a_signing_ceremony_meets_each_side() -> None:
    found = typed_in(
        "Armenia and Azerbaijan signed a peace accord on Friday at a ceremony hosted by"
        " Georgian President Salome Zourabichvili."
    )
    assert ("Salome Zourabichvili", "CONSULT", "Armenia") in found
    assert ("Salome Zourabichvili", "CONSULT", "Azerbaijan") in found


def test_a_place_after_the_mediator_is_no_mediator() -> None:
    found = typed_in(
        "Sudan and the SPLA agreed to a truce after talks mediated by Kenya near Nakuru."
    )
    assert not any(s == "Nakuru" for s, _, _ in found)
    assert ("Kenya", "CONSULT", "Sudan") in found


def test_an_old_accord_a_body_brokered_is_no_mediation_of_todays_act() -> None:
    found = typed_in(
        "Soviet troops began pulling out of Afghanistan on Sunday under the U.N.-brokered"
        " Geneva accords."
    )
    assert not any(
        k == "CONSULT" and s == "United Nations" and t == "Afghanistan" for s, k, t in found
    )


def test_talks_hosted_by_a_state_in_its_city_have_the_host_meet_each_side() -> None:
    found = typed_in(
        "Sudan's army and the Rapid Support Forces resumed talks in Jeddah hosted by Saudi"
        " Arabia on Saturday."
    )
    assert ("Saudi Arabia", "CONSULT", "Rapid Support Forces") in found
    assert ("Saudi Arabia", "CONSULT", "Sudan") in found


def test_a_meeting_hosted_by_a_secretary_of_state_leaves_the_two_sides_meeting_each_other() -> None:
    found = typed_in(
        "Israeli Foreign Minister Gabi Ashkenazi and his Bahraini counterpart Abdullatif al-Zayani"
        " held talks in Manama on Tuesday, in a meeting hosted by U.S. Secretary of State Mike"
        " Pompeo."
    )
    assert ("Gabi Ashkenazi", "CONSULT", "Abdullatif al-Zayani") in found
    assert ("Mike Pompeo", "CONSULT", "Gabi Ashkenazi") in found
    assert ("Gabi Ashkenazi", "CONSULT", "Mike Pompeo") not in found


def test_a_state_which_mediated_the_talks_meets_each_signer() -> None:
    found = typed_in(
        "The Angolan government and UNITA signed a peace accord in Lusaka on Sunday, and"
        " Zambia, which mediated the talks, said it would help monitor the accord."
    )
    assert ("Zambia", "CONSULT", "UNITA") in found
    assert ("Zambia", "CONSULT", "Angolan government") in found


def test_talks_brokered_by_a_former_president_have_his_state_meet_each_side() -> None:
    found = typed_in(
        "The Sudanese government and the SPLA signed a peace accord in Nairobi on Sunday, after"
        " talks brokered by former Kenyan President Daniel arap Moi."
    )
    assert ("Kenya", "CONSULT", "Sudan") in found or (
        "Kenya",
        "CONSULT",
        "Sudanese government",
    ) in found
