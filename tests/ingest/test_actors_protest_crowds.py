"""Protesters named by their people ("Greek protesters", "Nigerian rioters") are a group of
their own, apart from their state, as event coders code them: police firing on them act on
the protesters, not on their own state, and what the crowd burns or stones is a violent
protest (CAMEO 145), not an attack by the state."""

from __future__ import annotations

from relation_support import entities_in, stored_in, typed_in

from personae.store.ingest.evaluate import StateNames, read_case
from personae.store.model import Entity


def test_protesters_named_by_their_people_are_their_own_group() -> None:
    entities = entities_in(
        "Thousands of Chilean demonstrators marched on the Argentine consulate.", "2001-05-01"
    )
    assert entities["Chilean demonstrators"].kind == "organisation"
    assert entities["Chilean demonstrators"].affiliation is None
    found = typed_in("Thousands of Chilean demonstrators marched on the Argentine consulate.")
    assert not any(source == "Chile" for source, _, _ in found)


def test_police_firing_on_a_states_protesters_act_on_the_protesters() -> None:
    found = stored_in(
        "NAIROBI, March 3 (Reuters) - Riot police fired tear gas at Kenyan protesters who "
        "threw stones near the British High Commission on Tuesday.",
        "2009-03-03",
    )
    assert ("Kenya", "ASSAULT", "Kenyan protesters") in found  # the dateline's police,
    assert ("United Kingdom", "ASSAULT", "Kenyan protesters") not in found  # not the mission's


def test_what_a_crowd_burns_or_stones_is_a_violent_protest() -> None:
    found = typed_in(
        "Indonesian rioters set fire to Malaysian-owned shops and stoned the "
        "Malaysian embassy in Jakarta on Friday."
    )
    assert ("Indonesian rioters", "PROTEST", "Malaysian embassy") in found
    assert not any(kind == "ASSAULT" for _, kind, _ in found)
    assert ("Pakistani strikers", "PROTEST", "China") in typed_in(
        "Pakistani strikers smashed the windows of the Chinese consulate in Karachi."
    )


def test_guard_a_states_own_police_or_students_are_no_crowd() -> None:
    entities = entities_in("Greek police arrested two British students in Athens.", "2001-05-01")
    assert not any(
        name.endswith(("police", "students")) and entity.kind == "organisation"
        for name, entity in entities.items()
    )


def test_guard_protesters_a_body_leads_are_the_bodys() -> None:
    entities = entities_in(
        "Thousands of Turkish protesters led by the Republican People's Party marched in Ankara.",
        "2013-06-01",
    )
    assert "Turkish protesters" not in entities


def test_guard_indian_protesters_in_the_americas_are_no_indian_crowd() -> None:
    entities = entities_in(
        "Indian protesters blocked highways across Bolivia on Monday, demanding land.",
        "2003-10-01",
    )
    assert "Indian protesters" not in entities
    assert "India" not in entities


def test_the_scorer_keeps_a_crowd_apart_from_its_state() -> None:
    names = StateNames()
    crowd = Entity(id="greek-protesters", name="Greek protesters", kind="organisation")
    assert names.canonical(names.of(crowd, {crowd.id: crowd})) == names.canonical(
        "Greek protesters"
    )
    assert names.canonical("Greek protesters") != names.canonical("Greece")


def test_the_scorer_counts_an_event_of_a_states_opposition_with_its_government() -> None:
    case = {
        "text": "Ukrainian demonstrators hurled stones at the Ukrainian government's offices.",
        "date": "2014-01-20",
        "events": [
            {
                "source": "Ukraine",
                "target": "Ukraine",
                "plover": "PROTEST",
                "source_agent": "opposition",
                "target_agent": "government",
            }
        ],
    }
    events, _, _ = read_case(case, StateNames())
    assert [(e["source"], e["target"]) for e in events] == [("ukraine opposition", "ukraine")]


def test_a_business_a_states_people_own_makes_that_state_the_one_acted_on() -> None:
    assert ("Indonesian rioters", "PROTEST", "China") in typed_in(
        "Indonesian rioters looted Chinese-owned shops in Medan on Friday."
    )
    assert ("Bolivia", "COERCE", "United Kingdom") in typed_in(
        "Bolivia nationalised two British-owned oil companies on Monday."
    )
