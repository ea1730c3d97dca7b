"""A disease is what states fight, never an actor they fight: "help Guinea and Liberia
contain the Ebola outbreak" coerces no one, and relates the lenders to the states helped."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_a_disease_named_in_capitals_is_no_actor() -> None:
    found = entities_in(
        "The World Bank will provide funding to help Guinea and Liberia contain the Ebola "
        "outbreak, the bank said on Tuesday.",
        "2014-08-05",
    )
    assert "Ebola" not in found
    assert {"World Bank", "Guinea", "Liberia"} <= set(found)


def test_containing_an_outbreak_coerces_no_one() -> None:
    found = typed_in(
        "The World Bank will provide funding to help Guinea and Liberia contain the Ebola outbreak."
    )
    assert not any(kind == "COERCE" for _, kind, _ in found)
    assert ("World Bank", "AGREE", "Guinea") in found
