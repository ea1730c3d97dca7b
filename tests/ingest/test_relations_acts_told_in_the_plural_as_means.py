"""Acts named in the plural after "in" ("arrested ... in raids across Java", "killed ... in
clashes near the border") are the main clause's act told as its means: the main clause's
subject does them, and the one acted on is not their doer; a charge after them ("accusing
them of") stays the main subject's."""

from __future__ import annotations

from relation_support import stored_in


def test_raids_after_an_arrest_are_the_arresting_sides() -> None:
    found = stored_in(
        "Malaysian police detained 12 suspected members of the militant group Abu Sayyaf in"
        " raids across Sabah, accusing them of planning kidnappings.",
        "2017-03-02",
    )
    assert not [row for row in found if row[0] == "Abu Sayyaf"]
    assert [row for row in found if row[2] == "Abu Sayyaf" and row[1] == "ACCUSE"]


def test_guard_clashes_after_a_killing_leave_the_killers_its_subject() -> None:
    found = stored_in(
        "Turkish troops killed nine PKK militants in clashes near the Iraqi border.", "2012-09-09"
    )
    assert not [row for row in found if row[0] == "Kurdistan Workers' Party"]
