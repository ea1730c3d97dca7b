""" "Him" stands for the one person its sentence named before it ("Evo Morales resigned ...,
and Mexico said it had granted him political asylum": Mexico's aid goes to Morales, and so
to Bolivia); with two people named, or one named only as whose relative ("the father of
footballer Luis Diaz ... kidnapping him"), it stands for no one, unless the later of two
is the one whose verb takes "him" ("police arrested Kem Sokha ..., and Hun Sen accused him":
no one accuses himself so)."""

from __future__ import annotations

from relation_support import stored_in


def test_him_is_the_one_person_named_before() -> None:
    found = stored_in(
        "Ecuadorean President Lucio Gutierrez fled the capital on Wednesday, and Brazil said "
        "it had granted him political asylum.",
        "2005-04-21",
    )
    assert ("Brazil", "AID", "Lucio Gutierrez") in found


def test_him_after_two_people_or_a_relative_is_no_one() -> None:
    found = stored_in(
        "Rebels released the son of singer Juan Lopez on Friday, a week after kidnapping him.",
        "2005-04-21",
    )
    assert not [row for row in found if "Juan Lopez" in (row[0], row[2])]
    two = stored_in(
        "Kenyan President Mwai Kibaki met opposition leader Raila Odinga on Monday, and "
        "Britain praised him.",
        "2008-02-28",
    )
    assert not [
        r for r in two if r[0] == "United Kingdom" and r[2] in ("Mwai Kibaki", "Raila Odinga")
    ]


def test_him_after_the_second_persons_own_verb_is_the_first() -> None:
    text = (
        "Cambodian police arrested Kem Sokha, leader of the opposition Cambodia National Rescue "
        "Party, on Sunday, and Prime Minister Hun Sen accused him of plotting treason."
    )
    found = stored_in(text, "2017-09-03")
    assert ("Hun Sen", "ACCUSE", "Kem Sokha") in found
    assert not any(kind == "ACCUSE" and target != "Kem Sokha" for _, kind, target in found)
