"""A group whose rally, march or strike a state's police or troops break up protests against
that state (CAMEO 14), as event coders code it beside the arrests or the force: "Chilean
police arrested dozens of members of the Democratic Alliance as the opposition coalition led
a march" (against the state if the article names it, else against its police); "its
activists" are the one party named before them.  A march only planned, or a sentence with a
protest of its own, adds none, and a rally held by those arrested is no act of the police."""

from __future__ import annotations

from relation_support import stored_in


def test_a_party_whose_march_police_broke_up_protests_against_the_state() -> None:
    found = stored_in(
        "Kenyan police arrested 30 members of the Orange Democratic Movement in Kisumu on "
        "Monday as the party led a march against the election result.",
        "2008-01-14",
    )
    assert ("Kenyan police", "COERCE", "Orange Democratic Movement") in found
    # against the state's police, as the article names no state but by its adjective
    assert ("Orange Democratic Movement", "PROTEST", "Kenyan police") in found


def test_a_planned_march_is_no_protest_yet() -> None:
    found = stored_in(
        "Kenyan police arrested 30 members of the Orange Democratic Movement in Nairobi on "
        "Monday on the eve of a planned march.",
        "2008-01-14",
    )
    assert not [row for row in found if row[1] == "PROTEST"]


def test_a_union_whose_strike_troops_broke_up_protests_against_the_named_state() -> None:
    found = stored_in(
        "Bolivia declared a state of siege on Monday, and troops detained 40 leaders of the "
        "Bolivian Workers' Centre during a general strike in La Paz.",
        "1995-04-18",
    )
    assert [row for row in found if row[1] == "PROTEST" and row[2] == "Bolivia"]


def test_its_activists_detained_are_the_partys_and_its_strike_a_protest() -> None:
    found = stored_in(
        "Zambia's opposition United Party for National Development called a nationwide "
        "general strike on Monday, and police detained dozens of its activists in Lusaka.",
        "2017-04-17",
    )
    assert [
        row
        for row in found
        if row[1] == "COERCE" and row[2] == "United Party for National Development"
    ]
    assert ("United Party for National Development", "PROTEST", "Zambia") in found


def test_a_rally_held_by_the_arrested_is_no_act_of_the_police() -> None:
    # a guard: read so before, when "its supporters" named no one
    found = stored_in(
        "Ugandan police arrested 20 members of the Forum for Democratic Change in Kampala on "
        "Saturday after its supporters defied a ban and held a rally.",
        "2011-04-16",
    )
    assert not [row for row in found if row[0] == "Ugandan police" and row[1] == "PROTEST"]
