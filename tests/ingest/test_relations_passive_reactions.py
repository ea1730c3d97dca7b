"""A reaction told in the passive after the act's noun ("..., a move swiftly denounced by the
Polisario Front") is the reactor's, aimed at the act's author, as the active "a move the
Polisario Front denounced" is.  Sentences written for these tests, in the shapes of wire
copy."""

from __future__ import annotations

from relation_support import typed_in


def test_a_move_denounced_by_a_group_is_its_charge_against_the_mover() -> None:
    found = typed_in(
        "U.S. President Donald Trump on Thursday signed a proclamation recognizing Moroccan "
        "sovereignty over Western Sahara, a move swiftly denounced by the Polisario Front."
    )
    assert ("Polisario Front", "ACCUSE", "United States") in found


def test_a_decision_that_was_condemned_by_a_ministry() -> None:
    found = typed_in(
        "Brazil recalled its ambassador from Israel, a decision that was quickly condemned by "
        "the Israeli foreign ministry."
    )
    assert ("Israeli foreign ministry", "ACCUSE", "Brazil") in found


def test_an_operation_denounced_by_a_front_keeps_the_act_and_adds_the_charge() -> None:
    found = typed_in("French troops crossed into Rwanda, an operation denounced by the RPF.")
    assert ("French troops", "MOBILIZE", "Rwanda") in found
    assert ("RPF", "ACCUSE", "French troops") in found


def test_use_of_force_condemned_is_a_charge_against_who_used_it_not_its_victim() -> None:
    found = typed_in(
        "Soviet troops stormed the Vilnius television tower on Sunday, and Britain condemned "
        "the use of force against Lithuania."
    )
    assert ("United Kingdom", "ACCUSE", "Soviet troops") in found
    assert ("United Kingdom", "ACCUSE", "Lithuania") not in found


def test_a_move_an_opposition_party_named_without_article_denounced_is_its_charge() -> None:
    found = typed_in(
        "President Nayib Bukele entered the Legislative Assembly with soldiers on Sunday, a move "
        "opposition party ARENA denounced as an attempted self-coup."
    )
    assert ("ARENA", "ACCUSE", "Nayib Bukele") in found


def test_a_move_warned_of_is_a_charge_against_the_mover() -> None:
    found = typed_in(
        "Sudan ordered the aid agencies Oxfam and Medecins Sans Frontieres to leave Darfur on "
        "Wednesday, a decision the United Nations warned would leave a million people without food."
    )
    assert ("United Nations", "ACCUSE", "Sudan") in found
    assert ("United Nations", "THREATEN", "Sudan") not in found


def test_a_reactor_with_the_day_between_it_and_its_verb_still_reacts() -> None:
    found = typed_in(
        "The Taliban barred Afghan women from working for aid groups, a move Secretary-General "
        "Antonio Guterres on Wednesday condemned as a violation of international law."
    )
    assert ("Antonio Guterres", "ACCUSE", "Taliban") in found


def test_a_deployment_called_an_occupation_is_a_charge_against_the_troops() -> None:
    found = typed_in(
        "About 1,000 Saudi troops crossed into Bahrain on Monday, and the main opposition group "
        "Wefaq called the deployment an occupation."
    )
    assert ("Wefaq", "ACCUSE", "Saudi troops") in found


def test_an_envoy_recalled_in_protest_at_what_the_state_called_interference_charges() -> None:
    found = typed_in(
        "Bahrain recalled its ambassador from Tehran on Wednesday in protest at what it called "
        "blatant interference in the kingdom's internal affairs."
    )
    assert {("Bahrain", "SANCTION", "Iran"), ("Bahrain", "ACCUSE", "Iran")} <= found
