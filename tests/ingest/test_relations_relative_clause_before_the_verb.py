"""A relative clause between commas right before a verb ("the union, which led the strikes,
rejected") says who its subject is: the name before it.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import stored_in


def test_a_reaction_after_a_relative_clause_is_the_antecedent_s() -> None:
    found = stored_in(
        "HARARE, May 2 (Reuters) - Zimbabwe's army removed President Robert Mugabe on Tuesday,"
        " but the Movement for Democratic Change, which organised the rallies, rejected the"
        " move.",
        "2024-05-02",
    )
    assert any(
        source == "Movement for Democratic Change" and kind == "REJECT" for source, kind, _ in found
    )


def test_an_answer_after_a_relative_clause_is_the_antecedent_s() -> None:
    found = stored_in(
        "Chile expelled two diplomats from Peru on Monday, and Peru, which had few envoys left there,"
        " responded by expelling three Chilean diplomats.",
        "2024-05-06",
    )
    assert ("Peru", "SANCTION", "Chile") in found
