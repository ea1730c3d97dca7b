"""A state that reopens its border, crossing or airspace to another eases a closure of it
(RETREAT; to people, never to the place the crossing is named after), and a house arrest
is read when who the detained is stands between commas before "under house arrest"."""

from __future__ import annotations

from relation_support import stored_in


def test_a_border_reopened_with_a_neighbour_eases_a_closure() -> None:
    found = stored_in(
        "Kyrgyzstan reopened its land border with Kazakhstan on Friday.", "2021-04-02"
    )
    assert ("Kyrgyzstan", "RETREAT", "Kazakhstan") in found


def test_airspace_reopened_to_a_state() -> None:
    found = stored_in(
        "Bahrain reopened its airspace to flights from Qatar on Monday.", "2021-01-11"
    )
    assert ("Bahrain", "RETREAT", "Qatar") in found


def test_a_crossing_named_after_a_town_opens_to_no_town() -> None:
    found = stored_in("Jordan opened the Jaber crossing to Syrian trucks on Monday.", "2018-10-15")
    assert not any(target == "Jaber" for _, _, target in found)


def test_their_border_reopened_together_is_no_retreat_of_either() -> None:
    found = stored_in("Kenya and Uganda reopened their common border on Tuesday.", "2008-01-15")
    assert not any(kind == "RETREAT" for _, kind, _ in found)


def test_a_house_arrest_with_who_the_detained_is_between_commas() -> None:
    found = stored_in(
        "Belarus placed Maria Kalesnikava, a leader of the opposition Coordination Council,"
        " under house arrest on Monday.",
        "2020-09-14",
    )
    assert ("Belarus", "COERCE", "Maria Kalesnikava") in found


def test_a_border_agreed_to_be_reopened_is_the_agreement() -> None:
    found = stored_in("Ghana agreed with Togo to reopen the border on Friday.", "2021-04-02")
    assert ("Ghana", "AGREE", "Togo") in found
    assert not any(kind == "RETREAT" for _, kind, _ in found)
