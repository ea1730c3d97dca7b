"""A body named after a state whose name holds "and" ("the Court of Bosnia and Herzegovina",
"the Central Bank of Trinidad and Tobago") is one actor, not the body of the first half and
the second half on its own. Sentences written for these tests."""

from __future__ import annotations

from relation_support import entities_in


def test_a_body_of_a_state_named_with_and_is_one_actor() -> None:
    found = entities_in(
        "The Central Bank of Trinidad and Tobago raised rates on Monday, and the Supreme Court"
        " of Bosnia and Herzegovina sentenced Milorad Dodik.",
        "2025-02-26",
    )
    assert "Central Bank of Trinidad and Tobago" in found
    assert "Supreme Court of Bosnia and Herzegovina" in found
    assert not {"Herzegovina", "Tobago", "Central Bank of Trinidad"} & set(found)


def test_two_states_joined_after_of_stay_two() -> None:
    found = entities_in("The Presidents of Chile and Peru met in Lima on Monday.", "2025-02-26")
    assert {"Chile", "Peru"} <= set(found)
