""" "alleged drug lord", "suspected trafficker" say what someone is held to be: no charge of
the state that acts on them, nor a noun that stops the verb before them being a verb; an
extradition to a state is judicial cooperation with it (CAMEO 063, COOPERATE); "aid" before
"contractor", "convoy" or "staff" names who they are, no aid given.  Sentences written for
these tests, in the shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import typed_in


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jamaica extradited alleged drug lord Christopher Coke to the United States on "
            "Thursday.",
            ("Jamaica", "United States"),
        ),
        (
            "Colombia extradited suspected drug trafficker Carlos Lehder to the United States.",
            ("Colombia", "United States"),
        ),
    ],
)
def test_an_extradition_of_a_suspect_is_cooperation_with_the_state_that_gets_him(
    text: str, pair: tuple[str, str]
) -> None:
    found = typed_in(text)
    assert (pair[0], "COOPERATE", pair[1]) in found, found
    assert not {t for t in found if t[1] == "ACCUSE"}, found


def test_guard_an_allegation_against_a_state_is_still_a_charge() -> None:
    assert ("Pakistan", "ACCUSE", "India") in typed_in(
        "Pakistan alleged Indian involvement in the attack."
    )


def test_aid_that_names_who_someone_is_is_no_aid() -> None:
    found = typed_in("Russia detained American aid contractor Paul Whelan in Moscow.")
    assert ("Russia", "COERCE", "Paul Whelan") in found
    assert not {t for t in found if t[1] == "AID"}, found


def test_an_expulsion_of_aid_volunteers_is_no_aid() -> None:
    found = typed_in("Sudan expelled British aid volunteers from Darfur.")
    assert not {t for t in found if t[1] == "AID"}, found
    assert {t for t in found if t[:2] == ("Sudan", "COERCE")}, found
