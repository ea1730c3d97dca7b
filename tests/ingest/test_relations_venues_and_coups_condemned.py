"""A state owning the place of a meeting is where it was held, no party to it ("held a
summit on Singapore's Sentosa island"), though a strike "in Syria's Idlib province" still hits
Syria; and a coup, a killing or an arrest named again in apposition is the act a passive
reaction answers, by everyone named after "by" ("..., a coup swiftly condemned by Australia
and New Zealand"); trade a state bans ("banned all seafood imports from Japan") is no
trade made; "would neither accept nor recognise the ruling" rejects it; "the generals" are
the state named before, as "the junta" is; a state that acts "in protest at" something
protests no more than that act says (a crowd's protest so told still protests)."""

from __future__ import annotations

from relation_support import coded_in


def test_a_venues_owner_is_no_party_to_the_meeting() -> None:
    text = (
        "SINGAPORE (AP) - President Donald Trump and North Korean leader Kim Jong Un held a "
        "historic summit on Singapore's Sentosa island on Tuesday."
    )
    found = coded_in(text, "2018-06-12")
    assert ("united states", "north korea", "CONSULT") in found
    assert not any("singapore" in (source, target) for source, target, _ in found)
    struck = "Russian jets struck rebel positions in Syria's Idlib province on Tuesday."
    assert ("russia", "syria", "ASSAULT") in coded_in(struck, "2018-06-12")


def test_a_coup_condemned_by_two_is_condemned_by_each() -> None:
    text = (
        "SUVA (Reuters) - Soldiers led by Lieutenant-Colonel Sitiveni Rabuka stormed Fiji's "
        "parliament on Thursday and detained Prime Minister Timoci Bavadra, a coup swiftly "
        "condemned by Australia and New Zealand."
    )
    found = coded_in(text, "1987-05-14")
    assert found >= {("australia", "fiji", "ACCUSE"), ("new zealand", "fiji", "ACCUSE")}


def test_trade_banned_is_no_trade() -> None:
    text = "BEIJING (Reuters) - China banned all seafood imports from Japan on Thursday."
    found = coded_in(text, "2023-08-24")
    assert ("china", "japan", "COERCE") in found
    assert ("china", "japan", "COOPERATE") not in found


def test_neither_accepting_nor_recognising_rejects() -> None:
    text = (
        "China said it would neither accept nor recognise the ruling of the Permanent Court of "
        "Arbitration."
    )
    found = coded_in(text, "2016-07-12")
    assert ("china", "permanent court of arbitration", "REJECT") in found
    assert not any(kind in ("AGREE", "SUPPORT") for _, _, kind in found)


def test_the_generals_are_the_state_named_before() -> None:
    text = (
        "The World Food Programme halted aid flights to Myanmar on Friday, and the United "
        "Nations urged the generals to let in foreign relief workers."
    )
    assert ("united nations", "myanmar", "REQUEST") in coded_in(text, "2008-05-09")


def test_a_state_acting_in_protest_protests_no_more() -> None:
    text = (
        "China said on Friday it had recalled its ambassador to Washington in protest at last "
        "week's visit to the United States by Taiwan President Lee Teng-hui."
    )
    found = coded_in(text, "1995-06-16")
    assert ("china", "united states", "SANCTION") in found
    assert not any(kind in ("PROTEST", "ACCUSE") for _, _, kind in found)
    crowd = "Greenpeace activists occupied a Shell platform in protest against its plan."
    assert ("greenpeace", "shell", "PROTEST") in coded_in(crowd, "1995-06-16")
