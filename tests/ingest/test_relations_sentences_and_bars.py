"""Sentences and bars: what a sentence punishes ("jailed for uprooting border markers") and
what a bar stops ("barring the Chinese telecoms giant from buying American components") are
no acts of the news, so a reaction to the move that follows is aimed at whoever made it; a
court that "sentenced exiled opposition leader X" sentences X (the epithet is no verb of its
own); one "charged with treason in a Nairobi court" is charged by that court's state; "accused
Chad of backing Seleka rebels who attacked army positions" tells the rebels' attack as a fact."""

from __future__ import annotations

from relation_support import coded_in


def test_what_a_sentence_punishes_is_no_act_of_the_news() -> None:
    text = (
        "PHNOM PENH (AP) - A Cambodian court on Wednesday sentenced exiled opposition leader "
        "Sam Rainsy in absentia to five years in jail for inciting soldiers to mutiny against "
        "Thailand."
    )
    coded = coded_in(text, "2019-03-01")
    assert ("cambodia", "sam rainsy", "COERCE") in coded
    assert not any(source == "sam rainsy" for source, _, _ in coded)


def test_what_a_bar_stops_is_no_act_and_the_move_is_its_makers() -> None:
    text = (
        "WASHINGTON (Reuters) - The U.S. Commerce Department added ZTE to a trade blacklist on "
        "Monday, barring the Chinese company from buying American chips, a move Beijing "
        "denounced as bullying."
    )
    coded = coded_in(text, "2018-04-16")
    assert ("china", "united states", "ACCUSE") in coded
    assert not any(source == "zte" for source, _, _ in coded)


def test_a_charge_brought_in_a_court_is_the_courts() -> None:
    text = (
        "NAIROBI (Reuters) - Opposition leader Raila Odinga of the Orange Democratic Movement "
        "was charged with treason in a Nairobi court on Wednesday."
    )
    assert ("kenya", "orange democratic movement", "COERCE") in coded_in(text, "2018-01-31")


def test_a_relative_clause_of_the_charges_object_is_a_fact_told() -> None:
    text = (
        "BANGUI (Reuters) - The Central African Republic accused Chad of backing Seleka rebels "
        "who attacked army positions near Bangui this week."
    )
    coded = coded_in(text, "2013-03-20")
    assert ("central african republic", "chad", "ACCUSE") in coded
    assert ("seleka rebels", "central african republic", "ASSAULT") in coded
