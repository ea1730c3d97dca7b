"""What a naming excuses is no charge ("apologised to Moscow for what it called an accident"),
and what a thing is praised as names no one praised ("hailed the accord as a capitulation by
Armenia"); a subject that begins an act of its own is no modifier of someone else's act
("Russian peacekeepers began deploying").  Sentences written for these tests, in the shapes
of wire copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


@pytest.mark.parametrize(
    "text",
    [
        "Baku apologised to Moscow for what it called an accident.",
        "Ankara expressed regret to Athens over what it described as a navigational error.",
        "Pakistan released the Indian pilot in what Islamabad called a gesture, not a mistake.",
    ],
)
def test_an_excuse_is_no_charge(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "ACCUSE"}, typed_in(text)


def test_guard_a_charge_named_so_is_still_a_charge() -> None:
    assert ("Iran", "ACCUSE", "British diplomats") in typed_in(
        "Iran expelled two British diplomats for what it called activities incompatible with "
        "their status."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani President Ilham Aliyev hailed the accord as a capitulation by Armenia.",
        "Khartoum welcomed the ruling on Monday as a defeat for the rebels of the SPLA.",
        "Moscow praised the vote as a blow to NATO.",
    ],
)
def test_what_a_thing_is_praised_as_is_no_one_praised(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "SUPPORT"}, typed_in(text)


def test_guard_one_praised_as_something_is_still_praised() -> None:
    assert ("Barack Obama", "SUPPORT", "Chavez") in typed_in("Obama hailed Chavez as a partner.")


def test_guard_a_condemnation_names_the_one_it_charges() -> None:
    assert ("Germany", "ACCUSE", "Russia") in typed_in(
        "Germany condemned the attack as an act of aggression by Russia."
    )


def test_a_subject_that_begins_an_act_acts_on_no_one_before_it() -> None:
    found = typed_in(
        "Armenia and Azerbaijan signed an agreement to end the fighting, and Russian "
        "peacekeepers began deploying to the region within hours."
    )
    assert not {t for t in found if t[0] == "Russian peacekeepers"}, found
