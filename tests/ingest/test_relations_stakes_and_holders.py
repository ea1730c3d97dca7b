"""What a fight is over is no side of it; a hand lent to an act is that act; the side whose
positions are bombed is the target, not the agent; an answering strike in a clause of its
own after "and" is told too; overrunning a base is an attack. Sentences written for these
tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import typed_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def test_the_land_a_fight_is_over_is_no_target() -> None:
    found = typed_in(
        "Armenia and Azerbaijan held talks in Geneva, their first since fighting erupted over"
        " Nagorno-Karabakh in September."
    )
    assert found == {("Armenia", "CONSULT", "Azerbaijan"), ("Azerbaijan", "CONSULT", "Armenia")}


def test_helping_to_impound_a_ship_is_impounding_it() -> None:
    found = typed_in("Spain helped impound an Iranian tanker off Gibraltar on Friday.")
    assert found == {("Spain", "COERCE", "Iran")}


def test_positions_held_by_a_group_make_the_group_the_target() -> None:
    found = typed_in("Myanmar jets bombed positions held by the Arakan Army on Saturday.")
    assert found == {("Myanmar", "ASSAULT", "Arakan Army")}


def test_an_answering_strike_after_and_is_a_second_event() -> None:
    found = typed_in(
        "Hezbollah fired rockets into northern Israel and Israeli jets pounded Hezbollah"
        " positions in southern Lebanon on Tuesday."
    )
    assert {("Hezbollah", "ASSAULT", "Israel"), ("Israel", "ASSAULT", "Hezbollah")} <= found


def test_overrunning_a_base_is_an_attack_not_an_occupation() -> None:
    found = typed_in("Al-Shabaab fighters overran a Kenyan army base in Somalia on Friday.")
    assert ("al-Shabaab", "ASSAULT", "Kenyan army") in found


def test_blocking_an_invitation_rejects_it() -> None:
    found = typed_in("Greece blocked an invitation for Macedonia to join NATO on Thursday.")
    assert ("Greece", "REJECT", "North Macedonia") in found


def test_an_independence_army_is_an_armed_group() -> None:
    entities = extract(
        RawArticle(
            "", "The Kachin Independence Army attacked a police post on Monday.", date="2012-01-02"
        ),
        "a",
    ).entities
    assert {e.name: e.kind for e in entities}["Kachin Independence Army"] == "armed_group"


def test_what_sanctions_target_is_no_attack() -> None:
    found = typed_in(
        "The European Union imposed sanctions on Russia on Tuesday, targeting the banking and"
        " energy sectors over Moscow's role in the Ukraine crisis."
    )
    assert found == {("European Union", "COERCE", "Russia")}


def test_a_leader_s_party_is_what_is_done_to_the_party() -> None:
    found = typed_in(
        "Myanmar's junta dissolved Aung San Suu Kyi's National League for Democracy on Tuesday."
    )
    assert found == {("Myanmar", "COERCE", "National League for Democracy")}
