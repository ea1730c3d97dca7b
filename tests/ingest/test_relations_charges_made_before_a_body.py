"""A charge made before a body ("accused his government before the Organization of American
States of sheltering Colombian guerrillas") is aimed at the one accused, named by its
leader's government, not at the body it is made before, nor at a name inside the charge
(set 40a, read)."""

from __future__ import annotations

from relation_support import stored_in


def test_his_government_accused_before_a_body_is_the_leaders_state() -> None:
    found = stored_in(
        "Rwandan President Paul Kagame recalled his envoy from Kinshasa on Friday, a day after"
        " Congo accused his government before the U.N. Security Council of arming Congolese"
        " rebels.",
        "2012-06-15",
    )
    accused = {row[2] for row in found if row[1] == "ACCUSE"}
    assert accused == {"Rwanda"}, found
