"""What an act is told to end or to answer is no act of its own: ", ending 11 years of war
with the PAIGC" (the recognition ends it: no retreat, no fighting now), "citing threats to
national security" (the reason for a ban: no one threatened)."""

from __future__ import annotations

from relation_support import stored_in


def test_a_war_ended_by_a_recognition_is_neither_a_retreat_nor_fighting() -> None:
    found = stored_in(
        "Portugal formally recognised the independence of Guinea-Bissau on Tuesday, ending 11"
        " years of war with the PAIGC guerrilla movement.",
        "1974-09-10",
    )
    assert found == {("Portugal", "SUPPORT", "Guinea-Bissau")}


def test_the_fighting_a_signed_ceasefire_ends_is_no_attack() -> None:
    found = stored_in(
        "The Papua New Guinea government and leaders of the Bougainville Revolutionary Army"
        " signed a permanent ceasefire on Thursday in Arawa, ending nearly a decade of fighting.",
        "1998-04-30",
    )
    assert found
    assert not [row for row in found if row[1] == "ASSAULT"]


def test_a_threat_cited_as_a_reason_threatens_no_one() -> None:
    found = stored_in(
        "India banned 59 Chinese mobile apps including TikTok on Monday, citing threats to"
        " national security, two weeks after Indian soldiers were killed in a clash with Chinese"
        " troops.",
        "2020-06-29",
    )
    assert not [row for row in found if row[1] == "THREATEN"]


def test_guard_a_war_still_fought_is_an_attack() -> None:
    found = stored_in(
        "Portugal fought a war with the PAIGC guerrilla movement in Guinea-Bissau.", "1970-05-01"
    )
    assert ("Portugal", "ASSAULT", "PAIGC") in found
