"""A reaction to an act told in a sentence before ("The United States condemned the
attack", "Consumer group BEUC welcomed the fine") aims at the one who did it; two who did
such an act, or none, and it aims at no one. A subject whose initials stand in brackets
before its verb still answers ("The Union of Democratic Forces of Guinea (UFDG) denounced"),
and a council at whose session one speaks takes no part in what is said there."""

from __future__ import annotations

from relation_support import stored_in

_ATTACK = (
    "MANILA, 5 August 2024 - A Chinese coast guard ship fired water cannon at a Philippine"
    " supply boat near Scarborough Shoal on Monday, injuring four sailors.\n\n"
    "The Philippine foreign ministry said it would file a diplomatic protest. "
)


def test_condemning_the_attack_told_before_charges_its_author() -> None:
    found = stored_in(_ATTACK + "Canada condemned the attack on Tuesday.", "2024-08-05")
    assert ("Canada", "ACCUSE", "Chinese coast guard") in found


def test_welcoming_a_fine_told_before_backs_who_imposed_it() -> None:
    found = stored_in(
        "The European Commission fined Google 4.3 billion euros on Wednesday. Consumer group"
        " BEUC welcomed the fine.",
        "2018-07-18",
    )
    assert ("BEUC", "SUPPORT", "European Commission") in found


def test_two_who_attacked_before_leave_the_condemnation_aimed_at_no_one() -> None:
    found = stored_in(
        "Israeli jets struck targets in Gaza on Monday. Hamas fired rockets at Israeli towns."
        " Canada condemned the attacks.",
        "2021-05-10",
    )
    assert not any(source == "Canada" for source, _, _ in found)


def test_a_subject_with_its_initials_in_brackets_reacts() -> None:
    found = stored_in(
        "CONAKRY, 12 October 2025 - Security forces in Guinea detained opposition leader"
        " Cellou Dalein Diallo at his home on Sunday.\n\nThe Union of Democratic Forces of"
        " Guinea (UFDG) denounced the detention as a kidnapping.",
        "2025-10-12",
    )
    assert ("Union of Democratic Forces of Guinea", "ACCUSE", "Guinea") in found


def test_a_council_whose_session_is_where_one_speaks_takes_no_part() -> None:
    found = stored_in(
        "Speaking at an emergency session of the UN Security Council, Congolese Foreign"
        " Minister Therese Kayikwamba Wagner accused Kigali of carrying out a frontal attack.",
        "2025-01-27",
    )
    assert not any(source == "UN Security Council" for source, _, _ in found)
