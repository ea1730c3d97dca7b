"""People the event coders' dictionaries list with both surnames ("ERNESTO_SAMPER_PIZANO") are
found as news names them, without the mother's surname ("Ernesto Samper"), and named so;
the dictionary's full name stays another name of theirs."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_leader_named_without_the_mothers_surname_is_the_dictionarys_and_serves_his_state() -> (
    None
):
    found = entities_in("Ernesto Samper met Venezuelan officials in Caracas.", "1995-03-10")
    assert found["Ernesto Samper"].kind == "person"
    assert found["Ernesto Samper"].affiliation == "colombia"
    assert ("Ernesto Samper", "CONSULT", "Venezuela") in stored_in(
        "Ernesto Samper met Venezuelan officials in Caracas.", "1995-03-10"
    )


def test_the_full_name_is_the_same_person() -> None:
    found = entities_in(
        "Mariano Rajoy Brey won the vote; Mariano Rajoy said Spain would recover.", "2012-01-10"
    )
    assert [name for name in found if name.startswith("Mariano")] == ["Mariano Rajoy"]
