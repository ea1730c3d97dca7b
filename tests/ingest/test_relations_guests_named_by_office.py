"""A guest received under a lower-case office after a state's adjective and named after it
("received his Bangladeshi counterpart Sheikh Hasina") is a guest, met both ways; a thing
received from a state ("received Russian weapons") is still no meeting."""

from __future__ import annotations

from relation_support import stored_in


def test_a_named_counterpart_received_is_met_both_ways() -> None:
    found = stored_in(
        "Shinzo Abe received his Indian counterpart Narendra Modi in Tokyo on Monday.",
        "2018-10-29",
    )
    consulted = {(row[0], row[2]) for row in found if row[1] == "CONSULT"}
    assert ("Shinzo Abe", "India") in consulted
    assert ("India", "Shinzo Abe") in consulted


def test_a_named_minister_of_two_words_is_a_guest_too() -> None:
    found = stored_in(
        "Vladimir Putin received the Syrian foreign minister Walid al-Muallem in Moscow.",
        "2015-06-29",
    )
    assert [row for row in found if row[1] == "CONSULT" and row[0] == "Vladimir Putin"]


def test_weapons_received_meet_no_one() -> None:
    found = stored_in("Iran received Russian weapons on Friday.", "2019-01-13")
    assert not [row for row in found if row[1] == "CONSULT"]
