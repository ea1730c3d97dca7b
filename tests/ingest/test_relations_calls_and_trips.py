"""A leader who spoke to another by telephone consulted them; one who travelled to a
capital, or led a delegation there, visited its state (CAMEO 042); and "him" after "and
urged" is the one the subject spoke to, when the sentence names two people."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_speaking_to_a_leader_by_telephone_is_consulting_them() -> None:
    found = stored_in(
        "Japanese Prime Minister Shinzo Abe spoke to Indian Prime Minister Narendra Modi by "
        "telephone on Sunday for the first time since the election.",
        "2019-05-26",
    )
    assert ("Japan", "CONSULT", "India") in found
    found = stored_in(
        "Argentine President Javier Milei spoke by phone with Italian Prime Minister Giorgia "
        "Meloni on Monday.",
        "2024-02-12",
    )
    assert ("Argentina", "CONSULT", "Italy") in found


def test_guard_speaking_to_reporters_consults_no_one_named_after() -> None:
    found = typed_in("The Japanese prime minister spoke to reporters in Tokyo about India.")
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_him_after_and_urged_is_the_one_the_subject_spoke_to() -> None:
    found = stored_in(
        "French President Jacques Chirac spoke to Iraqi President Saddam Hussein on "
        "Thursday and urged him to let the inspectors back into Iraq.",
        "1998-01-22",
    )
    assert ("France", "REQUEST", "Saddam Hussein") in found


def test_travelling_or_leading_a_delegation_to_a_capital_visits_its_state() -> None:
    found = stored_in(
        "Nigerian President Olusegun Obasanjo travelled to Monrovia on Monday.", "2003-08-11"
    )
    assert ("Nigeria", "CONSULT", "Liberia") in found
    found = stored_in(
        "Senegalese President Macky Sall led a delegation of regional ministers to Bamako "
        "on Thursday to press the junta to hold elections.",
        "2020-08-27",
    )
    assert ("Senegal", "CONSULT", "Mali") in found
