"""A verb in a relative clause with a subject of its own ("Rwanda, which it accuses of
backing the rebels"; "the ambassador, whom it accused of spying"; "Iran, which Riyadh accuses
of arming the rebels") has the name before it as its object and that subject as its own: a
name, or the one a pronoun stands for, the nearest name before that "he" or "she" may stand
for (a person), or "it" and "they" (a state or a body)."""

from __future__ import annotations

from relation_support import stored_in


def test_which_it_accuses_is_the_main_subjects_charge_against_the_name_before() -> None:
    found = stored_in(
        "Rebels advanced on Bukavu on Monday, a day after Burundi recalled its ambassador "
        "from Rwanda, which it accuses of arming the insurgents.",
        "2004-06-01",
    )
    assert ("Burundi", "ACCUSE", "Rwanda") in found
    assert not [row for row in found if row[0] == "Rwanda" and row[1] == "ACCUSE"]


def test_whom_it_accused_charges_the_person_expelled() -> None:
    found = stored_in(
        "Ghana expelled the Nigerian consul, whom it accused of spying, on Friday.",
        "1983-01-21",
    )
    assert ("Ghana", "ACCUSE", "Nigerian consul") in found


def test_whom_he_blamed_is_the_persons_charge_not_the_states_named_between() -> None:
    found = stored_in(
        "President Paul Kagame asked Belgium to hand over Victoire Ingabire, whom he blamed "
        "for the unrest.",
        "2010-04-22",
    )
    assert ("Paul Kagame", "ACCUSE", "Victoire Ingabire") in found
    assert ("Belgium", "ACCUSE", "Victoire Ingabire") not in found


def test_which_a_named_state_accuses_is_that_states_charge() -> None:
    found = stored_in(
        "Saudi aircraft bombed Houthi positions around Sanaa on Thursday, and Iran, which "
        "Riyadh accuses of arming the rebels, called for a halt to the strikes.",
        "2015-04-02",
    )
    assert ("Saudi Arabia", "ACCUSE", "Iran") in found
    assert ("Saudi Arabia", "ACCUSE", "Houthis") not in found
