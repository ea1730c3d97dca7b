"""A body described by who founded or leads it (", founded by Bill Gates,") keeps its own
acts: the founder named inside the description is not the subject of the verb after it, and
the founding is history, no relation of the news; a billionaire or a tycoon named so is a
person.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, typed_in


def test_the_verb_after_a_founded_by_description_is_the_bodys() -> None:
    assert typed_in("Microsoft, founded by Bill Gates, sued Google.") == {
        ("Microsoft", "ACCUSE", "Google")
    }
    assert typed_in("Tesla, founded in 2003 by Martin Eberhard, sued Ford.") >= {
        ("Tesla", "ACCUSE", "Ford")
    }
    found = typed_in(
        "The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, accused "
        "the EU of meddling."
    )
    assert found == {("Georgian Dream", "ACCUSE", "European Union")}


def test_who_founded_a_body_is_no_relation_of_the_news() -> None:
    found = typed_in(
        "The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, says the "
        "law is needed."
    )
    assert found == set()


def test_a_billionaire_is_a_person() -> None:
    found = entities_in(
        "The party was founded by billionaire Bidzina Ivanishvili in 2012.", "2019-01-01"
    )
    assert found["Bidzina Ivanishvili"].kind == "person"


def test_guard_a_group_backed_by_a_state_acts_itself() -> None:
    assert ("Hamas", "ASSAULT", "Israel") in typed_in("Hamas, backed by Iran, attacked Israel.")


def test_guard_the_leader_of_an_unnamed_coalition_acts_for_it() -> None:
    assert ("Saudi Arabia", "ASSAULT", "Hodeidah") in typed_in(
        "The coalition, led by Saudi Arabia, bombed Hodeidah."
    )
