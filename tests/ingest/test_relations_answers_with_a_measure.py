"""An answer promised with a measure is a threat (CAMEO 13), aimed at whoever did the act
told before it: "the bloc said it would respond with duties on American goods", "Hamas
vowed to retaliate with suicide bombings"; duties imposed are still a coercion."""

from __future__ import annotations

from relation_support import coded_in


def test_a_measure_an_answer_would_bring_is_threatened() -> None:
    text = (
        "The United States imposed tariffs on steel from the European Union on Thursday, and "
        "the bloc said it would respond with duties on American goods."
    )
    found = coded_in(text, "2018-05-31")
    assert ("european union", "united states", "THREATEN") in found
    assert ("european union", "united states", "COERCE") not in found
    assert ("united states", "european union", "COERCE") in found


def test_an_answer_vowed_with_a_measure_aims_at_the_doer_before() -> None:
    text = (
        "Israeli warplanes struck Hamas compounds on Saturday, killing more than 200 people, "
        "and Hamas vowed to retaliate with suicide bombings."
    )
    assert ("hamas", "israel", "THREATEN") in coded_in(text, "2008-12-27")
