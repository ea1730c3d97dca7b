"""A group met first as its fighters ("Seleka rebels", "Nyatura militias") and then by its
name alone ("the Seleka coalition") is one actor in the article, not two."""

from __future__ import annotations

from relation_support import entities_in


def test_a_group_named_again_without_its_fighters_noun_is_the_same_actor() -> None:
    found = entities_in(
        "Seleka rebels seized the town of Bambari on Tuesday. Leaders of Seleka said they would"
        " march on Bangui.",
        "2013-03-20",
    )
    assert found["Seleka rebels"].kind == "armed_group"
    assert "Seleka" not in found


def test_the_fighters_noun_can_be_any_of_the_groups_nouns() -> None:
    found = entities_in(
        "Nyatura militias attacked a camp near Goma. Congo's army said Nyatura leaders fled.",
        "2013-08-02",
    )
    assert [name for name in found if "Nyatura" in name] == ["Nyatura militias"]
