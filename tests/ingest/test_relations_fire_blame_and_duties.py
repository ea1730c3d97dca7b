"""Fire two sides trade, blame each lays on the other, an answer given in kind, and an
adverb that tells how others acted together without being an act of its own."""

from __future__ import annotations

from relation_support import typed_in


def test_fire_of_two_kinds_traded_is_each_side_attacking_the_other() -> None:
    found = typed_in(
        "Thailand and Cambodia exchanged artillery and rocket fire along their disputed "
        "border on Sunday."
    )
    assert found == {("Thailand", "ASSAULT", "Cambodia"), ("Cambodia", "ASSAULT", "Thailand")}


def test_each_blaming_the_other_accuses_both_ways() -> None:
    found = typed_in(
        "Sudan and South Sudan traded fire on Monday, with each side accusing the other of "
        "starting the fighting."
    )
    assert ("Sudan", "ACCUSE", "South Sudan") in found
    assert ("South Sudan", "ACCUSE", "Sudan") in found
    found = typed_in(
        "Armenia and Azerbaijan clashed along their border on Tuesday, the two defence "
        "ministries said, each blaming the other for the fighting."
    )
    assert {("Armenia", "ACCUSE", "Azerbaijan"), ("Azerbaijan", "ACCUSE", "Armenia")} <= found


def test_the_other_without_each_is_no_mutual_charge() -> None:
    found = typed_in("Chile met Peru on Monday, blaming the other parties for the delay.")
    assert ("Peru", "ACCUSE", "Chile") not in found


def test_an_answer_with_duties_is_the_duties() -> None:
    found = typed_in(
        "The United States imposed tariffs on Chinese imports on Friday, and Beijing "
        "retaliated with duties of the same scale on American goods."
    )
    assert ("China", "COERCE", "United States") in found
    assert ("China", "ASSAULT", "United States") not in found


def test_an_answer_with_rockets_is_still_an_attack() -> None:
    found = typed_in("Hezbollah retaliated with a barrage of rockets on northern Israel.")
    assert found == {("Hezbollah", "ASSAULT", "Israel")}


def test_acting_jointly_against_a_third_is_no_cooperation_between_the_actors() -> None:
    found = typed_in(
        "The United States and Britain on Wednesday jointly accused China of espionage."
    )
    assert found == {("United States", "ACCUSE", "China"), ("United Kingdom", "ACCUSE", "China")}
    found = typed_in("France and Germany jointly developed a new battle tank.")
    assert found == {("France", "COOPERATE", "Germany"), ("Germany", "COOPERATE", "France")}
