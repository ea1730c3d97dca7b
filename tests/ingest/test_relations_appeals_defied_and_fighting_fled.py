"""Appeals defied and fighting fled: what is done "despite appeals by" someone was asked of
the doer by them, so the appeal is theirs and aimed at the clause's subject; people
"fleeing fighting in" a state flee it, and fight no one there."""

from __future__ import annotations

from relation_support import coded_in, stored_in


def test_an_act_despite_appeals_by_a_body_was_asked_of_its_doer_by_it() -> None:
    text = (
        "N'DJAMENA (Reuters) - Chad closed its eastern border on Monday despite appeals by "
        "the United Nations to keep it open to refugees."
    )
    assert coded_in(text, "2023-05-01") == {("united nations", "chad", "REQUEST")}


def test_people_fleeing_fighting_somewhere_fight_no_one_there() -> None:
    text = (
        "ABECHE, Chad (Reuters) - Thousands of Sudanese fleeing fighting in Darfur crossed "
        "into Chad on Monday, the U.N. refugee agency said."
    )
    assert stored_in(text, "2023-05-01") == set()
