"""Whose act a clause tells: a name after "after" is its own clause's subject ("after Spain
backed Morocco's plan": Spain's support, not the main subject's); a place struck in a passive
by an attack named after its maker is the target ("a plant in the Kharkiv region was destroyed
by a Russian missile strike"). Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_name_after_after_is_its_clauses_subject() -> None:
    found = _typed(
        "Chile recalled its envoy from Lima on Monday after Peru backed Bolivia's claim."
    )
    assert ("Peru", "SUPPORT", "Bolivia") in found
    assert ("Chile", "SUPPORT", "Bolivia") not in found


def test_a_place_hit_in_a_passive_by_a_states_strike_is_its_target() -> None:
    found = _typed(
        "A hospital in the Kharkiv region was damaged by a Russian drone attack overnight."
    )
    assert {(s, k) for s, k, _ in found} == {("Russia", "ASSAULT")}
