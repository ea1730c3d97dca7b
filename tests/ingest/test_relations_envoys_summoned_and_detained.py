"""An envoy named in apposition after their office and posting ("France's ambassador to
Mali, Joel Meyer,") is their state's; a summons told in the passive is still a complaint
made to them (CAMEO 114); "he was detained by police" in a story filed from a capital is
the detention of the person named before, by that state's police."""

from __future__ import annotations

from relation_support import entities_in, stored_in

_TEXT = (
    "BAMAKO, Jan 31 (Reuters) - France's ambassador to Mali, Joel Meyer, was summoned by the "
    "Malian foreign ministry on Monday, a day after he was briefly detained by police at "
    "the airport."
)


def test_an_envoy_named_after_his_posting_is_his_states() -> None:
    assert entities_in(_TEXT, "2022-01-31")["Joel Meyer"].affiliation == "france"


def test_a_summons_in_the_passive_is_a_complaint_and_the_detention_is_the_states() -> None:
    found = stored_in(_TEXT, "2022-01-31")
    assert ("Malian foreign ministry", "ACCUSE", "Joel Meyer") in found
    assert ("Malian foreign ministry", "CONSULT", "Joel Meyer") not in found
    assert ("Mali", "COERCE", "Joel Meyer") in found
