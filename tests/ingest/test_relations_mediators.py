"""A mediator named by its adjective ("a Norwegian-brokered truce") or as the host of the
signing ("at a ceremony hosted by President X") meets each side (CAMEO 045)."""

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
