"""Mediators named together, each with a title, broker a deal and meet its parties; they are
no parties to it with each other ("a deal brokered in Moscow by Russian President Vladimir
Putin and French President Emmanuel Macron").  When the act they brokered names no other
party, they meet the sentence's opening subject ("Colombia agreed to free 30 jailed
guerrillas after talks mediated by the Church and Cuba's foreign minister").  A body's
mediator, or the leader of its panel, serves the body ("United Nations mediator Staffan de
Mistura", "an African Union panel led by Thabo Mbeki")."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_mediators_named_together_meet_the_parties_not_each_other() -> None:
    found = stored_in(
        "Armenia agreed on Friday to return three villages to Azerbaijan under a deal brokered "
        "in Moscow by Russian President Vladimir Putin and French President Emmanuel Macron.",
        "2015-01-01",
    )
    assert ("Vladimir Putin", "CONSULT", "Armenia") in found
    assert ("Emmanuel Macron", "CONSULT", "Azerbaijan") in found
    brokers = {"Vladimir Putin", "Emmanuel Macron", "France", "Russia"}
    assert not [(s, t) for s, _, t in found if s in brokers and t in brokers]


def test_mediators_meet_the_opening_subject_when_no_act_names_a_party() -> None:
    found = stored_in(
        "Colombia agreed on Monday to free 30 jailed guerrillas after talks mediated by the "
        "Roman Catholic Church and Cuba's foreign minister.",
        "2015-01-01",
    )
    assert ("Catholic Church", "CONSULT", "Colombia") in found
    assert ("Cuba's foreign minister", "CONSULT", "Colombia") in found
    assert not [row for row in found if row[0] == "Colombia"]  # it freed no mediator


def test_a_bodys_mediator_and_panel_leader_serve_the_body() -> None:
    envoy = entities_in(
        "The two sides signed a truce on Friday brokered by United Nations mediator Staffan "
        "de Mistura.",
        "2015-01-01",
    )["Staffan de Mistura"]
    assert (envoy.kind, envoy.affiliation) == ("person", "united-nations")
    leader = entities_in(
        "Sudan and South Sudan signed an oil accord on Thursday, brokered by an African Union "
        "panel led by Thabo Mbeki.",
        "2012-09-27",
    )["Thabo Mbeki"]
    assert leader.affiliation == "african-union"
