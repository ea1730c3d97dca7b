"""A titled leader named by initials and surname ("President P.W. Botha") serves the state
the dictionaries' person of that surname and those given names served; other initials do
not match them."""

from __future__ import annotations

from relation_support import entities_in


def test_a_leader_named_by_initials_serves_the_state_of_the_dictionarys_person() -> None:
    found = entities_in("President J.R. Jayewardene ordered troops into Jaffna.", "1987-05-20")
    assert found["J.R. Jayewardene"].affiliation == "sri-lanka"


def test_initials_of_no_known_person_of_that_surname_give_no_state() -> None:
    found = entities_in("President K.M. Jayewardene opened the session.", "1987-05-20")
    assert found["K.M. Jayewardene"].affiliation is None
