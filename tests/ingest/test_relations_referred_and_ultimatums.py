"""Objects named by what they are ("the gunmen", "the country") are the group or state
named before; a clause opened by ", and" and a name is its own; a deadline given to do
something is an ultimatum, and a warning with no object is aimed at the main clause's;
"supporters", "financial" and "rounded up" read as what they are. Sentences written for
these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_an_object_named_by_its_kind_is_the_group_or_state_named_before() -> None:
    group = _typed(
        "Islamic State fighters raided a border post on Monday, and Iraqi troops later"
        " repelled the militants."
    )
    assert ("Iraqi troops", "ASSAULT", "Islamic State") in group
    state = _typed(
        "The African Union suspended Mali on Friday, and imposed targeted sanctions on the country."
    )
    assert ("African Union", "COERCE", "Mali") in state


def test_a_name_that_opens_a_clause_after_and_is_no_object_of_the_verb_before() -> None:
    found = _typed(
        "Houthi rebels shelled a market in Taiz, killing nine people, and Saudi jets struck"
        " back hours later."
    )
    assert not any(source == "Houthis" and target == "Saudi Arabia" for source, _, target in found)
    assert not any(kind == "SUPPORT" for _, kind, _ in found)  # "struck back" backs no one
    listed = _typed("Canada imposed sanctions on Iran, Syria, and North Korea on Monday.")
    assert ("Canada", "COERCE", "North Korea") in listed


def test_a_deadline_to_act_is_an_ultimatum_and_the_act_asked_is_not_done() -> None:
    found = _typed(
        "SADC leaders gave Lesotho's army two weeks to return to barracks, warning that they"
        " could intervene."
    )
    assert ("Southern African Development Community", "THREATEN", "Lesotho") in found
    assert not any(kind in ("AID", "RETREAT") for _, kind, _ in found)


def test_supporters_and_financial_are_no_acts_and_rounding_up_coerces() -> None:
    found = _typed(
        "Turkey imposed financial penalties on Syrian opposition leader Riad Hijab and his"
        " supporters."
    )
    assert not any(kind in ("SUPPORT", "AID") for _, kind, _ in found)
    rounded = _typed("Libyan police rounded up dozens of Sudanese migrants in Tripoli.")
    assert any(kind == "COERCE" and target == "Sudan" for _, kind, target in rounded)


def test_a_warning_that_the_subject_is_ready_to_use_force_threatens_the_one_urged() -> None:
    found = _typed(
        "NATO foreign ministers urged Belgrade to pull its police units out of Kosovo, warning"
        " that the alliance was ready to use force."
    )
    assert ("NATO", "THREATEN", "Serbia") in found
