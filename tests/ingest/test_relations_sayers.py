"""Who says a word named as a noun: "a warning from Pyongyang" is North Korea's, "calls by US
lawmakers" and "Egyptian and Sudanese calls" are their authors' (and rejecting them rejects
those authors, who asked); vowing to retaliate threatens force not yet used. Sentences written for these
tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_warning_from_a_state_is_that_states_threat() -> None:
    found = _typed("Japan deployed destroyers on Friday, drawing a stern warning from Beijing.")
    assert ("China", "THREATEN", "Japan") in found
    assert ("Japan", "THREATEN", "China") not in found


def test_criticism_from_a_state_accuses_whoever_faced_it() -> None:
    assert _typed("Poland faced sharp criticism from Germany on Monday.") == {
        ("Germany", "ACCUSE", "Poland")
    }


def test_rejecting_calls_by_a_states_agents_rejects_that_state() -> None:
    found = _typed("Colombia rejected demands by Venezuelan officials to close the border.")
    assert found == {("Colombia", "REJECT", "Venezuela"), ("Venezuela", "REQUEST", "Colombia")}


def test_rejecting_calls_of_two_states_named_by_adjectives_rejects_each() -> None:
    found = _typed("Turkey rejected Greek and Cypriot calls to halt the drilling.")
    assert found == {("Turkey", "REJECT", "Greece"), ("Turkey", "REJECT", "Cyprus")}


def test_vowing_to_retaliate_is_a_threat_not_an_attack() -> None:
    found = _typed("Iran vowed on Sunday to retaliate against Israel and the United States.")
    assert found == {("Iran", "THREATEN", "Israel"), ("Iran", "THREATEN", "United States")}
