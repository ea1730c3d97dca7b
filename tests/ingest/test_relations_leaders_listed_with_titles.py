"""Two leaders listed as subjects, the second with a title in lower case ("President X and
opposition leader Y of the Z signed a deal", "... and rebel leader Y met"), are both the
verb's subjects: each signs with, or meets, the other."""

from __future__ import annotations

from relation_support import stored_in


def test_a_president_and_an_opposition_leader_sign_with_each_other() -> None:
    found = stored_in(
        "President Robert Mugabe and opposition leader Morgan Tsvangirai of the Movement for "
        "Democratic Change signed a power-sharing deal in Harare on Monday.",
        "2008-09-15",
    )
    assert ("Robert Mugabe", "SUPPORT", "Morgan Tsvangirai") in found
    assert ("Morgan Tsvangirai", "SUPPORT", "Robert Mugabe") in found


def test_a_president_and_a_rebel_leader_meet_each_other() -> None:
    found = stored_in(
        "Ugandan President Yoweri Museveni and rebel leader John Garang met in Kampala on Tuesday.",
        "1997-04-08",
    )
    assert ("John Garang", "CONSULT", "Yoweri Museveni") in found
    assert ("Yoweri Museveni", "CONSULT", "John Garang") in found
