"""Forces sent to watch or deter someone are shown to them ("dispatched warships to monitor
the Russian fleet"), and the watching is that show's aim, no act of its own; "and said it had"
speaks for the sentence's subject, not for the last name before it. Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_jets_scrambled_to_intercept_bombers_are_a_show_of_force_to_them() -> None:
    assert _typed("Norway scrambled fighter jets to intercept Russian bombers.") == {
        ("Norway", "MOBILIZE", "Russia")
    }


def test_and_said_it_had_speaks_for_the_sentence_subject() -> None:
    found = _typed(
        "Japan condemned the Russian manoeuvres and said it had dispatched warships"
        " to shadow the Russian navy."
    )
    assert ("Japan", "MOBILIZE", "Russian navy") in found
    assert not any(kind == "COOPERATE" for _, kind, _ in found)


def test_a_shot_at_part_of_a_state_is_aimed_at_the_state() -> None:
    assert _typed("Hezbollah fired rockets at northern Israel on Sunday.") == {
        ("Hezbollah", "ASSAULT", "Israel")
    }
