"""A leader a visitor meets ("arrived in Jakarta for talks with President Suharto", "received
Prime Minister X") is the host, not the visitor's own officer, when no dictionary knows the
leader: the state of the place visited, else none."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def test_the_leader_met_in_the_capital_visited_serves_its_state() -> None:
    text = (
        "Malaysian Prime Minister Mahathir Mohamad arrived in Jakarta on Thursday for two days"
        " of talks with President Suharto on maritime boundaries."
    )
    assert entities_in(text, "1996-08-15")["Suharto"].affiliation == "indonesia"
    assert ("Mahathir Mohamad", "CONSULT", "Suharto") in stored_in(text, "1996-08-15")


def test_a_leader_a_visitor_holds_talks_with_is_not_the_visitors() -> None:
    entities = entities_in(
        "Henry Kissinger held talks with President Hafez al-Assad on Saturday.", "1974-05-04"
    )
    assert entities["Hafez al-Assad"].affiliation != "united-states"
    assert entities["Henry Kissinger"].affiliation == "united-states"


def test_a_president_who_requested_the_force_arriving_in_a_state_leads_that_state() -> None:
    entities = entities_in(
        "Russian paratroopers began arriving in Kazakhstan on Thursday as part of a force that"
        " President Kassym-Jomart Tokayev had requested.",
        "2022-01-06",
    )
    assert entities["Kassym-Jomart Tokayev"].affiliation == "kazakhstan"
