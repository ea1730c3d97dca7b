"""A participle clause after the main one (", accusing X of ...") is the main subject's word:
it accuses whom it names, a capital named right after it being that state's government, or,
as "them" or "it", the main clause's object; a second participle joined by "and" is the main
subject's too; an act ordered before it does not swallow it; "calling it a ..." names, it is no
phone call. Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_capital_named_right_after_an_accusation_is_its_state() -> None:
    found = _typed("Burundi closed its border on Monday, accusing Kigali of backing M23 rebels.")
    assert ("Burundi", "ACCUSE", "Rwanda") in found  # Kigali: Rwanda's seat, as coders read it
    assert not any(target.startswith("M23") for _, _, target in found)


def test_a_related_object_before_a_participle_clause_stays_the_verbs() -> None:
    found = _typed("Peru cut ties with Bolivia, accusing it of backing rebels.")
    assert found == {("Peru", "SANCTION", "Bolivia"), ("Peru", "ACCUSE", "Bolivia")}


def test_them_in_a_participle_clause_is_the_main_clauses_object() -> None:
    found = _typed("Canada imposed sanctions on nine Iranian officials, accusing them of torture.")
    assert ("Canada", "COERCE", "Iran") in found
    assert ("Canada", "ACCUSE", "Iran") in found


def test_an_order_to_leave_does_not_swallow_the_accusation_after_it() -> None:
    found = _typed("Mali ordered the Swedish ambassador to leave, accusing Sweden of meddling.")
    assert ("Mali", "ACCUSE", "Sweden") in found


def test_a_second_participle_joined_by_and_is_the_main_subjects() -> None:
    found = _typed(
        "Peru cut ties with Bolivia on Monday, accusing La Paz of backing Shining Path rebels"
        " and ordering Bolivian diplomats to leave within 72 hours."
    )
    assert not any(source == "Shining Path" for source, _, _ in found)
    # Sending a state's diplomats home reduces relations with it (CAMEO 166: SANCTION).
    assert ("Peru", "SANCTION", "Bolivian diplomats") in found


def test_calling_something_a_name_is_no_meeting() -> None:
    found = _typed("Japan praised India, calling it a trusted partner.")
    assert found == {("Japan", "SUPPORT", "India")}


def test_a_reaction_named_after_the_main_clause_is_aimed_at_its_subject() -> None:
    assert ("United Nations", "ACCUSE", "Israel") in _typed(
        "Israel advanced into the buffer zone in southern Syria, a move condemned by the"
        " United Nations."
    )
    assert _typed("Russia annexed Crimea, prompting sanctions from the European Union.") >= {
        ("European Union", "COERCE", "Russia")
    }


def test_the_group_named_again_by_its_noun_is_the_subject() -> None:
    found = _typed("Israel struck Hezbollah depots after the group fired rockets at Haifa.")
    assert ("Hezbollah", "ASSAULT", "Haifa") in found
    assert ("Israel", "ASSAULT", "Haifa") not in found
