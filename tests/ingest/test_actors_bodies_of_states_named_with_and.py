"""A state's court, central bank or legislature named with "of" and the state is the state's
body ("the Supreme Court of Pakistan"); one named after a state whose name holds "and" ("the
Court of Bosnia and Herzegovina", "the Central Bank of Trinidad and Tobago") is one actor,
not the body of the first half and the second half on its own; a ministry named for a trade
("the Ministry of Oil") is no company. Sentences written for these tests."""

from __future__ import annotations

from relation_support import entities_in


def test_a_body_of_a_state_named_with_and_is_one_actor() -> None:
    found = entities_in(
        "The Central Bank of Trinidad and Tobago raised rates on Monday, and the Supreme Court"
        " of Bosnia and Herzegovina sentenced Milorad Dodik.",
        "2025-02-26",
    )
    assert "Central Bank of Trinidad and Tobago" in found
    assert "Supreme Court of Bosnia and Herzegovina" in found
    assert not {"Herzegovina", "Tobago", "Central Bank of Trinidad"} & set(found)


def test_two_states_joined_after_of_stay_two() -> None:
    found = entities_in("The Presidents of Chile and Peru met in Lima on Monday.", "2025-02-26")
    assert {"Chile", "Peru"} <= set(found)


def test_a_state_s_court_or_central_bank_named_with_of_is_the_state_s() -> None:
    found = entities_in(
        "The Supreme Court of Pakistan disqualified Prime Minister Nawaz Sharif on Friday, and"
        " the Central Bank of Nigeria fined Binance.",
        "2017-07-28",
    )
    assert found["Supreme Court of Pakistan"].kind == "government"
    assert found["Supreme Court of Pakistan"].affiliation == "pakistan"
    assert found["Central Bank of Nigeria"].affiliation == "nigeria"


def test_a_bank_named_after_a_country_is_no_state_body() -> None:
    found = entities_in("Bank of America raised its dividend on Monday.", "2024-01-08")
    assert all(entity.affiliation != "united-states" for entity in found.values())


def test_a_front_for_two_ideals_is_one_name() -> None:
    found = entities_in(
        "Rebels of the Front for Change and Concord in Chad vowed to march on N'Djamena.",
        "2021-04-21",
    )
    assert "Front for Change and Concord" in found
    assert "Concord" not in found


def test_a_ministry_named_for_a_trade_is_no_company() -> None:
    found = entities_in(
        "The Ministry of Mining fined Kobalt Mining on Monday, and the Ministry of Oil and the"
        " Department of Energy met.",
        "2024-01-08",
    )
    assert found["Kobalt Mining"].kind == "company"
    assert found["Ministry of Mining"].kind == "government"
    assert found["Ministry of Oil"].kind == "government"
    assert found["Department of Energy"].kind == "government"
