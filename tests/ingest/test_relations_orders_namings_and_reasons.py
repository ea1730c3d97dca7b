"""Envoys "ordered to leave" do not leave of their own accord: a charge after the order
("..., accusing them of spying") is the expelling state's; "calling the charges a
smokescreen" answers the charges' author, no phone call; a name after "over the hanging of"
is what an act is over, not whom it is aimed at."""

from __future__ import annotations

from relation_support import stored_in


def test_a_charge_after_an_order_to_leave_is_the_ordering_states() -> None:
    found = stored_in(
        "Britain ordered 105 Soviet diplomats to leave the country on Friday, accusing them of"
        " spying.",
        "1971-09-24",
    )
    assert [row for row in found if row[0] == "United Kingdom" and row[1] == "ACCUSE"]
    assert not [row for row in found if row[1] == "ACCUSE" and row[2] == "United Kingdom"]


def test_calling_the_charges_something_is_no_call() -> None:
    found = stored_in(
        "Sri Lanka on Monday denied Indian allegations that it was arming Tamil groups, calling"
        " the charges a smokescreen for New Delhi's own failures.",
        "1990-01-01",
    )
    assert not [row for row in found if row[1] == "CONSULT"]


def test_a_name_an_act_is_over_is_not_its_target() -> None:
    found = stored_in(
        "Nigeria recalled its envoy after Ghana called for oil sanctions against the military"
        " government over the hanging of writer Samuel Okoth and eight other activists.",
        "1995-11-16",
    )
    assert not [row for row in found if row[2] == "Samuel Okoth"]
