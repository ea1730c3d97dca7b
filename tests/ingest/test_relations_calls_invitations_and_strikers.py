"""Calls, invitations, strikers and words that name no one: a leader who telephones another
consults the one called, one way (as event coders code calls), while a meeting is still
mutual; an invitation to visit or to talks is an intent to meet (AGREE), an invitation to
join is still a request; members of a union "at" a company strike for the union, against the
company; a word of an adjective's shape no lexicon knows ("an Olympic truce", "Andean
leaders") is no actor, nor is a scripture ("the Koran"); the dictionaries' plain English nouns
("Youth") name no armed group; "a space launch centre" launches nothing, and "a jointly
developed frigate" is no cooperation of the sentence's own."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_a_call_is_the_callers_consultation_of_the_one_called() -> None:
    text = (
        "ROME (Reuters) - Italy's prime minister telephoned the Greek president on Friday to "
        "discuss the migrant boats stranded off Crete."
    )
    assert coded_in(text, "2023-06-16") == {("italy", "greece", "CONSULT")}


def test_a_meeting_is_still_each_sides() -> None:
    text = "ROME (Reuters) - Italy's prime minister met the Greek president in Athens on Friday."
    assert coded_in(text, "2023-06-16") == {
        ("italy", "greece", "CONSULT"),
        ("greece", "italy", "CONSULT"),
    }


def test_an_invitation_to_visit_is_an_intent_to_meet() -> None:
    text = (
        "SANTIAGO (Reuters) - Chile's president has invited his Peruvian counterpart to visit "
        "Santiago in March to discuss fishing rights, the foreign ministry said on Monday."
    )
    assert coded_in(text, "2024-01-15") == {("chile", "peru", "AGREE")}


def test_an_invitation_to_talks_is_an_intent_to_meet() -> None:
    text = (
        "MADRID (AFP) - Spain's agriculture minister invited leaders of the COAG farm union to "
        "talks at his ministry on Thursday after tractors blocked roads around the capital."
    )
    assert ("spain", "coag", "AGREE") in coded_in(text, "2024-02-08")


def test_an_invitation_to_join_stays_a_request() -> None:
    text = (
        "BRUSSELS (Reuters) - NATO formally invited Montenegro to join the alliance on Wednesday."
    )
    assert coded_in(text, "2015-12-02") == {("nato", "montenegro", "REQUEST")}


def test_members_of_a_union_at_a_company_strike_for_the_union() -> None:
    text = (
        "DETROIT, May 4 (Reuters) - Members of the United Auto Workers union at General Motors "
        "staged an eight-hour strike at the carmaker's Lansing plant on Thursday, the union said."
    )
    assert coded_in(text, "2023-05-04") == {("united auto workers", "general motors", "PROTEST")}


def test_a_word_of_an_adjectives_shape_that_only_modifies_is_no_actor() -> None:
    text = (
        "LIMA (Reuters) - Peru's president hailed Bolivia's leader as \"a true Pan-Americanist\" "
        "on Tuesday and called for an Olympic truce at a summit of Andean leaders."
    )
    names = entities_in(text, "2024-05-07")
    assert not {"Olympic", "Andean", "Pan-Americanist"} & names.keys()
    assert "Bolivia" in names


def test_a_plain_english_noun_of_the_dictionaries_names_no_armed_group() -> None:
    text = "BEIJING (Reuters) - China's Communist Youth League lashed out at Nike on Thursday."
    names = entities_in(text, "2021-03-25")
    assert "Gazteriak" not in names
    assert names["Communist Youth League"].kind == "organisation"


def test_a_scripture_is_no_actor() -> None:
    text = (
        "ANKARA (Reuters) - Turkey summoned Denmark's ambassador on Monday after a copy of the "
        "Koran was burned outside the Turkish embassy in Copenhagen."
    )
    names = entities_in(text, "2023-01-30")
    assert "Koran" not in names
    assert coded_in(text, "2023-01-30") == {("turkey", "denmark", "ACCUSE")}


def test_a_launch_site_launches_nothing() -> None:
    text = (
        "TOKYO (Reuters) - Japan's prime minister received India's prime minister at a space "
        "launch centre in the Far East on Sunday."
    )
    assert coded_in(text, "2024-09-01") == {
        ("japan", "india", "CONSULT"),
        ("india", "japan", "CONSULT"),
    }


def test_a_jointly_developed_thing_is_no_cooperation_of_its_own() -> None:
    text = (
        "MADRID (Reuters) - Spain's prime minister and Italy's prime minister praised a jointly "
        "developed frigate at talks in Madrid on Wednesday."
    )
    coded = coded_in(text, "2019-10-16")
    assert ("spain", "italy", "COOPERATE") not in coded
    assert ("spain", "italy", "CONSULT") in coded
