"""An opposition leader is not a member of the ruling party his sentence names ("critics
say the court is controlled by the ruling Socialist Party, ruled that opposition leader
X was ineligible": X stays the opposition's)."""

from __future__ import annotations

from relation_support import entities_in


def test_an_opposition_leader_is_no_member_of_the_ruling_party() -> None:
    found = entities_in(
        "Venezuela's Supreme Court, which critics say is controlled by the ruling Socialist Party, ruled"
        " on Friday that opposition leader Maria Corina Machado was ineligible.",
        "2024-01-26",
    )
    assert found["Maria Corina Machado"].affiliation != "socialist-party"


def test_an_opposition_leader_named_with_his_own_party_is_its() -> None:
    found = entities_in(
        "Ugandan police detained opposition leader Kizza Besigye on Monday, and his Forum for Democratic"
        " Change said he was beaten.",
        "2011-04-18",
    )
    assert found["Kizza Besigye"].affiliation == "forum-for-democratic-change"
