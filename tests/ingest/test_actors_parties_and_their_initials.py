"""Political parties and movements the coders' dictionaries lack are known by name and by
the initials news and coders use ("the NLD", "CNRP"): one actor under both, its own, never
its state's; and a leader's possessive before a known party's name is no name of its own
("Kizza Besigye's Forum for Democratic Change")."""

from __future__ import annotations

import pytest
from relation_support import coded_in, entities_in


def test_a_party_and_its_initials_are_one_actor() -> None:
    text = (
        "Myanmar's junta detained leaders of the National League for Democracy on Monday, "
        "and the NLD called for protests."
    )
    found = entities_in(text, "2021-02-01")
    assert found["National League for Democracy"].kind == "organisation"
    assert found["National League for Democracy"].affiliation is None
    assert "NLD" not in found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Cambodian police arrested Kem Sokha, leader of the opposition CNRP, on Sunday.",
            "cambodia national rescue party",
        ),
        (
            "Pakistani police detained dozens of PTI workers in Lahore on Saturday.",
            "pakistan tehreek e insaf",
        ),
    ],
)
def test_initials_alone_name_the_party(text: str, party: str) -> None:
    assert any(party in (source, target) for source, target, _ in coded_in(text, "2017-09-03"))


def test_a_leaders_possessive_before_a_known_party_is_no_name() -> None:
    text = (
        "Uganda's government said it would keep its ban on rallies by Kizza Besigye's Forum "
        "for Democratic Change."
    )
    found = entities_in(text, "2011-04-18")
    assert "Forum for Democratic Change" in found
    assert not any(name.endswith("'s Forum") for name in found)
