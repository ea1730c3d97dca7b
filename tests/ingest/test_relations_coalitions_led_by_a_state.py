"""A coalition named by the state that leads it ("the Saudi-led coalition") is that state
when it is acted on, as when it acts: a weekday after it ("on Wednesday") is no body's name
it only leads, as "the Russian-led CSTO" is."""

from __future__ import annotations

from relation_support import typed_in


def test_an_appeal_to_a_state_led_coalition_is_made_to_the_state() -> None:
    found = typed_in(
        "The United Nations urged the Saudi-led coalition on Wednesday to lift its blockade of "
        "Yemen's ports."
    )
    assert ("United Nations", "REQUEST", "Saudi Arabia") in found


def test_an_attack_on_a_state_led_coalition_is_an_attack_on_the_state() -> None:
    found = typed_in("Houthi fighters attacked the Saudi-led coalition on Wednesday.")
    assert ("Houthis", "ASSAULT", "Saudi Arabia") in found


def test_a_body_the_state_leads_named_after_it_is_still_the_bodys() -> None:
    found = typed_in(
        "Kazakhstan asked the Russian-led Collective Security Treaty Organization for help."
    )
    assert ("Kazakhstan", "REQUEST", "Collective Security Treaty Organization") in found
    assert ("Kazakhstan", "REQUEST", "Russia") not in found
