"""A people voting in an election chooses; it does no act towards a party ("Icelanders vote
on Saturday in a snap election", the dictionary's "vote" an agreement), and an election
"called after" a collapse is convened, no call made to anyone."""

from __future__ import annotations

from relation_support import coded_in


def test_a_people_voting_in_an_election_acts_towards_no_party() -> None:
    text = (
        "BERLIN (Reuters) - Germans vote on Sunday in a parliamentary election, with polls "
        "showing the Social Democrats ahead."
    )
    # both sides are found, and only named together
    assert coded_in(text, "2009-09-26") == {("germany", "social democrats", "MENTION")}


def test_an_election_called_is_no_call() -> None:
    text = (
        "REYKJAVIK (Reuters) - Icelanders vote on Saturday in a snap parliamentary election "
        "called after the collapse of the country's banks, with polls showing the Social "
        "Democratic Alliance on course to win."
    )
    assert coded_in(text, "2009-04-25") == {("iceland", "social democratic alliance", "MENTION")}


def test_a_parliament_voting_for_an_act_still_does_it() -> None:
    text = "The U.N. Security Council voted on Friday to impose sanctions on North Korea."
    assert ("united nations", "north korea", "COERCE") in coded_in(text, "2006-10-14")
