"""A state's "Minister of" a portfolio ("South Africa's Minister of Mineral Resources,
Gwede Mantashe,") is an office: the person named with it serves the state, and the
portfolio's words are no person; with no comma, the portfolio ends where the holder's name
begins.  A ministry's list of portfolios is one name, with or without a comma ("Ministry of
Trade and Industry")."""

from __future__ import annotations

from relation_support import entities_in


def test_a_minister_of_a_portfolio_in_apposition_serves_the_state() -> None:
    found = entities_in(
        "Nigeria's Minister of Petroleum Resources, Timipre Sylva, said output would rise.",
        "2021-03-01",
    )
    assert found["Timipre Sylva"].affiliation == "nigeria"
    assert "Resources" not in found and "Petroleum Resources" not in found


def test_the_portfolio_ends_where_the_holders_name_begins() -> None:
    found = entities_in(
        "South African Minister of Mineral Resources Gwede Mantashe met union leaders.",
        "2025-02-14",
    )
    assert found["Gwede Mantashe"].affiliation == "south-africa"
    assert not any("Mineral" in name for name in found)


def test_a_ministry_of_a_listed_portfolio_stays_one_ministry() -> None:
    found = entities_in(
        "Japan's Ministry of Economy, Trade and Industry tightened export rules.", "2019-07-01"
    )
    assert found["Japan's Ministry of Economy, Trade and Industry"].affiliation == "japan"


def test_a_ministry_of_several_portfolios_joined_by_and_is_one_ministry() -> None:
    found = entities_in(
        "BISHKEK, Oct 8 (Reuters) - The Ministry of Natural Resources, Ecology and Technical "
        "Supervision said it had halted work at the mine. The Ministry of Trade and Industry "
        "said exports would go on.",
        "2025-10-08",
    )
    assert "Ministry of Natural Resources, Ecology and Technical Supervision" in found
    assert "Ministry of Trade and Industry" in found
    assert not {"Ecology", "Technical Supervision", "Industry"} & set(found)
