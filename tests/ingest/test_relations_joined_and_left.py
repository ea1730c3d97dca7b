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
