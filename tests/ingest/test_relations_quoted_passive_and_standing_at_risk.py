"""A passive whose verb is quoted (would not be "blackmailed" by Brussels) is a passive: the
agent after "by" acts on the subject, as when the word is not quoted.  A warning that a
state's standing is at risk threatens the state."""

from __future__ import annotations

from relation_support import stored_in


def test_a_quoted_passive_verb_keeps_its_agent_as_the_source() -> None:
    found = stored_in(
        'The prime minister said Moldova would not be "intimidated" by Russia.', "2024-11-29"
    )
    assert ("Russia", "THREATEN", "Moldova") in found
    assert ("Moldova", "THREATEN", "Russia") not in found


def test_a_quoted_passive_told_as_not_done_is_negated() -> None:
    found = stored_in(
        'Georgia would not be "blackmailed" by Russia, the minister said.', "2024-11-29"
    )
    assert ("Russia", "COERCE", "Georgia") in found
    assert ("Russia", "COERCE", "Georgia") not in stored_in(
        'Georgia would not be "blackmailed" by Russia, the minister said.',
        "2024-11-29",
        denied=False,
    )


def test_a_warning_that_a_states_standing_is_at_risk_threatens_it() -> None:
    found = stored_in(
        "The European Union warned that Georgia's candidate status was at risk.", "2024-11-29"
    )
    assert ("European Union", "THREATEN", "Georgia") in found


def test_a_remark_that_a_standing_is_at_risk_threatens_no_one() -> None:
    found = stored_in(
        "Analysts in Brussels said Georgia's candidate status was at risk.", "2024-11-29"
    )
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_a_warning_joined_to_the_first_verb_is_its_subjects() -> None:
    found = stored_in(
        "The European Union said it regretted the decision and warned that Georgia's candidate"
        " status was at risk.",
        "2024-11-29",
    )
    assert ("European Union", "THREATEN", "Georgia") in found


def test_a_warning_after_another_actor_is_not_the_first_subjects() -> None:
    found = stored_in(
        "The European Union said Russia regretted the decision and warned that Georgia's"
        " candidate status was at risk.",
        "2024-11-29",
    )
    assert ("European Union", "THREATEN", "Georgia") not in found
