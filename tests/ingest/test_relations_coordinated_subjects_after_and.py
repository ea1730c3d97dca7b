"""Names coordinated after ", and" that have a verb of their own ("..., and Brazil and
Colombia have called for new elections") open a clause of their own: no object of the verb
before.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_coordinated_subjects_of_a_second_clause_are_no_objects_of_the_first() -> None:
    found = typed_in(
        "The United States, the European Union and several Latin American governments have "
        "refused to recognise the result, and Brazil and Colombia have called for new elections."
    )
    assert not {t for t in found if t[2] in ("Brazil", "Colombia")}, found
    found = typed_in(
        "Iran attacked Israel, and the United States and Britain condemned the strike."
    )
    assert ("Iran", "ASSAULT", "Israel") in found
    assert ("Iran", "ASSAULT", "United States") not in found


def test_guard_a_list_of_objects_after_and_stays_objects() -> None:
    found = typed_in("Russia imposed sanctions on Iran, and Syria and Cuba on Monday.")
    assert ("Russia", "COERCE", "Iran") in found
