"""Words read as verbs only where they are verbs: "a peacekeeping force" is a body of troops,
not an act of forcing ("to force", "would force" are); a participle glued to the word before
by a hyphen ("a U.N.-backed force", "a state-run newspaper") is an adjective, and relates
only the name glued to the name it modifies ("Iran-backed Hezbollah"); the body glued to what
it arranged ("a U.N.-arranged ceasefire") is no party to the act."""

from __future__ import annotations

from relation_support import stored_in


def told(text: str) -> set[tuple[str, str, str]]:
    return stored_in(text, "2001-05-01", denied=False)


def test_a_force_named_as_troops_forces_no_one() -> None:
    found = told(
        "Nigeria agreed to send a West African intervention force into Liberia, and Ghana"
        " pledged 800 soldiers for the force."
    )
    assert not any(kind == "COERCE" for _, kind, _ in found)
    assert ("Eritrea", "COERCE", "Ethiopia") in told(
        "Eritrea said it would force Ethiopia to withdraw from the border town of Badme."
    )


def test_a_participle_glued_to_a_word_is_no_verb_of_the_clause() -> None:
    found = told("President Suharto agreed on Sunday to let a U.N.-backed mission into East Timor.")
    assert not any(kind == "SUPPORT" for _, kind, _ in found)
    assert ("Iran", "SUPPORT", "Hezbollah") in told(
        "Israel struck Iran-backed Hezbollah in southern Lebanon."
    )


def test_a_body_glued_to_what_it_arranged_is_no_party_to_the_act() -> None:
    found = told(
        "Ethiopia and Eritrea halted their border war on Sunday as a U.N.-arranged ceasefire"
        " took effect."
    )
    assert ("Ethiopia", "RETREAT", "Eritrea") in found
    assert not any(target == "United Nations" for _, _, target in found)
