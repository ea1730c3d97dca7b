"""A title, one name and "of" a state ("King Hussein of Jordan") name a person of that
state, not one actor "Hussein of Jordan"."""

from __future__ import annotations

from relation_support import entities_in


def test_a_titled_name_of_a_state_is_that_states_person() -> None:
    entities = entities_in("King Hussein of Jordan met Yasser Arafat in Amman.", "1985-02-11")
    assert "Hussein of Jordan" not in entities
    assert entities["Hussein"].kind == "person"
    assert entities["Hussein"].affiliation == "jordan"
    entities = entities_in("Sultan Qaboos of Oman received the Iranian envoy.", "1990-02-02")
    assert entities["Qaboos"].affiliation == "oman"


def test_a_name_of_a_company_stays_the_companys_man() -> None:
    entities = entities_in("Warren Buffett of Berkshire Hathaway met Tim Cook.", "2019-05-01")
    assert entities["Warren Buffett"].affiliation in (None, "berkshire-hathaway")
    assert entities["Berkshire Hathaway"].kind == "company"
