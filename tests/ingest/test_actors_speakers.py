"""An official the lexicon does not know, named with a state's office, serves the state the
sentence opens with, as event coders read the speaker ("Paraguay raised taxes, Finance
Minister X said"); a name with no office, or after a company, stays no state's."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.model import Entity


def _entities(text: str) -> dict[str, Entity]:
    return entities_in(text, "2024-02-13")


def test_a_minister_closing_a_sentence_serves_the_state_it_opens_with() -> None:
    entities = _entities("Paraguay raised fuel taxes on Monday, Finance Minister Tovar Quell said.")
    assert entities["Tovar Quell"].affiliation == "paraguay"


def test_an_office_in_lower_case_ties_its_holder_to_the_state_of_the_subject() -> None:
    entities = _entities("Paraguayan police detained former president Ilsa Vorn on Monday.")
    assert entities["Ilsa Vorn"].affiliation == "paraguay"


def test_a_name_with_no_office_or_after_a_company_is_no_state_s() -> None:
    entities = _entities("Paraguay raised fuel taxes on Monday, said Tovar Quell.")
    assert entities["Tovar Quell"].affiliation is None
    entities = _entities("Quellco Ltd cut 300 jobs on Monday, President Ilsa Vorn said.")
    assert entities["Ilsa Vorn"].affiliation is None


def test_a_body_s_office_ties_its_holder_to_the_body_the_sentence_opens_with() -> None:
    entities = _entities(
        "The Zembla Relief Fund sent tents to Chad on Monday, spokesman Tovar Quell said."
    )
    assert entities["Tovar Quell"].affiliation == "zembla-relief-fund"


def test_a_state_s_office_passes_over_a_body_to_the_state() -> None:
    entities = _entities(
        "The African Union urged Paraguay's rulers to free ousted President Ilsa Vorn."
    )
    assert entities["Ilsa Vorn"].affiliation == "paraguay"
