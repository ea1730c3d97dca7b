"""A ship or an aircraft a state owns or flags is that state's, so an attack on it is an
attack on the state ("hit a Greek-owned bulk carrier"); a sea, a gulf or a river is in no one
state its sentence names; pirates, kidnappers and hijackers named by a state's adjective are
outlaws from it, not its agents, as event coders code them."""

from __future__ import annotations

from relation_support import entities_in, stored_in


def told(text: str) -> set[tuple[str, str, str]]:
    return stored_in(text, "2024-01-16", denied=False)


def test_an_attack_on_a_ship_a_state_owns_or_flags_is_on_the_state() -> None:
    assert ("Houthis", "ASSAULT", "Greece") in told(
        "Yemen's Houthi rebels hit a Greek-owned bulk carrier with an anti-ship missile in the"
        " Red Sea on Tuesday."
    )
    assert ("Islamic Revolutionary Guard Corps", "COERCE", "United Kingdom") in told(
        "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz."
    )
    assert "Germany" not in {t for _, _, t in told("A Germany-based charity said it was closing.")}


def test_a_sea_lies_in_no_state_its_sentence_names() -> None:
    found = entities_in("A Liberian-flagged tanker caught fire in the Red Sea.", "2024-01-16")
    assert found["Red Sea"].affiliation is None


def test_pirates_named_by_a_states_adjective_are_no_agents_of_it() -> None:
    found = told("Somali pirates hijacked a Saudi-owned supertanker off the coast of Kenya.")
    assert not any(source == "Somalia" for source, _, _ in found)
