"""A passive whose verb is quoted (would not be "blackmailed" by Brussels) is a passive: the
agent after "by" acts on the subject, as when the word is not quoted."""

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
