"""A second subject with its own infinitive ("prompting the US to impose sanctions and
Germany to freeze loans") acts itself; "to match India's tests" fights no one; a group's
branch named by a state ("al-Qaeda's Yemeni branch") is the group's; a city named as where
a bomb went off before those it killed is no target; an armed group's leaders the lexicon
names are the group's."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_a_second_subject_with_its_own_infinitive_acts_itself() -> None:
    text = (
        "NEW DELHI (Reuters) - India tested a missile on Friday, prompting the United States to "
        "impose sanctions and Germany to freeze new loans to New Delhi."
    )
    assert coded_in(text, "1998-05-15") == {
        ("united states", "india", "COERCE"),
        ("germany", "india", "SANCTION"),
    }


def test_a_list_of_those_ordered_stays_one_list() -> None:
    # a guard: read so before
    text = "KHARTOUM (Reuters) - Sudan ordered the aid agencies Oxfam and CARE to leave Darfur."
    assert coded_in(text, "2009-03-04") == {
        ("sudan", "oxfam", "COERCE"),
        ("sudan", "care", "COERCE"),
    }


def test_matching_a_rivals_tests_is_no_attack() -> None:
    text = "ISLAMABAD (Reuters) - Pakistan tested five missiles on Thursday to match India's tests."
    assert coded_in(text, "1998-05-28") == {("pakistan", "india", "MENTION")}


def test_a_groups_branch_named_by_a_state_is_the_groups() -> None:
    text = (
        "RIYADH (Reuters) - A suicide bomber from al-Qaeda's Yemeni branch killed 20 Saudi "
        "soldiers on Monday."
    )
    assert coded_in(text, "2015-05-04") == {("al qaeda", "saudi arabia", "ASSAULT")}


def test_where_a_bomb_went_off_before_those_it_killed_is_no_target() -> None:
    text = (
        "KANDAHAR (Reuters) - A Taliban suicide bomber blew himself up at the gates of Kandahar "
        "airport on Monday, killing three Canadian soldiers."
    )
    assert coded_in(text, "2008-05-04") == {("taliban", "canada", "ASSAULT")}


def test_a_groups_leader_is_the_groups() -> None:
    text = "WASHINGTON (Reuters) - U.S. forces killed Ayman al-Zawahiri in Kabul on Sunday."
    assert entities_in(text, "2022-07-31")["Ayman al-Zawahiri"].affiliation == "al-qaeda"
    assert coded_in(text, "2022-07-31") == {("united states", "al qaeda", "ASSAULT")}


def test_a_super_typhoon_is_no_actor() -> None:
    text = (
        "MANILA (Reuters) - Super Typhoon Haiyan slammed into the central Philippines on Friday, "
        "killing at least 100 people."
    )
    assert coded_in(text, "2013-11-08") == set()


def test_a_clause_after_a_bomb_that_blew_up_has_its_own_subject() -> None:
    text = (
        "KABUL (Reuters) - A bomber blew himself up at the gates of Kabul airport on Thursday, "
        "killing 13 U.S. service members, and Pakistan shut NATO's supply routes into "
        "Afghanistan."
    )
    assert ("united states", "nato", "COERCE") not in coded_in(text, "2021-08-26")
    assert ("pakistan", "nato", "COERCE") in coded_in(text, "2021-08-26")
