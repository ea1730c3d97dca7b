"""An answer given with no one named after it ("responded by freezing its aid", "retaliated
with tariffs") is aimed at whoever did the act told before it; "the security forces" with no
state named are the state's, as "the authorities" are; authorities named by where they sit
("Authorities in western Chad") are that state acting.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_response_by_a_measure_is_aimed_at_the_one_who_acted() -> None:
    found = typed_in(
        "Mali's junta expelled the French ambassador on Monday, and France responded by"
        " freezing its development aid."
    )
    assert ("France", "SANCTION", "Mali") in found


def test_a_retaliation_with_tariffs_is_aimed_at_the_one_who_acted() -> None:
    found = typed_in(
        "Brazil banned imports of Argentine wine on Tuesday, and Argentina retaliated with"
        " punitive tariffs on its coffee."
    )
    assert ("Argentina", "COERCE", "Brazil") in found


def test_a_response_sending_help_is_no_act_on_the_one_who_acted() -> None:
    found = typed_in(
        "Rebels of the Lord's Resistance Army raided a village in northern Uganda on Friday,"
        " and Uganda responded by sending two battalions to the district."
    )
    assert not any(
        source == "Uganda" and kind in ("COOPERATE", "AID", "SUPPORT") for source, kind, _ in found
    )


def test_an_answer_naming_its_target_keeps_it() -> None:
    found = typed_in(
        "Chile expelled two Peruvian diplomats on Monday, and Peru responded by recalling its"
        " ambassador from Bolivia."
    )
    assert not any(source == "Peru" and target == "Chile" for source, _, target in found)


def test_the_security_forces_are_the_state_s() -> None:
    found = stored_in(
        "NAIROBI (Reuters) - Kenya's Catholic bishops on Friday accused the security forces of"
        " killing dozens of protesters in the capital.",
        "2024-03-01",
    )
    assert any(kind == "ACCUSE" and target == "Kenya" for _, kind, target in found)


def test_authorities_in_a_region_of_a_state_are_that_state() -> None:
    found = typed_in(
        "Authorities in western Chad deported more than 200 Sudanese refugees on Monday."
    )
    assert ("Chad", "COERCE", "Sudan") in found
