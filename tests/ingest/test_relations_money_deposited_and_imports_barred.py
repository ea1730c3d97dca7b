"""Money deposited in a state's central bank props the state up (CAMEO 071, aid): "Saudi
Arabia deposited $3 billion in Pakistan's central bank" is Saudi aid to Pakistan, and the
state whose central bank it is, is a party, no place where it happened; imports "barred" from
a state's companies are banned, as "banned" ones are."""

from __future__ import annotations

from relation_support import coded_in


def test_money_deposited_in_a_states_central_bank_is_aid_to_it() -> None:
    text = (
        "ISLAMABAD (Reuters) - Saudi Arabia deposited $3 billion in Pakistan's central bank on "
        "Thursday to shore up the country's dwindling foreign reserves."
    )
    assert coded_in(text, "2021-12-02") == {("saudi arabia", "pakistan", "AID")}


def test_money_deposited_in_a_commercial_bank_is_no_aid() -> None:
    text = (
        "ZURICH (Reuters) - Nigeria's former oil minister deposited $20 million in a Swiss bank "
        "in 2014, prosecutors said on Thursday."
    )
    assert ("nigeria", "switzerland", "AID") not in coded_in(text, "2021-12-02")


def test_imports_barred_from_a_states_companies_are_a_ban_on_it() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States barred imports from two Chinese solar "
        "companies on Tuesday, accusing them of using forced labour."
    )
    coded = coded_in(text, "2023-06-06")
    assert ("united states", "china", "COERCE") in coded
    assert ("united states", "china", "ACCUSE") in coded
