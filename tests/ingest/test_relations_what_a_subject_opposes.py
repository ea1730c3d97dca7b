"""A subject named only by its kind ("rebels", "tribesmen", "protesters") and what it is
against: the name after "opposed to" or "hostile to" is whom they oppose, never
who acts.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in


def test_the_leader_rebels_oppose_does_not_shell_his_own_army() -> None:
    found = typed_in("Rebels opposed to President Bashar al-Assad shelled Syrian army posts.")
    assert not any(source == "Bashar al-Assad" for source, _, _ in found), found


def test_the_government_whose_reforms_tribesmen_oppose_kills_no_one() -> None:
    found = typed_in(
        "Tribesmen opposed to the Afghan government's land reforms have killed Soviet "
        "military advisers in the countryside."
    )
    assert not any(source == "Afghan government" for source, _, _ in found), found


def test_gunmen_hostile_to_a_prime_minister_do_not_make_him_the_attacker() -> None:
    found = typed_in(
        "Gunmen hostile to Prime Minister Nawaz Sharif attacked a police station in Karachi."
    )
    assert not any(source == "Nawaz Sharif" for source, _, _ in found), found


def test_guard_a_named_subject_that_opposes_a_plan_still_acts() -> None:
    found = typed_in("Russia, opposed to the resolution, vetoed the draft against Syria on Monday.")
    assert any(source == "Russia" for source, _, _ in found), found
