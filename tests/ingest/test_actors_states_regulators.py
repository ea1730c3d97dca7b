"""A state's regulators named after its possessive: "Russia's Federal Antimonopoly Service",
"Britain's Competition and Markets Authority" and "Brazil's antitrust watchdog CADE" are the
state's own government bodies (what they fine or investigate, the state does, as event
coders code it); a union named after a state's possessive stays its own body; a "junta leader"
rules the state his story is filed from, and an office named after "where" ("..., where Prime
Minister X told him") serves the state its sentence names; "the foreign ministry" of a story
that names no state before it is the state the story is filed from."""

from __future__ import annotations

from relation_support import coded_in, entities_in


def test_a_service_named_after_a_states_possessive_is_its_government_body() -> None:
    text = "MOSCOW (Reuters) - Russia's Federal Antimonopoly Service fined Google on Monday."
    service = entities_in(text, "2022-07-18")["Federal Antimonopoly Service"]
    assert (service.kind, service.affiliation) == ("government", "russia")


def test_an_authority_after_a_states_possessive_fines_for_the_state() -> None:
    text = (
        "LONDON (Reuters) - Britain's Financial Conduct Authority fined Barclays 40 million "
        "pounds on Thursday."
    )
    assert coded_in(text, "2022-07-14") == {("united kingdom", "barclays", "COERCE")}


def test_a_watchdog_named_by_its_initials_is_the_states() -> None:
    text = (
        "ROME (Reuters) - Italy's antitrust watchdog AGCM opened an investigation into Amazon "
        "on Tuesday over its logistics services."
    )
    watchdog = entities_in(text, "2019-04-16")["AGCM"]
    assert (watchdog.kind, watchdog.affiliation) == ("government", "italy")


def test_a_union_after_a_states_possessive_stays_its_own() -> None:
    text = "BERLIN (Reuters) - Germany's Verdi union called a strike at Lufthansa on Monday."
    assert entities_in(text, "2024-02-05")["Verdi"].affiliation is None


def test_a_junta_leader_rules_the_state_his_story_is_filed_from() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - ECOWAS envoys held talks in Ouagadougou on Saturday with junta "
        "leader Captain Ibrahim Traore, who agreed to a two-year transition."
    )
    assert entities_in(text, "2022-10-08")["Ibrahim Traore"].affiliation == "burkina-faso"


def test_an_office_after_where_serves_the_state_its_sentence_names() -> None:
    text = (
        "HANOI (Reuters) - Samsung's chairman visited Hanoi on Friday, where Prime Minister "
        "Pham Minh Chinh told him that Vietnam would cut red tape for foreign investors."
    )
    assert entities_in(text, "2024-05-17")["Pham Minh Chinh"].affiliation == "vietnam"


def test_the_foreign_ministry_of_a_story_is_the_state_it_is_filed_from() -> None:
    text = (
        "HANOI (Reuters) - The foreign ministry summoned China's ambassador on Monday and "
        "demanded that Beijing stop harassing Vietnamese fishing boats."
    )
    coded = coded_in(text, "2024-10-07")
    assert ("vietnam", "china", "ACCUSE") in coded
    assert ("vietnam", "china", "REQUEST") in coded
