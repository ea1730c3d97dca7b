"""An attack charged on the accused's own people ("accused the prime minister of declaring
war on his own people") is no attack on the accuser, as a charge of shelling the accuser's
towns is."""

from __future__ import annotations

from relation_support import stored_in


def test_war_on_its_own_people_is_no_attack_on_the_accuser() -> None:
    found = stored_in(
        "Opposition leader Nika Melia accused Prime Minister Irakli Kobakhidze of declaring war"
        " on his own people.",
        "2024-11-29",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)


def test_shelling_the_accusers_towns_is_still_an_attack_on_it() -> None:
    found = stored_in("Armenia accused Azerbaijan of shelling villages in Syunik.", "2022-09-13")
    assert ("Azerbaijan", "ASSAULT", "Armenia") in found
