"""Forces put on alert with no aim named are a show of force toward the one other state the
sentence names; with two others named, toward neither. A warning that a state will face
retribution threatens it; one that people will face famine threatens no one. Sentences
written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_forces_put_on_alert_face_the_state_accused() -> None:
    found = typed_in(
        "Greece put its navy on alert on Wednesday and accused Turkey of threatening peace."
    )
    assert ("Greece", "MOBILIZE", "Turkey") in found


def test_forces_the_speaker_put_on_alert_are_its_own() -> None:
    found = typed_in(
        "Armenia accused Azerbaijan on Monday of shelling border villages and said it had"
        " placed its own forces on high alert."
    )
    assert ("Armenia", "MOBILIZE", "Azerbaijan") in found


def test_an_alert_among_three_states_faces_none() -> None:
    found = typed_in(
        "Turkey accused Syria of shelling its border towns on Saturday, while Greece placed its"
        " armed forces on full alert."
    )
    assert not any(kind == "MOBILIZE" and source == "Greece" for source, kind, _ in found)


def test_a_warning_that_a_state_will_face_retribution_threatens_it() -> None:
    assert ("North Korea", "THREATEN", "United States") in typed_in(
        "North Korea warned that the United States would face grave consequences."
    )
    assert typed_in("The WFP warned on Monday that millions in Sudan would face famine.") == set()
