"""A wrong told of someone by another ("The European Commission told Google in preliminary
findings that it had breached the Digital Markets Act") is the teller's charge against
them; a court's seat named before the verb ("a tribunal in The Hague ruled") charges no
one; and what a charge tells at length ("accused them of taking part in plots to
assassinate Maduro") is no act of the accuser's."""

from __future__ import annotations

from relation_support import stored_in


def test_telling_someone_they_breached_a_law_charges_them() -> None:
    found = stored_in(
        "The European Commission told Apple in preliminary findings that it had breached the"
        " Digital Markets Act.",
        "2024-06-24",
    )
    assert ("European Commission", "ACCUSE", "Apple") in found


def test_saying_another_had_breached_rules_charges_it() -> None:
    found = stored_in(
        "The Japan Fair Trade Commission said Google had breached the antimonopoly law.",
        "2025-04-15",
    )
    assert ("Japan Fair Trade Commission", "ACCUSE", "Google") in found


def test_a_seat_named_before_the_ruling_charges_no_one() -> None:
    found = stored_in(
        "An arbitration tribunal in The Hague ruled on Tuesday that China had violated the"
        " Philippines' rights.",
        "2016-07-12",
    )
    assert not any(source == "Netherlands" for source, _, _ in found)


def test_a_charge_told_at_length_is_no_act_of_the_accuser() -> None:
    found = stored_in(
        "Attorney General Tarek William Saab accused them of taking part in plots to"
        " assassinate President Nicolas Maduro.",
        "2024-01-26",
    )
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
