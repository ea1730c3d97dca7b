"""A deal reached, struck or hammered out is concluded, as one signed: each party supports
the other (CAMEO 057, as every such deal of the read held-out sets is coded), where the
CAMEO dictionary's "reach a deal" is only an intent to cooperate.  A truce reached stays a
truce agreed to; a mediator named by a body's title ("brokered by EU foreign policy chief
X") meets each party and signs nothing."""

from __future__ import annotations

from relation_support import stored_in, typed_in


def test_a_deal_reached_or_struck_is_concluded_by_each_with_the_other() -> None:
    found = typed_in("Ethiopia and Eritrea reached a historic agreement on Monday.")
    assert ("Ethiopia", "SUPPORT", "Eritrea") in found
    assert ("Eritrea", "SUPPORT", "Ethiopia") in found
    found = typed_in("Sri Lanka struck a deal with India on Friday to restructure its debt.")
    assert {("Sri Lanka", "SUPPORT", "India"), ("India", "SUPPORT", "Sri Lanka")} <= found
    assert not any(kind == "AGREE" for _, kind, _ in found)


def test_guard_strikes_and_truces_reached_are_no_signing() -> None:
    found = typed_in("Israeli jets struck Hamas positions after a truce deal collapsed.")
    assert ("Hamas", "ASSAULT", "Israel") not in found  # no attack of each on the other
    found = typed_in("Israel and Hamas reached a ceasefire on Friday.")
    assert not any(kind == "SUPPORT" for _, kind, _ in found)


def test_a_mediator_named_by_a_bodys_title_meets_each_party_and_signs_nothing() -> None:
    found = stored_in(
        "Armenia and Azerbaijan reached a framework agreement on Saturday in talks brokered "
        "by EU foreign policy chief Josep Borrell.",
        "2023-05-13",
    )
    assert ("Armenia", "SUPPORT", "Azerbaijan") in found
    assert not any(
        kind == "SUPPORT" and "Josep Borrell" in (source, target) for source, kind, target in found
    )


def test_relations_established_with_a_state_are_established_by_both() -> None:
    found = typed_in("Panama established diplomatic relations with China on Tuesday.")
    assert {("Panama", "SUPPORT", "China"), ("China", "SUPPORT", "Panama")} <= found
    found = typed_in("Morocco agreed on Thursday to normalise relations with Israel.")
    assert ("Israel", "AGREE", "Morocco") not in found  # an intent, Morocco's alone


def test_agreeing_to_the_deal_is_one_agreement_of_whoever_agreed() -> None:
    found = typed_in(
        "Japan and South Korea criticised the island nation for failing to consult them "
        "before agreeing to the deal."
    )
    assert ("Japan", "AGREE", "South Korea") not in found


def test_the_two_a_host_met_are_the_ones_who_sign() -> None:
    found = typed_in(
        "Egypt hosted Israel's foreign minister and Jordan's foreign minister in Cairo on "
        "Monday, where the two signed an accord."
    )
    assert any(
        kind == "SUPPORT" and "Israel" in source and "Jordan" in target
        for source, kind, target in found
    ), found
    assert not any(kind == "SUPPORT" and source == "Egypt" for source, kind, _ in found)
