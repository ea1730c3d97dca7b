"""A body that declared an area safe is no party to what is done there ("overran the U.N.
safe area of Srebrenica": the town is overrun, not the UN); a place named before "dispute"
is what is disputed, no side ("to resolve the Kashmir dispute"); taking or holding people
hostage is an attack on them (CAMEO 181, ASSAULT)."""

from __future__ import annotations

from relation_support import stored_in


def test_the_body_that_protects_an_area_is_not_attacked_with_it() -> None:
    found = stored_in(
        "Serb forces overran the U.N.-protected enclave of Zepa on Tuesday, hours after NATO "
        "jets bombed their positions.",
        "1995-07-25",
    )
    assert not [row for row in found if row[2] == "United Nations"]
    found = stored_in(
        "Rebel fighters shelled the United Nations safe zone around Kismayo on Monday.",
        "1995-07-25",
    )
    assert not [row for row in found if row[2] == "United Nations"]


def test_a_place_before_dispute_is_no_side() -> None:
    found = stored_in(
        "Pakistan accused India on Friday of stalling efforts to settle the Kashmir dispute.",
        "2004-05-14",
    )
    assert ("Pakistan", "ACCUSE", "India") in found
    assert not [row for row in found if "Kashmir" in (row[0], row[2])]


def test_people_taken_or_held_hostage_are_attacked() -> None:
    found = stored_in(
        "Abu Sayyaf gunmen were holding three Malaysian sailors hostage on Jolo island.",
        "2016-07-20",
    )
    assert ("Abu Sayyaf", "ASSAULT", "Malaysia") in found
    found = stored_in(
        "Chechen rebels took dozens of Russian soldiers hostage in Grozny on Tuesday.",
        "1996-08-13",
    )
    assert ("Chechen rebels", "ASSAULT", "Russian soldiers") in found
