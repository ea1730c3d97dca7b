"""An attack told with no named attacker and claimed afterwards in the same sentence ("...,
and the Taliban claimed responsibility") is the claimant's attack on whom it struck."""

from __future__ import annotations

from relation_support import stored_in


def test_a_claim_after_an_attack_makes_the_claimant_its_author() -> None:
    found = stored_in(
        "A suicide bomber killed nine policemen at a checkpoint in Kandahar, and the Taliban"
        " claimed responsibility.",
        "2010-06-01",
    )
    assert ("Taliban", "ASSAULT", "Kandahar") in found


def test_the_claim_may_name_the_attack_and_come_later() -> None:
    found = stored_in(
        "Gunmen ambushed a convoy of Pakistani troops in Waziristan, and the Pakistani Taliban"
        " later claimed the attack.",
        "2012-03-03",
    )
    assert [row for row in found if row[0] == "Tehrik-i-Taliban Pakistan" and row[1] == "ASSAULT"]


def test_no_claim_or_a_named_attacker_makes_no_claimant() -> None:
    found = stored_in(
        "Gunmen shot dead a judge in Peshawar, but no group claimed responsibility.", "2012-03-03"
    )
    assert not [row for row in found if row[1] == "ASSAULT"]
    found = stored_in(
        "Afghan officials said Haqqani fighters attacked a base in Khost, and the Taliban claimed"
        " responsibility.",
        "2012-03-03",
    )
    assert not [row for row in found if row[0] == "Taliban" and row[1] == "ASSAULT"]
