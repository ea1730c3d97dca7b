"""A person named with the group they lead belongs to it: "X and eight other leaders of the
Y" (a count before "other"), and "rebel leader X of the Y", which also makes Y an armed group
when no lexicon knows it.  A person congratulated on winning a state's election is that
state's."""

from __future__ import annotations

from relation_support import entities_in


def test_a_person_and_a_counted_number_of_other_leaders_of_a_group_are_its() -> None:
    found = entities_in(
        "Guatemalan troops detained union organiser Maria Chub and four other leaders of the"
        " Committee for Peasant Unity on Monday.",
        "1980-02-04",
    )
    assert found["Maria Chub"].affiliation == "committee-for-peasant-unity"


def test_a_rebel_leader_of_a_group_makes_the_group_armed_and_the_leader_its() -> None:
    found = entities_in(
        "Rebel commander Bosco Ntaganda of the UPC said on Friday his men would disarm.",
        "2005-03-04",
    )
    assert found["UPC"].kind == "armed_group"
    assert found["Bosco Ntaganda"].affiliation == "upc"


def test_the_winner_of_a_states_election_is_that_states() -> None:
    found = entities_in(
        "Kenyan President Uhuru Kenyatta congratulated Adama Barrow on Friday on winning "
        "Gambia's presidential election.",
        "2016-12-02",
    )
    assert found["Adama Barrow"].affiliation == "gambia"
