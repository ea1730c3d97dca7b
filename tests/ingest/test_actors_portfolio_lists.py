"""A ministry named by a list of portfolios, commas and all, is one actor ("Japan's Ministry
of Economy, Trade and Industry"): before, it split into the ministry of the first portfolio
and actors called "Trade" and "Industry", each given the ministry's relations.  A list that
is no list of portfolios still ends the name at its comma."""

from __future__ import annotations

import pytest
from relation_support import entities_in, stored_in


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "The Ministry of Economy, Trade and Industry said on Monday it would restrict "
            "exports of chemicals to South Korea.",
            "Ministry of Economy, Trade and Industry",
        ),
        (
            "Japan's Ministry of Economy, Trade and Industry said on Monday it would restrict "
            "exports of chemicals to South Korea.",
            "Japan's Ministry of Economy, Trade and Industry",
        ),
        (
            "The Ministry of Agriculture, Forestry and Fisheries banned imports of beef from "
            "Brazil on Tuesday.",
            "Ministry of Agriculture, Forestry and Fisheries",
        ),
        (
            "The Department of Health, Education, and Welfare criticised Congress on Friday.",
            "Department of Health, Education, and Welfare",
        ),
    ],
)
def test_a_ministry_of_several_portfolios_is_one_actor(text: str, ministry: str) -> None:
    names = entities_in(text, "2019-07-01")
    assert ministry in names, sorted(names)
    assert not {"Trade", "Industry", "Forestry", "Fisheries", "Education", "Welfare"} & set(names)
    found = stored_in(text, "2019-07-01")
    assert found and {source for source, _, _ in found} == {ministry}, found


def test_guard_states_listed_after_a_ministry_stay_states() -> None:
    text = "Japan's Ministry of Defence, France and Britain agreed to share intelligence."
    names = entities_in(text, "2019-07-01")
    assert {"Japan's Ministry of Defence", "France", "United Kingdom"} <= set(names), names
