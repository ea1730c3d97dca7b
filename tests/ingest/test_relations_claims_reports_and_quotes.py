"""A claim to land or sea charges no one; a speaker who reports or warns of an attack
makes none ("said an attack on X would invoke"); the speaker named after a closing quote is
no object of what the quote says.  Sentences written for these tests, in the shapes of wire
copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


@pytest.mark.parametrize(
    "text",
    [
        "Beijing claims virtually the entire South China Sea, including waters off Vietnam, "
        "Malaysia and Brunei.",
        "Argentina claims sovereignty over the islands, which Britain has held since 1833.",
        "Morocco sent troops to the territory to assert Rabat's territorial claim against Algeria.",
    ],
)
def test_a_claim_to_land_or_sea_charges_no_one(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "ACCUSE"}, typed_in(text)


def test_guard_a_claim_that_someone_acted_is_still_a_charge() -> None:
    found = typed_in("Iran claimed the United States had armed the rebels.")
    assert ("Iran", "ACCUSE", "United States") in found


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said an attack on Philippine vessels would invoke U.S. "
        "commitments under the treaty.",
        "NATO said an attack on Estonia would be met with force.",
    ],
)
def test_a_speaker_warning_of_an_attack_makes_none(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "ASSAULT"}, typed_in(text)


def test_the_attacker_a_speaker_names_attacks_not_the_speaker() -> None:
    found = typed_in("Syria reported an Israeli attack on Damascus airport.")
    assert ("Israel", "ASSAULT", "Syria") in found


def test_the_speaker_after_a_quote_is_no_object_of_it() -> None:
    found = typed_in(
        '"These provocations put Japanese lives at risk and undermine regional stability," '
        "Tom Ellis, the U.S. ambassador to Japan, said on Sunday."
    )
    assert not {t for t in found if "Tom Ellis" in t}, found
