"""What a deal opens the way to ("signed accords paving the way for Namibian independence")
is no party to it: the signers are each other's parties, however many they are."""

from __future__ import annotations

from relation_support import stored_in


def test_the_state_a_deal_paves_the_way_for_is_no_signer() -> None:
    found = stored_in(
        "Ethiopia, Eritrea and Djibouti signed accords on Sunday paving the way for Somali"
        " elections.",
        "2000-05-14",
    )
    assert ("Ethiopia", "SUPPORT", "Eritrea") in found
    assert ("Djibouti", "SUPPORT", "Ethiopia") in found
    assert not [row for row in found if "Somalia" in row]


def test_opening_the_way_names_no_party_either() -> None:
    found = stored_in(
        "Greece signed an accord on Sunday opening the way to Macedonian membership of NATO.",
        "2018-06-17",
    )
    assert not [row for row in found if row[1] == "SUPPORT"]
