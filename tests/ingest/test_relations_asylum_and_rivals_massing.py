"""Asylum granted with whom it is granted to first ("granted Edward Snowden a year's
asylum") is aid (CAMEO 075), as "granted asylum to" is; forces sent to a region "as Russia
kept 100,000 troops massed" face the rival massing them, not the region."""

from __future__ import annotations

from relation_support import coded_in


def test_asylum_granted_to_someone_named_first_is_aid() -> None:
    text = "Russia granted former contractor Edward Snowden a year's asylum on Thursday."
    found = coded_in(text, "2013-08-01")
    assert ("russia", "edward snowden", "AID") in found
    assert ("russia", "edward snowden", "COOPERATE") not in found


def test_forces_sent_while_a_rival_masses_troops_face_the_rival() -> None:
    text = (
        "NATO sent extra ships and fighter jets to eastern Europe on Monday, as Russia kept "
        "more than 100,000 troops massed near Ukraine's borders."
    )
    found = coded_in(text, "2022-01-24")
    assert ("nato", "russia", "MOBILIZE") in found
    assert ("nato", "europe", "MOBILIZE") not in found
    calm = "NATO sent extra ships to eastern Europe on Monday, as Russia held talks with France."
    assert ("nato", "russia", "MOBILIZE") not in coded_in(calm, "2022-01-24")
