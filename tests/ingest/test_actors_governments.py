"""A state's government belongs to it however the text names the state: by its possessive
("Paraguay's government") or by a name of several words ("the Sierra Leone government"); a
person titled by a state's adjective ("Soviet leader X") serves it."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2021-04-06")


def test_a_government_after_a_state_s_possessive_belongs_to_the_state() -> None:
    entities = _entities("Paraguay's government asked the World Bank for a new loan on Monday.")
    assert entities["Paraguay's government"].affiliation == "paraguay"


def test_a_government_after_a_state_s_name_of_two_words_belongs_to_the_state() -> None:
    entities = _entities("Traders sued the Sierra Leone government on Tuesday over the port.")
    assert entities["Sierra Leone government"].affiliation == "sierra-leone"
    assert "Leone government" not in entities and "Sierra" not in entities


def test_a_government_after_an_unknown_name_stays_unaffiliated() -> None:
    entities = _entities("The Zemblan Quarn government fell on Tuesday.")
    assert all(e.affiliation is None for e in entities.values())


def test_a_leaders_possessive_government_is_the_state_they_led_then() -> None:
    """ "President Recep Tayyip Erdogan's government": Turkey's, and one actor, not a
    government and a person named "Recep Tayyip"."""
    found = _entities("President Recep Tayyip Erdogan's government banned the rally.")
    government = found["Recep Tayyip Erdogan's government"]
    assert government.affiliation == "turkey"
    assert "Recep Tayyip" not in found


def test_a_person_titled_by_a_states_adjective_or_possessive_serves_that_state() -> None:
    titled = _entities("Soviet leader Ivan Zembrov met Finnish officials on Monday.")
    assert titled["Ivan Zembrov"].affiliation == "soviet-union"
    junta = _entities("Guinea's junta chief Amadou Vessikou met envoys on Monday.")
    assert junta["Amadou Vessikou"].affiliation == "guinea"
    told = _entities("Iran told Zemblan envoy Quarn Vessik to leave on Monday.")
    assert told["Quarn Vessik"].affiliation != "iran"


def test_a_government_named_by_a_leader_the_lexicon_knows_only_in_full_is_his_state() -> None:
    """ "President Pierre Nkurunziza's government": the lexicon knows "Pierre Nkurunziza",
    not "Nkurunziza" alone; one actor serving Burundi, no person "Pierre"."""
    found = _entities("President Pierre Nkurunziza's government rejected the plan on Friday.")
    assert found["Pierre Nkurunziza's government"].affiliation == "burundi"
    assert "Pierre" not in found


def test_a_leader_s_name_with_a_particle_is_read_whole_before_his_government() -> None:
    found = _entities("Unions marched against Luiz Inacio Lula da Silva's government on Monday.")
    assert found["Luiz Inacio Lula da Silva's government"].affiliation == "brazil"


def test_a_state_of_two_words_before_a_possessive_government_keeps_both() -> None:
    found = _entities("Australian troops arrived to help East Timor's government restore order.")
    assert found["East Timor's government"].affiliation == "timor-leste"
    assert "East" not in found


def test_a_legislature_after_a_state_s_adjective_is_that_state_s() -> None:
    """ "Congress" alone is the United States'; "the Colombian Congress" is Colombia's."""
    found = _entities("The Colombian Congress approved the deal on Tuesday.")
    assert found["Colombian Congress"].affiliation == "colombia"
    assert "United States Congress" not in found
