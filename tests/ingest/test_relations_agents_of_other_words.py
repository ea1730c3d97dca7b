"""A "by" that names who saw a document ("a lawsuit ..., seen by Reuters") or who made
another act ("asks a judge to suspend a decision by the CMED") names no author of the act
the sentence tells, nor is "to protest" after another clause's subject ("as thousands of
workers walked off the job to protest") the purpose of talks before it; and a state's troops
never fight its own soldier."""

from __future__ import annotations

from relation_support import typed_in


def test_one_who_has_seen_a_document_is_no_party_to_it() -> None:
    found = typed_in(
        "The lawsuit against Brazil, lodged on Tuesday at a federal court and seen by Reuters, "
        "asks a judge to suspend the ceiling."
    )
    assert not any("Reuters" in (source, target) for source, _, target in found)


def test_the_author_of_another_act_is_not_the_nouns_author() -> None:
    found = typed_in(
        "The lawsuit against Brazil asks a judge to suspend a January decision by the Drug "
        "Market Regulation Chamber (CMED) that set the maximum price."
    )
    assert not any(source == "Drug Market Regulation Chamber" for source, _, _ in found)


def test_guard_the_author_named_right_after_the_nouns_object_is_still_the_author() -> None:
    assert ("Saudi Arabia", "COERCE", "Qatar") in typed_in(
        "A blockade of Qatar by Saudi Arabia began on Monday."
    )


def test_a_purpose_of_another_clauses_subject_is_not_the_talks_purpose() -> None:
    found = typed_in(
        "Pakistan and the International Monetary Fund extended budget talks on Thursday as "
        "thousands of power sector workers walked off the job to protest privatisation plans."
    )
    assert ("Pakistan", "CONSULT", "International Monetary Fund") in found
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_guard_talks_held_to_protest_are_still_a_complaint() -> None:
    found = typed_in("Seoul held talks with Tokyo on Monday to protest the export curbs.")
    assert ("South Korea", "ACCUSE", "Japan") in found


def test_a_states_troops_never_fight_its_own_soldier() -> None:
    found = typed_in(
        "Thai and Cambodian troops exchanged gunfire on Wednesday, killing a Cambodian soldier."
    )
    assert ("Thailand", "ASSAULT", "Cambodian soldier") in found
    assert ("Cambodian troops", "ASSAULT", "Cambodian soldier") not in found


def test_guard_a_states_police_may_still_arrest_its_journalist() -> None:
    assert ("Kenyan police", "COERCE", "Kenyan journalist") in typed_in(
        "Kenyan police arrested a Kenyan journalist on Monday."
    )
