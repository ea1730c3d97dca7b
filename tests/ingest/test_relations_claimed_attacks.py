"""An attack told with no named attacker and then said to be claimed by a group ("..., in an
attack claimed by Islamic State") is the claimant's attack on whom it struck, never the
victims' attack on the claimant; an attack claimed by a group that is the sentence's subject
("Drone attacks claimed by the Houthis hit ...") stays the subject's; forces routed are
attacked. Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_an_attack_claimed_after_the_act_is_the_claimant_s() -> None:
    found = typed_in(
        "A suicide bomber killed 30 Iraqi soldiers in Baghdad on Sunday in an attack claimed by"
        " Islamic State."
    )
    assert ("Islamic State", "ASSAULT", "Iraqi soldiers") in found
    assert not any(target == "Islamic State" for _, _, target in found)


def test_the_claimant_is_the_group_not_the_state_before_its_name() -> None:
    found = typed_in(
        "Gunmen stormed a hotel in Mogadishu on Friday, killing 20 people, in an attack claimed"
        " by the Kenya-based militant group al Shabaab, and Somalia's president vowed revenge."
    )
    assert ("al-Shabaab", "ASSAULT", "Somalia") in found
    assert not any("Kenya" in (source, target) for source, _, target in found)


def test_attacks_claimed_by_the_subject_stay_the_subject_s() -> None:
    found = typed_in(
        "Drone attacks claimed by the Houthis hit two Saudi oil facilities on Saturday."
    )
    assert found == {("Houthis", "ASSAULT", "Saudi Arabia")}


def test_forces_routed_are_attacked_but_flights_routed_are_not() -> None:
    assert ("Hamas", "ASSAULT", "Fatah") in typed_in(
        "Hamas fighters routed Fatah forces in Gaza City on Thursday."
    )
    assert typed_in("The airline routed flights from Qatar through Oman on Monday.") == set()
