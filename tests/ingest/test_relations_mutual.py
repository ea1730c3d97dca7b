"""Acts both sides do and nouns that are no acts: a truce between two sides is kept by each, a
prisoner swap releases on both sides; a participle used as an adjective ("five detained
Americans", "from occupied territory") is no arrest or occupation; "the Chinese drills" is a
noun whose adjective names the state condemned. Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_truce_between_two_sides_is_kept_by_each() -> None:
    found = _typed("A truce between Armenia and Azerbaijan took hold on Tuesday.")
    assert found == {("Armenia", "RETREAT", "Azerbaijan"), ("Azerbaijan", "RETREAT", "Armenia")}


def test_a_prisoner_swap_releases_on_both_sides() -> None:
    found = _typed("Russia released two jailed Americans on Friday in a prisoner swap with the US.")
    assert found == {("Russia", "RETREAT", "United States"), ("United States", "RETREAT", "Russia")}


def test_a_participle_after_a_count_is_an_adjective() -> None:
    found = _typed("Venezuela released three detained Colombians on Friday.")
    assert found == {("Venezuela", "RETREAT", "Colombia")}


def test_a_states_adjective_before_a_plural_names_whose_act_is_condemned() -> None:
    found = _typed("Japan condemned the Russian drills as a provocation.")
    assert found == {("Japan", "ACCUSE", "Russia")}


def test_an_exchange_of_fire_is_an_attack_each_way_with_whoever_it_was_with() -> None:
    assert _typed("Thai troops exchanged fire with Cambodian soldiers across the border.") == {
        ("Thai troops", "ASSAULT", "Cambodian soldiers"),
        ("Cambodian soldiers", "ASSAULT", "Thai troops"),
    }
    found = _typed("Israel and Hezbollah exchanged heavy fire on Sunday.")
    assert found == {("Israel", "ASSAULT", "Hezbollah"), ("Hezbollah", "ASSAULT", "Israel")}


def test_a_joint_act_by_two_sides_is_each_ones_with_the_other() -> None:
    found = _typed(
        "Pyongyang condemned the largest joint naval drills in years by Japan and the United"
        " States."
    )
    assert {
        ("North Korea", "ACCUSE", "Japan"),
        ("North Korea", "ACCUSE", "United States"),
        ("Japan", "COOPERATE", "United States"),
        ("United States", "COOPERATE", "Japan"),
    } <= found


def test_two_forces_in_a_joint_operation_cooperate_and_the_place_named_after_takes_no_part() -> (
    None
):
    found = _typed(
        "Malian and Burkinabe troops killed 40 militants in a joint operation near the border"
        " with Niger."
    )
    assert {
        ("Mali", "COOPERATE", "Burkinabe troops"),
        ("Burkinabe troops", "COOPERATE", "Mali"),
    } <= found
    assert not any(target == "Niger" for _, kind, target in found if kind == "COOPERATE")


def test_talks_both_sides_held_are_each_ones_beside_another_act() -> None:
    found = _typed(
        "The Philippine government and the MILF agreed on Friday to a truce, at the close of a"
        " round of peace talks in Kuala Lumpur."
    )
    assert {  # the MILF is known by its acronym: the Moro Islamic Liberation Front
        ("Philippine government", "CONSULT", "Moro Islamic Liberation Front"),
        ("Moro Islamic Liberation Front", "CONSULT", "Philippine government"),
    } <= found


def test_a_reason_or_an_alliance_named_beside_an_act_tells_no_second_event() -> None:
    """Only a noun of what two sides do together (talks, a pact) is each one's: "the primary
    reason for Hamas's actions" is no meeting, "the United States and its allies" no alliance
    with the sanctioned."""
    found = _typed(
        "Although Iran's support was not the primary reason for Hamas's attack, it helped."
    )
    assert not any(kind == "CONSULT" for _, kind, _ in found)
    found = _typed("Sanctions were imposed on Russia by the United States and its allies.")
    assert ("United States", "ALLY", "Russia") not in found
