"""Controls tightened on a trade restrict it (CAMEO 163, COERCE): "said it would tighten
controls on exports to South Korea"; the trade named as the restriction's object ("controls
on rare earth exports to Japan") is no trade made, though the demand after "and" still is."""

from __future__ import annotations

from relation_support import stored_in


def test_tightened_controls_on_exports_restrict_the_buyer() -> None:
    found = stored_in(
        "China tightened controls on rare earth exports to Japan on Thursday.", "2010-10-21"
    )
    assert ("China", "COERCE", "Japan") in found
    assert ("China", "COOPERATE", "Japan") not in found


def test_a_demand_after_an_embargo_is_still_made() -> None:
    # a guard: read so before
    found = stored_in(
        "The U.N. Security Council imposed an arms embargo on Liberia on Tuesday and demanded "
        "an end to the fighting.",
        "1992-11-19",
    )
    assert ("United Nations", "REQUEST", "Liberia") in found or (
        "UN Security Council",
        "REQUEST",
        "Liberia",
    ) in found
