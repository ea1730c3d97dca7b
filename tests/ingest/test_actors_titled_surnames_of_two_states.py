"""A titled surname that two people of the dictionaries bore at once ("President Bush" in
1991, when a Cayman Islands minister Bush also served) belongs to the one the dictionaries
name with that title; a title neither bore settles nothing."""

from __future__ import annotations

from relation_support import entities_in


def test_president_bush_in_1991_is_the_united_states_not_the_dateline_state() -> None:
    found = entities_in(
        "VILNIUS, Lithuania, Jan. 13 (AP) -- President Bush condemned the crackdown.", "1991-01-13"
    )
    assert found["Bush"].affiliation == "united-states"


def test_a_title_no_one_of_that_surname_bore_leaves_the_state_open() -> None:
    found = entities_in("Ambassador Bush left the talks on Sunday.", "1991-01-13")
    assert found["Bush"].affiliation != "united-states"
