"""Reducing relations is a sanction, as CAMEO files it (16): cutting ties, halting deliveries,
ending an agreement, suspending a member, sending envoys home; signing agreements
supports, plural or not. Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_cutting_ties_is_a_sanction_not_a_partnership() -> None:
    assert _typed("Ecuador severed diplomatic ties with Nicaragua on Friday.") == {
        ("Ecuador", "SANCTION", "Nicaragua")
    }


def test_halting_deliveries_sanctions_every_recipient_and_gives_no_aid() -> None:
    found = _typed("Norway halted arms shipments to Turkey and Qatar last month.")
    assert found == {("Norway", "SANCTION", "Turkey"), ("Norway", "SANCTION", "Qatar")}


def test_ending_a_cooperation_agreement_is_no_agreement() -> None:
    found = _typed("Niger ended its military cooperation accord with Germany on Monday.")
    assert found == {("Niger", "SANCTION", "Germany")}


def test_suspending_a_member_sanctions_it() -> None:
    assert _typed("The European Union suspended Hungary from the council on Tuesday.") == {
        ("European Union", "SANCTION", "Hungary")
    }


def test_sending_an_envoy_home_reduces_relations_with_the_envoys_state() -> None:
    # CAMEO's dictionary codes expelling a diplomat 161 (reduce diplomatic relations), which
    # PLOVER calls SANCTION; expelling other people is coercion (174).
    for text in (
        "Venezuela ordered the Argentine ambassador to leave within 72 hours.",
        "Venezuela expelled the Argentine ambassador on Monday.",
        "Venezuela told two Argentine diplomats to leave the country.",
    ):
        found = _typed(text)
        assert {source for source, kind, _ in found if kind == "SANCTION"} == {"Venezuela"}, text
        assert not any(kind in ("REQUEST", "COERCE") for _, kind, _ in found), text
    assert {kind for _, kind, _ in _typed("Venezuela expelled 40 Argentine migrants.")} == {
        "COERCE"
    }


def test_signing_agreements_in_the_plural_is_a_formal_agreement() -> None:
    found = _typed("Kenya and Ethiopia signed seven agreements on energy and roads.")
    assert found == {("Kenya", "SUPPORT", "Ethiopia"), ("Ethiopia", "SUPPORT", "Kenya")}


def test_leaving_a_treaty_or_a_body_sanctions_the_other_party_or_the_body() -> None:
    assert _typed(
        "Washington is suspending its participation in the Open Skies arms control treaty"
        " with Russia, officials said."
    ) == {("United States", "SANCTION", "Russia")}
    assert _typed("Niger suspended its membership in ECOWAS on Sunday.") == {
        ("Niger", "SANCTION", "ECOWAS")
    }


def test_forces_sent_around_a_state_are_a_show_of_force_aid_sent_to_it_is_aid() -> None:
    assert _typed("Russia sent bombers and warships near Japan on Monday.") == {
        ("Russia", "MOBILIZE", "Japan")
    }
    assert _typed("Japan sent emergency aid to Turkey.") == {("Japan", "AID", "Turkey")}


def test_envoys_ordered_out_or_named_with_a_dotted_state_are_sent_home_too() -> None:
    for text in (
        "Moscow ordered four British diplomats out on Thursday.",
        "Caracas ordered the U.S. ambassador to leave within 72 hours.",
    ):
        found = _typed(text)
        assert {kind for _, kind, _ in found} == {"SANCTION"}, text
