"""Events named in a time adjunct ("during a visit to Lima", "during talks with Chile") are
the main subject's; a rejected plan is not carried out; pulling back is a retreat.
Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_visit_in_an_adjunct_is_the_main_subjects_to_the_capital_visited() -> None:
    found = _typed("Japan praised Vietnam as a trusted partner during a visit to Hanoi.")
    # the visit is Japan's (CAMEO 042); the host's side (043) is coded when it is told
    assert found == {("Japan", "SUPPORT", "Vietnam"), ("Japan", "CONSULT", "Vietnam")}


def test_talks_in_an_adjunct_are_had_by_the_main_subject() -> None:
    found = _typed("Canada pledged aid to Haiti during talks with the Haitian prime minister.")
    assert ("Canada", "CONSULT", "Haitian prime minister") in found
    assert ("Haitian prime minister", "CONSULT", "Canada") in found


def test_an_adjunct_whose_noun_names_its_own_subject_keeps_it() -> None:
    found = _typed("Egypt helped Hamas during its war with Israel.")
    assert ("Egypt", "ASSAULT", "Israel") not in found


def test_a_rejected_plan_is_not_carried_out() -> None:
    assert _typed("Serbia rejected a Croatian plan to let the European Union mediate.") == {
        ("Serbia", "REJECT", "Croatia")
    }


def test_pulling_back_is_a_retreat() -> None:
    found = _typed("Armenian troops pulled back from Azerbaijan on Monday.")
    assert [kind for _, kind, target in found if target == "Azerbaijan"] == ["RETREAT"]
