"""Forces entering a state or its city occupy it, as event coders code it (CAMEO 192,
COERCE): "Taliban fighters entered Kabul", "Iraqi troops and tanks swept into Kuwait" (no
charge, whatever the verb dictionary says of "sweep"); forces entering to help are aid, and a
purpose after the entry ("to fight Kurdish militants") is an act of its own, not one asked."""

from __future__ import annotations

from relation_support import stored_in


def test_fighters_entering_a_capital_occupy_its_state() -> None:
    assert ("Taliban", "COERCE", "Afghanistan") in stored_in(
        "Taliban fighters entered Kabul on Sunday as the president fled.", "2021-08-15"
    )
    assert ("Rwandan Patriotic Front", "COERCE", "Rwanda") in stored_in(
        "Rwandan Patriotic Front rebels marched into Kigali on Monday.", "1994-07-04"
    )


def test_troops_sweeping_into_a_state_occupy_it_and_accuse_no_one() -> None:
    found = stored_in("Iraqi troops and tanks swept into Kuwait before dawn.", "1990-08-02")
    assert ("Iraqi troops", "COERCE", "Kuwait") in found
    assert not any(kind == "ACCUSE" for _, kind, _ in found)
