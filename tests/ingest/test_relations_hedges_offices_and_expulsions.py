"""A hedge marks the act of its own clause only ("ordered the expulsion ..., in an
escalation that officials said could jeopardize the summit": the order is a fact); taking
office attacks no one; ordering a mission's members out is an expulsion; an undated story on
the Soviet Union reads "Moscow" as the Soviet Union.  Sentences written for these tests, in
the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _hedges(text: str) -> dict[tuple[str, str, str], str | None]:
    found = extract(RawArticle("", text), "a")
    names = {e.id: e.name for e in found.entities}
    return {
        (names[r.source], r.type, names[r.target]): r.hedge
        for r in found.relations
        if r.type != "MENTION"
    }


def test_a_hedge_in_a_later_clause_leaves_the_act_a_fact() -> None:
    found = _hedges(
        "Britain expelled 23 Russian diplomats on Wednesday, in a sharp escalation that "
        "analysts said could derail the talks."
    )
    assert found[("United Kingdom", "SANCTION", "Russian diplomats")] is None


def test_guard_a_hedge_on_the_act_itself_stays() -> None:
    found = _hedges("Iran reportedly supplied drones to Russia, officials said.")
    assert found[("Iran", "AID", "Russia")] == "reportedly"


def test_taking_office_is_no_act_on_anyone() -> None:
    found = _hedges(
        "It was the largest expulsion of Cuban diplomats since President Carter took office "
        "in January 1977."
    )
    assert not {k for k in found if k[1] == "COERCE"}, found


def test_ordering_a_missions_members_to_leave_expels_them() -> None:
    found = _hedges(
        "Washington ordered 25 members of the Iraqi mission to the United Nations to leave "
        "the country."
    )
    assert ("United States", "SANCTION", "Iraq") in found


def test_an_undated_story_on_the_soviet_union_reads_moscow_as_it() -> None:
    found = entities_in(
        "Moscow expelled five American diplomats. The Soviet Union said it would not back down.",
        None,
    )
    assert "Russia" not in found


def test_guard_an_undated_story_on_russia_reads_moscow_as_russia() -> None:
    found = entities_in("Moscow expelled five American diplomats.", None)
    assert "Russia" in found
