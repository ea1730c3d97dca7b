"""Words that are no act of their own where they stand: "back" before "to" is where a thing
goes, "as long as it takes" seizes nothing; joining an act ("joined a boycott") is doing it;
troops that left a country withdrew from it; a participle's "by" ("a boycott announced by
X") names no speaker nor the noun's agent; blocking what a body would say or decide
rejects it. Sentences written for these tests."""

from __future__ import annotations

from relation_support import links_in

from personae.store.model import COMENTION


def _typed(text: str) -> set[tuple[str, str, str]]:
    return {(x.source, x.type, x.target) for x in links_in(text) if x.type != COMENTION}


def test_handing_a_territory_back_to_a_state_is_no_backing_of_it() -> None:
    found = _typed("Portugal handed Macau back to China in December 1999.")
    assert not any(kind == "SUPPORT" for _, kind, _ in found)


def test_for_as_long_as_it_takes_seizes_nothing() -> None:
    found = _typed("Germany will back Ukraine for as long as it takes.")
    assert not any(kind == "COERCE" for _, kind, _ in found)


def test_troops_that_left_a_country_withdrew_from_it() -> None:
    found = _typed("The last Vietnamese troops left Cambodia in September 1989.")
    assert ("Vietnamese troops", "RETREAT", "Cambodia") in found


def test_joining_a_boycott_is_boycotting() -> None:
    found = _typed(
        "Denmark and Lithuania joined a diplomatic boycott of the Beijing Olympics announced"
        " earlier by the United States."
    )
    assert {("Denmark", "PROTEST", "China"), ("Lithuania", "PROTEST", "China")} <= found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_blocking_a_blocs_statement_rejects_it_and_blocking_a_convoy_does_not() -> None:
    found = _typed("Poland blocked a European Union declaration on migration on Friday.")
    assert ("Poland", "REJECT", "European Union") in found
    assert not any(
        kind == "REJECT" for _, kind, _ in _typed("Serbian police blocked a Kosovo convoy.")
    )


def test_a_deadline_to_leave_given_to_diplomats_expels_them() -> None:
    found = _typed("Niger's junta gave the French ambassador 48 hours to leave the country.")
    assert ("Niger", "SANCTION", "French ambassador") in found
    assert not any(kind == "THREATEN" for _, kind, _ in found)


def test_suspending_talks_reduces_relations_and_holds_no_talks() -> None:
    found = _typed("Serbia suspended talks with Kosovo on Tuesday.")
    assert ("Serbia", "SANCTION", "Kosovo") in found
    assert not any(kind == "CONSULT" for _, kind, _ in found)


def test_welcoming_a_leader_hosts_and_welcoming_a_decision_supports() -> None:
    found = _typed("Kazakh President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping.")
    assert any(kind == "CONSULT" for _, kind, _ in found)
    assert not any(kind == "SUPPORT" for _, kind, _ in found)
    assert ("Ghana", "SUPPORT", "Togo") in _typed(
        "Ghana welcomed Togo's decision to reopen the border."
    )


def test_letting_inspectors_in_allows_involvement() -> None:
    found = _typed("Iran allowed IAEA inspectors into the Fordow site on Monday.")
    assert ("Iran", "RETREAT", "IAEA") in found or (
        "Iran",
        "RETREAT",
        "International Atomic Energy Agency",
    ) in found


def test_fighting_between_two_sides_is_each_ones_on_the_other() -> None:
    found = _typed("Heavy fighting broke out in Juba on Friday between the army and the SPLM-IO.")
    found |= _typed("Clashes between Armenian and Azerbaijani troops left 15 dead on Tuesday.")
    assert {
        ("Armenia", "ASSAULT", "Azerbaijani troops"),
        ("Azerbaijani troops", "ASSAULT", "Armenia"),
    } <= found
    assert not any(kind == "RETREAT" for _, kind, _ in found)


def test_two_forces_that_fought_with_weapons_fought_each_other() -> None:
    found = _typed("Kyrgyz and Tajik border guards fought with mortars along the frontier.")
    assert ("Tajik border guards", "ASSAULT", "Kyrgyzstan") in found
