"""Trade disputes as wire copy tells them: tariffs on goods "imported from China" are aimed
at China (the import describes the goods), pressure "from Washington" is Washington's
coercion of whoever faces it (but bowing to it is the yielding only), a complaint brought
"under the dispute settlement mechanism of the WTO" accuses no WTO, and a ruling criticised
in the next sentence is charged to whoever made it."""

from __future__ import annotations

from relation_support import stored_in


def test_tariffs_on_goods_imported_from_a_state_are_aimed_at_it() -> None:
    found = stored_in(
        "Canada imposed tariffs of 100 percent on electric vehicles imported from China on"
        " Tuesday.",
        "2024-08-27",
    )
    assert ("Canada", "COERCE", "China") in found
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_pressure_from_a_state_is_its_coercion() -> None:
    found = stored_in(
        "Israeli Prime Minister Benjamin Netanyahu faces mounting pressure from Washington to"
        " allow more aid into Gaza.",
        "2024-03-03",
    )
    assert ("United States", "COERCE", "Benjamin Netanyahu") in found
    assert ("Benjamin Netanyahu", "COERCE", "United States") not in found


def test_bowing_to_pressure_is_the_yielding_only() -> None:
    found = stored_in(
        "Indonesia bowed to pressure from the United Nations and agreed to admit peacekeepers.",
        "1999-09-12",
    )
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_a_complaint_brought_to_the_wto_accuses_no_wto() -> None:
    found = stored_in(
        "China said it had filed a complaint under the dispute settlement mechanism of the"
        " World Trade Organization.",
        "2024-10-30",
    )
    assert not any(target == "World Trade Organization" for _, _, target in found)


def test_a_ruling_criticised_in_the_next_sentence() -> None:
    found = stored_in(
        "Venezuela's Supreme Court upheld a ban on opposition leader Maria Corina Machado on"
        " Friday. The European Union criticised the ruling.",
        "2024-01-26",
    )
    assert ("European Union", "ACCUSE", "Venezuela's Supreme Court") in found
