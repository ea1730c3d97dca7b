"""A person named as a patron, a spokesman or a member of a group in apposition ("X, a patron
of the United Democratic Front"), or with "and other leaders of" it, is the group's, and the
head of a state's body ("X, the head of the Serbian government's office") the state's, as
event coders code acts against them; a cleric's title ("the Reverend", "Archbishop") is no
word of their name."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_patron_named_in_apposition_is_the_groups() -> None:
    people = entities_in(
        "Kenyan police arrested Kenneth Matiba, a member of the Forum for the Restoration of "
        "Democracy, in Nakuru on Friday.",
        "1990-10-05",
    )
    assert people["Kenneth Matiba"].affiliation == "forum-for-the-restoration-of-democracy"


def test_leaders_detained_with_other_leaders_of_a_party_are_the_partys() -> None:
    text = (
        "Thai soldiers detained Yingluck Shinawatra and other leaders of the ruling Pheu Thai "
        "Party on Thursday."
    )
    assert entities_in(text, "2014-05-22")["Yingluck Shinawatra"].affiliation == "pheu-thai-party"
    assert ("Thai soldiers", "COERCE", "Yingluck Shinawatra") in stored_in(text, "2014-05-22")


def test_a_clerics_title_is_no_word_of_the_name() -> None:
    people = entities_in(
        "Archbishop Desmond Tutu and the Reverend Frank Chikane led a march in Cape Town on "
        "Wednesday.",
        "1989-09-13",
    )
    assert {"Desmond Tutu", "Frank Chikane"} <= set(people)


def test_the_head_of_a_states_government_office_serves_that_state() -> None:
    people = entities_in(
        "Israeli troops detained Samir Haddad, the head of the Syrian government's liaison "
        "office, near Quneitra on Monday.",
        "1995-03-06",
    )
    assert people["Samir Haddad"].affiliation == "syria"
