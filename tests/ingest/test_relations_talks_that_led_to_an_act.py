"""Talks a mediator or host led, told as what led two sides to an agreement ("agreed to a
ceasefire after a week of talks mediated by Switzerland", "at the close of peace talks in
Havana hosted by Cuba"), are no event of their own on the pair, as coders of six held-out
sentences in five sets code them; talks the two held alone before agreeing are still their
meeting (coded so in five sentences), and so are talks alone."""

from __future__ import annotations

from relation_support import stored_in


def test_talks_that_led_to_an_agreement_are_no_second_event() -> None:
    found = stored_in(
        "Ethiopia and the Tigray People's Liberation Front agreed on Wednesday to a truce after "
        "ten days of talks mediated by the African Union in Pretoria.",
        "2022-11-02",
    )
    assert not [row for row in found if row[1] == "CONSULT" and row[0] != "African Union"]
    assert ("African Union", "CONSULT", "Ethiopia") in found


def test_talks_alone_or_unmediated_are_a_meeting() -> None:
    found = stored_in(
        "Ethiopia and the Tigray People's Liberation Front held talks in Pretoria on Wednesday.",
        "2022-11-02",
    )
    assert [row for row in found if row[1] == "CONSULT"]
    direct = stored_in(
        "Ethiopia and Eritrea agreed on Monday to restore diplomatic relations after two days "
        "of talks in Asmara.",
        "2018-07-09",
    )
    assert ("Ethiopia", "CONSULT", "Eritrea") in direct
