"""Who is a party to what a sentence tells: the actor behind a group named by what backs
it, the one who accepts a proposal, and not the venue of talks nor their topic, nor a
name inside an act asked for.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_accusing_a_group_backed_by_a_state_accuses_that_state() -> None:
    assert _typed("Google accused a spying group backed by Moscow of stealing passwords.") == {
        ("Google", "ACCUSE", "Russia")
    }


def test_accepting_a_proposal_agrees_with_those_who_drafted_it() -> None:
    found = _typed("A truce plan drafted by Kenyan and Ugandan mediators was accepted by Rwanda.")
    assert found == {("Rwanda", "AGREE", "Kenya"), ("Rwanda", "AGREE", "Uganda")}


def test_the_topic_of_a_call_is_no_party_to_it() -> None:
    found = _typed("Japan spoke by telephone with Canada and discussed the situation in Sudan.")
    assert ("Japan", "CONSULT", "Canada") in found
    assert not any("Sudan" in (source, target) for source, _, target in found)


def test_a_visitor_meets_the_host_but_two_parties_meet_each_other_not_the_venue() -> None:
    assert ("Chile", "CONSULT", "Norway") in _typed("Chile will attend a summit in Norway.")
    # Whoever arrives in a capital visits its state (CAMEO 042); a host is told as one.
    found = _typed("Ghanaian President John Mahama arrived in Paris on Monday for a state visit.")
    assert ("Ghana", "CONSULT", "France") in found and ("France", "CONSULT", "Ghana") not in found
    found = _typed("France hosted Ghanaian President John Mahama in Paris on Monday.")
    # a host meets its guest, one way (the coders of sets 38a, 40a, 41a: 3 of 3)
    assert ("France", "CONSULT", "Ghana") in found and ("Ghana", "CONSULT", "France") not in found
    assert _typed("Chile and Peru held talks in Norway on Friday.") == {
        ("Chile", "CONSULT", "Peru"),
        ("Peru", "CONSULT", "Chile"),
    }


def test_a_place_facing_or_neighbouring_is_where_not_who() -> None:
    found = _typed("Swedish and Finnish troops held joint drills on islands facing Russia.")
    assert not any("Russia" in (source, target) for source, _, target in found)
    found = _typed(
        "Jordan asked the World Bank for aid for refugees fleeing the fighting in neighbouring Iraq."
    )
    assert found == {("Jordan", "REQUEST", "World Bank")}


def test_a_name_bound_to_a_noun_is_no_party() -> None:
    found = _typed("Somali pirates seized a tanker carrying Kenya-bound fuel.")
    assert not any("Kenya" in (source, target) for source, _, target in found)


def test_what_is_asked_for_is_not_done_even_as_a_noun() -> None:
    assert _typed("Norway urged Serbia and Kosovo to return to the negotiating table.") == {
        ("Norway", "REQUEST", "Serbia"),
        ("Norway", "REQUEST", "Kosovo"),
    }


def test_those_met_from_a_state_are_not_the_state_meeting() -> None:
    found = _typed("Japan met with exiled dissidents from military-ruled Myanmar.")
    assert ("Japan", "CONSULT", "Myanmar") in found
    assert ("Myanmar", "CONSULT", "Japan") not in found


def test_a_sea_or_strait_where_exercises_are_held_is_no_party() -> None:
    for sea in ("the Ionian Sea", "the Strait of Otranto"):
        found = _typed(f"Greek and Italian warships held joint exercises in {sea} this week.")
        assert found == {("Greece", "COOPERATE", "Italy"), ("Italy", "COOPERATE", "Greece")}


def test_a_state_named_as_a_measure_is_no_party() -> None:
    found = _typed(
        "Colombian President Andres Pastrana ordered troops to retake a Switzerland-sized safe "
        "haven ceded to the FARC on Wednesday."
    )
    assert not any("Switzerland" in (source, target) for source, _, target in found)


def test_allied_forces_named_in_a_charge_make_no_alliance() -> None:
    found = _typed(
        "Human Rights Watch and Amnesty International accused Ethiopian security officials and "
        "allied forces from the Amhara region of ethnic cleansing against Tigrayans."
    )
    assert not any(kind == "ALLY" for _, kind, _ in found)
    assert ("Human Rights Watch", "ACCUSE", "Ethiopia") in found


def test_revoking_a_groups_registration_coerces_it() -> None:
    found = _typed(
        "Russia's justice ministry said on Friday it had revoked the registration of the local "
        "offices of Amnesty International and Human Rights Watch."
    )
    assert {
        ("Russia's justice ministry", "COERCE", "Amnesty International"),
        ("Russia's justice ministry", "COERCE", "Human Rights Watch"),
    } <= found


def test_stripping_a_party_of_its_legal_status_coerces_it() -> None:
    found = _typed(
        "Egypt stripped the opposition Muslim Brotherhood of its legal status on Monday."
    )
    assert ("Egypt", "COERCE", "Muslim Brotherhood") in found
