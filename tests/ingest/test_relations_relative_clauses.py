"""A relative clause that describes a verb's subject ("Indonesia, which chairs ASEAN,
urged") names no subject of the verb, and ends where the main clause's verb follows."""

from __future__ import annotations

from relation_support import typed_in


def test_the_name_a_relative_clause_describes_is_the_verbs_subject() -> None:
    found = typed_in("Indonesia, which chairs ASEAN, urged Myanmar to free political prisoners.")
    assert ("Indonesia", "REQUEST", "Myanmar") in found
    assert not any(source == "ASEAN" for source, _, _ in found)
    both = typed_in(
        "Thai and Cambodian troops exchanged fire on Monday, and Malaysia, which hosts the"
        " talks, urged both sides to hold their fire."
    )
    assert any(s == "Malaysia" and k == "REQUEST" and t == "Thailand" for s, k, t in both)


def test_a_relative_clause_ends_where_the_main_verb_follows() -> None:
    found = typed_in("Norway, which brokered the truce, accused Sri Lanka of breaking it.")
    assert found == {("Norway", "ACCUSE", "Sri Lanka")}
    listed = typed_in("Iran, which has supplied Russia, Belarus and Syria with drones, denied it.")
    assert {("Iran", "AID", "Belarus"), ("Iran", "AID", "Syria")} <= listed
