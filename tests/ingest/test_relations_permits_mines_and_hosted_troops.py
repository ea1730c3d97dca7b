"""A company's permit or licence revoked is coercion of the company; a "uranium mine" is a
pit, not an act of mining; missiles fired at bases housing another state's troops attack
that state, as event coders code it, not the host; missiles fired are their owner's
attack, not the attack of who intercepts them.  Sentences written for these tests."""

from __future__ import annotations

from relation_support import typed_in


def test_a_permit_revoked_coerces_its_holder() -> None:
    found = typed_in(
        "Mali's military government revoked Canadian miner Barrick Gold's permit to run the"
        " Loulo mine on Thursday."
    )
    assert ("Mali", "COERCE", "Barrick Gold") in found


def test_a_mine_named_for_its_ore_is_no_act() -> None:
    found = typed_in("Niger visited the Arlit uranium mine with officials from France on Monday.")
    assert not any(kind == "ACCUSE" for _, kind, _ in found)


def test_an_attack_on_bases_housing_foreign_troops_is_on_their_state() -> None:
    found = typed_in(
        "Iran fired ballistic missiles at two Iraqi air bases housing U.S. troops on Wednesday."
    )
    assert any(
        source == "Iran" and kind == "ASSAULT" and "U.S." in target
        for source, kind, target in found
    )
    assert ("Iran", "ASSAULT", "Iraq") not in found


def test_an_attack_on_a_state_s_own_bases_stays_on_it() -> None:
    found = typed_in("Iran fired ballistic missiles at two Iraqi air bases on Wednesday.")
    assert ("Iran", "ASSAULT", "Iraq") in found


def test_missiles_fired_are_their_owner_s_attack() -> None:
    found = typed_in(
        "Syrian air defences intercepted most of a wave of Israeli missiles fired at targets"
        " around Damascus on Monday."
    )
    assert ("Israel", "ASSAULT", "Syria") in found
    assert not any(source == "Syria" and kind == "ASSAULT" for source, kind, _ in found)
