"""What a pact covers is no act ("reaffirmed that the treaty covers armed attacks on
Philippine vessels": no attack on the Philippines), and the object of a verb ends where a
second verb phrase with its modal begins ("disagreed with the conclusions and would
consider an appeal to the General Court": the court is appealed to, not disagreed with).  A
share of the vote a count "gave" a candidate is no gift."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_treaty_covering_attacks_is_no_attack() -> None:
    found = stored_in(
        "Washington reaffirmed on Monday that its defence treaty with Japan covers armed attacks"
        " on Japanese coast guard ships.",
        "2024-08-05",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_an_attack_told_as_an_act_is_still_one() -> None:
    found = stored_in(
        "China's coast guard attacks Philippine supply boats near the shoal almost every month.",
        "2024-08-05",
    )
    assert any(kind in ("ASSAULT", "COERCE") for _, kind, _ in found)


def test_a_second_verb_phrase_takes_its_own_object() -> None:
    found = stored_in(
        "Microsoft said it disagreed with the findings and would consider an appeal to the"
        " General Court.",
        "2004-03-24",
    )
    assert not any(kind == "ACCUSE" and target == "General Court" for _, kind, target in found)


def test_a_share_of_the_vote_a_count_gives_is_no_aid() -> None:
    found = typed_in(
        "Preliminary results published by the National Registry gave Andrés Morales 50.6% of "
        "the vote, and a poll gave Claudia Restrepo a 3-point lead."
    )
    assert not any(kind == "AID" for _, kind, _ in found)


def test_guard_a_share_given_in_a_project_is_still_aid() -> None:
    assert ("Russia", "AID", "Iran") in typed_in(
        "Russia gave Iran 40 percent of the shares in the project."
    )
