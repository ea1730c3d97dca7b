"""Who reacts, whose party, whose mayor: the party that denounces a move keeps its reaction
though an apposition stands between it and its verb ("a move the Ennahda party, the largest
bloc in the assembly, denounced as a coup"); "his party" after a politician named with his
party is that party, and "his paramilitary force" the force its commander was named with; a
town before its mayor's title is no party to what is done to him; a list goes on past two
words before its next name ("Uganda and the newly elected Somali government"); a body's
officer named in its relative clause ("the National Union of Mineworkers, whose general
secretary Gwede Mantashe accused") belongs to it; a vote for an act no verb of ours names
("voted on Friday to set up an expert panel") agrees with no one named after it."""

from __future__ import annotations

from relation_support import coded_in, entities_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def test_a_reaction_keeps_its_party_across_an_apposition() -> None:
    text = (
        "TUNIS (Reuters) - President Kais Saied dissolved parliament on Wednesday, a move the "
        "Ennahda party, the largest bloc in the assembly, denounced as illegal."
    )
    assert coded_in(text, "2022-03-30") == {("ennahda", "tunisia", "ACCUSE")}


def test_his_party_is_the_party_he_was_named_with() -> None:
    text = (
        "ANKARA (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu of the main "
        "opposition CHP on Wednesday, and his party denounced the arrest as a political purge."
    )
    assert coded_in(text, "2025-03-19") == {
        ("turkey", "republican people's party", "COERCE"),
        ("republican people's party", "turkey", "ACCUSE"),
    }


def test_a_town_before_its_mayors_title_is_no_party() -> None:
    text = "Ukrainian police detained Odesa Mayor Gennadiy Trukhanov on Tuesday."
    extraction = extract(RawArticle("", text, date="2023-02-07"), "odesa")
    pairs = {(r.source, r.target, r.type) for r in extraction.relations}
    assert pairs == {("ukrainian-police", "gennadiy-trukhanov", "COERCE")}


def test_a_listed_party_may_carry_two_words_before_its_name() -> None:
    text = "Kenya accused Uganda and the newly elected Somali government of arming militias."
    assert coded_in(text, "2012-09-17") == {
        ("kenya", "uganda", "ACCUSE"),
        ("kenya", "somalia", "ACCUSE"),
    }


def test_a_leader_named_in_his_bodys_relative_clause_speaks_for_it() -> None:
    text = (
        "JOHANNESBURG (Reuters) - Thousands of miners marched in Johannesburg on Monday in a "
        "protest called by the National Union of Mineworkers, whose general secretary Gwede "
        "Mantashe accused the Chamber of Mines of stalling wage talks."
    )
    assert entities_in(text, "2007-08-06")["Gwede Mantashe"].affiliation == (
        "national-union-of-mineworkers"
    )
    assert coded_in(text, "2007-08-06") == {
        ("national union of mineworkers", "chamber of mines", "ACCUSE")
    }


def test_a_vote_for_an_act_no_verb_names_agrees_with_no_one_named_after_it() -> None:
    text = (
        "GENEVA (AP) - The U.N. Human Rights Council voted on Friday to set up an expert panel "
        "on abuses by the Rapid Support Forces in Darfur."
    )
    assert coded_in(text, "2023-10-13") == {("united nations", "rapid support forces", "MENTION")}


def test_his_paramilitary_force_is_the_force_its_commander_was_named_with() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed sanctions on Thursday on RSF "
        "commander Abdelrahim Dagalo, accusing his paramilitary force of attacks on civilians."
    )
    assert coded_in(text, "2023-09-07") == {
        ("united states", "rapid support forces", "COERCE"),
        ("united states", "rapid support forces", "ACCUSE"),
    }
