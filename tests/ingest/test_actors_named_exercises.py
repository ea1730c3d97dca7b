"""The name of an exercise or an operation ("Freedom Shield" drills, its Zapad 2021
exercises, Operation Allied Force) is what was done, no one who does anything: no party to a
relation, and the act it names keeps its own parties; "the Joint Chiefs of Staff" and "the
General Staff" are one body each, not a "Joint" and a person "Staff".  Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_an_exercise_named_in_quotes_is_no_party() -> None:
    found = stored_in(
        'Pyongyang has denounced the 11-day "Freedom Shield" drills as a rehearsal for invasion.',
        "2023-03-13",
    )
    assert not {t for t in found if "Freedom Shield" in t}, found


def test_an_operation_is_no_party_and_its_target_is_the_acts() -> None:
    found = stored_in("NATO launched Operation Allied Force against Yugoslavia.", "1999-03-24")
    assert found == {("NATO", "ASSAULT", "Yugoslavia")}


def test_the_joint_chiefs_of_staff_are_one_body() -> None:
    found = entities_in(
        "The Joint Chiefs of Staff in Seoul said the missile was launched from the Sinpo area.",
        "2023-03-13",
    )
    assert found["Joint Chiefs of Staff"].kind == "government"
    assert "Staff" not in found and "Joint" not in found
    found = entities_in(
        "Russia's General Staff said its troops had captured the town.", "2023-03-13"
    )
    assert found["General Staff"].affiliation == "russia"
