"""A list of people counted by nationality ("twelve British and two Dutch plane-spotters")
names each of their states, whether the count is written in figures or in words."""

from __future__ import annotations

from relation_support import typed_in


def test_each_nationality_counted_in_words_is_acted_on() -> None:
    found = typed_in("Iranian police detained three German and two Austrian climbers on Sunday.")
    assert {target for _, kind, target in found if kind == "COERCE"} >= {"Germany", "Austria"}


def test_guard_each_nationality_counted_in_figures_is_acted_on() -> None:
    found = typed_in("Iranian police detained 3 German and 2 Austrian climbers on Sunday.")
    assert {target for _, kind, target in found if kind == "COERCE"} >= {"Germany", "Austria"}
