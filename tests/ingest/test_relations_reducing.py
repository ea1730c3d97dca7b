"""Reducing relations is a sanction, as CAMEO files it (16): cutting ties, halting deliveries,
ending an agreement, suspending a member; ordering envoys out coerces; signing agreements
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


def test_ordering_an_envoy_to_leave_coerces_the_envoys_state() -> None:
    found = _typed("Venezuela ordered the Argentine ambassador to leave within 72 hours.")
    assert {source for source, kind, _ in found if kind == "COERCE"} == {"Venezuela"}
    assert not any(kind == "REQUEST" for _, kind, _ in found)


def test_signing_agreements_in_the_plural_is_a_formal_agreement() -> None:
    found = _typed("Kenya and Ethiopia signed seven agreements on energy and roads.")
    assert found == {("Kenya", "SUPPORT", "Ethiopia"), ("Ethiopia", "SUPPORT", "Kenya")}
