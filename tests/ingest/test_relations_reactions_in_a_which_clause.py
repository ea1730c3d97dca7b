"""A reaction told in a relative clause after the act (", which the DUP denounced as a
betrayal") is aimed at the act's authors, as one told in an apposition (", a move the
Polisario Front condemned") is; "the Democratic Unionist Party of Ian Paisley" is the party
and its leader, not one name."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_a_reaction_in_a_which_clause_is_aimed_at_the_acts_authors() -> None:
    found = stored_in(
        "Colombia and the FARC signed a peace accord in Havana on Thursday, which the"
        " Democratic Centre party immediately denounced as a surrender.",
        "2016-08-25",
    )
    assert [row for row in found if row[1] == "ACCUSE" and row[2] == "Colombia"]


def test_a_which_clause_with_no_reactor_named_relates_no_one_more() -> None:
    found = stored_in(
        "Turkey shelled Kurdish positions in Syria, which raised fears of a wider war.",
        "2016-08-25",
    )
    assert not [row for row in found if row[1] == "ACCUSE"]


def test_a_party_of_a_named_leader_is_the_party_and_the_leader_its() -> None:
    found = entities_in(
        "Colombia signed the accord, which the Democratic Centre Party of Oscar Zuluaga denounced.",
        "2016-08-25",
    )
    assert found["Oscar Zuluaga"].affiliation == found["Democratic Centre Party"].id


def test_a_condition_refused_in_apposition_rejects_whoever_set_it() -> None:
    text = (
        "The summit ended in failure after Soviet leader Mikhail Gorbachev demanded that "
        "Washington confine research to the laboratory, a condition President Reagan refused "
        "to accept."
    )
    assert ("Ronald Reagan", "REJECT", "Mikhail Gorbachev") in stored_in(text, "1986-10-12")
