"""A mediator meets each party it brought together and is no party to their act ("under a
deal brokered by China"); seas and lakes where something happens host nothing; extending an
embargo is a sanction, not aid. Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_a_broker_meets_each_party_and_is_no_party_to_their_agreement() -> None:
    found = _typed("Sudan and Chad agreed to reopen their border under a deal mediated by Qatar.")
    assert {("Sudan", "AGREE", "Chad"), ("Chad", "AGREE", "Sudan")} <= found
    assert {("Qatar", "CONSULT", "Sudan"), ("Qatar", "CONSULT", "Chad")} <= found
    assert not any(target == "Qatar" for _, _, target in found)


def test_a_sea_where_drills_are_held_is_no_target() -> None:
    found = _typed("India and Japan held joint naval drills in the Arabian Sea on Monday.")
    assert found == {("India", "COOPERATE", "Japan"), ("Japan", "COOPERATE", "India")}


def test_a_lake_near_a_raid_is_no_victim() -> None:
    found = _typed("Chadian troops killed 20 Boko Haram fighters in a raid near Lake Fitri.")
    assert {target for _, _, target in found} == {"Boko Haram"}


def test_extending_an_arms_embargo_coerces_as_the_plover_table_types_it() -> None:
    assert _typed("The European Union extended its arms embargo on Myanmar on Monday.") == {
        ("European Union", "COERCE", "Myanmar")
    }


def test_a_signed_deal_named_again_as_the_mediators_is_one_signing() -> None:
    found = _typed(
        "Armenia and Azerbaijan signed a peace accord on Thursday, in an agreement brokered "
        "by Russia after two days of talks in Moscow."
    )
    assert {("Armenia", "SUPPORT", "Azerbaijan"), ("Russia", "CONSULT", "Armenia")} <= found
    assert not any(kind == "AGREE" for _, kind, _ in found)


def test_a_mediator_who_brokered_a_deal_partly_meets_each_party() -> None:
    found = _typed(
        "Eritrea and Ethiopia will reopen their embassies, in a breakthrough brokered partly "
        "by the United Arab Emirates."
    )
    assert {
        ("United Arab Emirates", "CONSULT", "Eritrea"),
        ("United Arab Emirates", "CONSULT", "Ethiopia"),
    } <= found
    assert not any(target == "United Arab Emirates" for _, _, target in found)
    assert ("Eritrea", "CONSULT", "Ethiopia") not in found  # the brokering is no meeting of theirs
