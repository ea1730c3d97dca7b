"""Measures and aid announced as decided are the act; a border closed is a sanction; what
duties tax is no trade."""

from __future__ import annotations

from relation_support import typed_in


def test_a_border_closed_sanctions_the_neighbour() -> None:
    assert ("Poland", "SANCTION", "Belarus") in typed_in(
        "Poland closed two more crossings on its border with Belarus on Wednesday."
    )


def test_a_measure_announced_as_decided_is_taken() -> None:
    found = typed_in("Norway said on Friday it would close its border with Russia to tourists.")
    assert ("Norway", "SANCTION", "Russia") in found
    assert not any(kind == "THREATEN" for _, kind, _ in found)
    sent = typed_in("Japan said on Monday it would send emergency aid to Vanuatu.")
    assert ("Japan", "AID", "Vanuatu") in sent


def test_a_measure_warned_of_is_still_a_threat() -> None:
    found = typed_in("Norway warned it would close its border with Russia.")
    assert ("Norway", "THREATEN", "Russia") in found


def test_duties_on_imports_tax_them_and_trade_nothing() -> None:
    found = typed_in(
        "India on Monday imposed anti-dumping duties of up to 18 percent on solar glass "
        "imports from Vietnam."
    )
    assert any(s == "India" and t == "Vietnam" and k in ("COERCE", "SANCTION") for s, k, t in found)
    assert not any(kind == "COOPERATE" for _, kind, _ in found)
