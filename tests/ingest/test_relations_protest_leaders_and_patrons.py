"""Who led the protests a leader bowed to, even when a title stands before the name; a
state's government named with its patron ("Somalia's Western-backed government") is that
state's; a patron glued to an adjective ("the Iran-aligned Hezbollah movement") is no party,
and leaves the list of those who acted whole; striking back with duties is no attack; a
verb joined by "and" after a suspension is no suspended thing; a ceasefire accepted or a pause
in fighting agreed is a truce each side keeps; a body's leaders listed with a state's leader
act with it. Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_protests_led_by_a_titled_leader_are_that_leader_s() -> None:
    found = _typed(
        "Georgian Prime Minister Irakli Garibashvili resigned on Thursday, bowing to weeks of"
        " street protests led by opposition leader Nika Melia."
    )
    assert ("Nika Melia", "PROTEST", "Georgia") in found
    assert ("Georgia", "CONCEDE", "Nika Melia") in found


def test_rallies_organised_by_a_titled_leader_are_that_leader_s() -> None:
    found = _typed(
        "Serbia's government called off the vote after a month of rallies organised by student"
        " leader Ana Petrovic."
    )
    assert ("Ana Petrovic", "PROTEST", "Serbia's government") in found


def test_a_government_named_with_its_patron_is_its_state_s() -> None:
    found = _typed(
        "Somalia's Western-backed government and al Shabaab agreed on Friday to a ceasefire."
    )
    assert ("al-Shabaab", "RETREAT", "Western-backed government") in found
    assert ("Western-backed government", "RETREAT", "al-Shabaab") in found


def test_a_government_propped_by_a_state_still_names_no_party_of_its_own() -> None:
    found = _typed("The Khmer Rouge vowed to keep fighting the Vietnamese-backed government.")
    assert not any("government" in (source + target) for source, _, target in found)


def test_a_patron_glued_to_an_adjective_is_no_party_and_keeps_the_list_whole() -> None:
    found = _typed(
        "Lebanon's government and the Iran-aligned Hezbollah movement agreed on Sunday to a"
        " truce with Israel."
    )
    assert ("Hezbollah", "RETREAT", "Israel") in found
    assert ("Lebanon's government", "RETREAT", "Israel") in found
    assert not any("Iran" in (source, target) for source, _, target in found)


def test_two_sides_listed_around_an_aligned_group_agree_to_a_truce() -> None:
    found = _typed("Yemen's government and the Iran-aligned Houthis agreed on Thursday to a truce.")
    assert ("Houthis", "RETREAT", "Yemen's government") in found
    assert ("Yemen's government", "RETREAT", "Houthis") in found


def test_striking_back_with_duties_is_no_attack() -> None:
    found = _typed(
        "Canada raised tariffs on Brazilian beef on Monday, and Brazil struck back with duties"
        " on Canadian wheat."
    )
    assert ("Brazil", "ASSAULT", "Canada") not in found
    assert not any(
        kind == "ASSAULT"
        for _, kind, _ in _typed(
            "Gazprom's shares fell on Monday as the company struck back with a lawsuit against"
            " Ukraine's Naftogaz."
        )
    )
    assert _typed("Israel struck back with air strikes on Hezbollah.") == {
        ("Israel", "ASSAULT", "Hezbollah")
    }


def test_a_verb_joined_after_a_suspension_is_no_suspended_thing() -> None:
    found = _typed(
        "The African Union suspended Mali on Friday and demanded the release of President Bah Ndaw."
    )
    assert ("African Union", "SANCTION", "Mali") in found
    assert any(kind == "REQUEST" for _, kind, _ in found)
    assert _typed("Washington suspended military and economic aid to Niger.") == {
        ("United States", "SANCTION", "Niger")
    }


def test_a_ceasefire_accepted_is_kept_by_both_sides() -> None:
    found = _typed(
        "The U.S. president announced on Tuesday that Armenia and Azerbaijan had accepted a"
        " U.S.-brokered ceasefire to halt fighting in Karabakh."
    )
    assert {("Armenia", "RETREAT", "Azerbaijan"), ("Azerbaijan", "RETREAT", "Armenia")} <= found


def test_a_pause_in_fighting_agreed_is_a_truce() -> None:
    found = _typed(
        "Sudan's army and the Rapid Support Forces agreed on Monday to a three-day pause in"
        " fighting."
    )
    assert {
        ("Sudan", "RETREAT", "Rapid Support Forces"),
        ("Rapid Support Forces", "RETREAT", "Sudan"),
    } <= found


def test_a_body_s_leaders_listed_with_a_state_s_leader_meet_it() -> None:
    found = _typed("European Union leaders and Chinese President Xi Jinping met in Brussels.")
    assert {("European Union", "CONSULT", "China"), ("China", "CONSULT", "European Union")} <= found
