"""Appeals defied, fighting fled, aid flown in: what is done "despite appeals by" someone was
asked of the doer by them, so the appeal is theirs and aimed at the clause's subject; people
"fleeing fighting in" a state flee it, and fight no one there; aid sent "to Gaza" goes to
the place's state, and a partner "in a joint operation with" the sender works with it,
receiving nothing; "criticism of the deal by Australia" names no one who signed it, while
"his government" is the government its prime minister, named before, leads; people who
"gathered for a prayer meeting" meet no one."""

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


def test_aid_sent_to_a_place_goes_to_its_state() -> None:
    text = "AMMAN (Reuters) - Jordan sent two planeloads of medical aid to Gaza on Sunday."
    assert coded_in(text, "2023-11-05") == {("jordan", "palestine", "AID")}


def test_a_partner_in_a_joint_operation_is_no_recipient() -> None:
    text = (
        "AMMAN (Reuters) - Jordan airlifted food to Gaza on Sunday in a joint operation with "
        "France, the army said."
    )
    assert coded_in(text, "2024-01-07") == {
        ("jordan", "palestine", "AID"),
        ("jordan", "france", "COOPERATE"),
        ("france", "jordan", "COOPERATE"),
    }


def test_a_by_phrase_of_a_later_noun_names_no_signer() -> None:
    text = (
        "HONIARA, April 20 (Reuters) - Solomon Islands Prime Minister Manasseh Sogavare told "
        "parliament on Wednesday that his government had signed a security agreement with "
        "China, and he rejected criticism of the deal by Australia."
    )
    assert coded_in(text, "2022-04-20") == {
        ("solomon islands", "china", "SUPPORT"),
        ("china", "solomon islands", "SUPPORT"),
    }


def test_a_crowd_gathered_for_a_prayer_meeting_meets_no_one() -> None:
    text = (
        "HARARE (Reuters) - Zimbabwean police arrested opposition leader Nelson Chamisa and "
        "dozens of activists of his Movement for Democratic Change on Sunday as they gathered "
        "for a prayer meeting in Harare."
    )
    assert coded_in(text, "2019-08-18") == {
        ("zimbabwe", "movement for democratic change", "COERCE")
    }
