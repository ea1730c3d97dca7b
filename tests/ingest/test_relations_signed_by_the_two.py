"""Documents signed at the end of a long clause: "and the two signed a declaration" is a
signing by both sides just named ("the two" is the verb's subject, no number before a
participle), its object read though it lies past the reach of the names before it; what the
document says ("a declaration pledging to") or opens the way for ("paving the way for
American troops to leave") is no second event, as coders code it."""

from __future__ import annotations

from relation_support import stored_in


def test_the_two_signed_a_declaration_after_a_summit() -> None:
    found = stored_in(
        "Egyptian President Anwar Sadat flew to Jerusalem on Saturday for talks with Israeli "
        "Prime Minister Menachem Begin in the Knesset, and the two signed a declaration.",
        "1977-11-20",
    )
    assert ("Egypt", "SUPPORT", "Israel") in found or ("Anwar Sadat", "SUPPORT", "Israel") in found


def test_what_a_signed_declaration_pledges_is_no_second_event() -> None:
    # a guard: read so before, when the participle lay past the reach of the names
    found = stored_in(
        "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in "
        "Asmara on Sunday and signed a declaration pledging to end the state of war.",
        "2018-07-09",
    )
    assert ("Eritrea", "SUPPORT", "Ethiopia") in found or (
        "Isaias Afwerki",
        "SUPPORT",
        "Ethiopia",
    ) in found
    assert not [row for row in found if row[1] == "AGREE"]


def test_what_a_deal_opens_the_way_for_is_no_event() -> None:
    found = stored_in(
        "The United States and the Taliban signed a deal in Doha on Saturday, paving the way "
        "for American troops to leave Afghanistan.",
        "2020-02-29",
    )
    assert ("United States", "SUPPORT", "Taliban") in found
    assert not [row for row in found if row[2] == "Afghanistan"]
