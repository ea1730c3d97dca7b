"""A deal signed and then told by a participle ("signed accords establishing relations with
the UAE and Bahrain") is signed with the ones named after it: each signs with the other."""

from __future__ import annotations

from relation_support import stored_in


def test_a_deal_whose_content_names_the_partners_is_signed_with_them_both_ways() -> None:
    found = stored_in(
        "Morocco signed accords restoring diplomatic relations with Israel and the United"
        " States on Tuesday.",
        "2020-12-22",
    )
    assert ("Morocco", "SUPPORT", "Israel") in found
    assert ("Israel", "SUPPORT", "Morocco") in found
