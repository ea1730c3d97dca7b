"""One event per clause, as a reader of one-sentence news reads it: who speaks is no party,
an apposition does not hide a subject, a relative clause keeps its actors to itself, a name
glued to a participle ("Iran-backed") is its source, and co-mentions need actors a reader
would call actors.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from personae.store.ingest.evaluate import StateNames
from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from personae.store.model import COMENTION, Entity


def _relations(text: str) -> list[tuple[str, str, str, str | None]]:
    """(source, type, target, speaker), the speaker as its state when it is a state's agent
    ("a Bolivian police officer" speaks for Bolivia, as event coders code it)."""
    extraction = extract(RawArticle("", text), "case")
    by_id = {e.id: e for e in extraction.entities}

    def speaker(attribution: str | None) -> str | None:
        agent = by_id.get(attribution or "")
        return agent.affiliation or agent.id if agent is not None else attribution

    return [
        (by_id[r.source].name, r.type, by_id[r.target].name, speaker(r.attribution))
        for r in extraction.relations
    ]


def test_officials_of_a_state_who_say_it_are_its_speaker_not_a_party() -> None:
    assert _relations("Russia supplied weapons to Serbia, Polish intelligence officials said.") == [
        ("Russia", "AID", "Serbia", "poland")
    ]
    assert _relations("Chile arrested two men from Peru, a Bolivian police officer said.") == [
        ("Chile", "COERCE", "Peru", "bolivia")
    ]


def test_a_speaker_described_by_an_apposition_is_still_the_speaker() -> None:
    found = _relations(
        "Amnesty International, a UK-based rights group, said Egypt had detained journalists"
        " from Qatar."
    )
    assert ("Egypt", "COERCE", "Qatar", "amnesty-international") in found
    assert all("United Kingdom" not in (s, t) for s, _, t, _ in found)  # "UK-based": no party


def test_an_apposition_between_subject_and_verb_keeps_the_subject() -> None:
    assert _relations("Human Rights Watch, a US-based group, accused Egypt of torture.") == [
        ("Human Rights Watch", "ACCUSE", "Egypt", None)
    ]


def test_a_by_phrase_is_no_agent_of_an_infinitive() -> None:
    found = _relations(
        "Norway has pledged to deport activists of Denmark's Green Party under a deal demanded"
        " by Sweden."
    )
    assert ("Norway", "COERCE", "Green Party", None) in found  # the party, not its state
    assert all(s != "Sweden" or kind == COMENTION for s, kind, _, _ in found)


def test_a_relative_clause_has_a_subject_of_its_own() -> None:
    # The militia attacked Armenia, not Turkey; nor is Armenia what Turkey condemned.
    assert [
        kind
        for _, kind, _, _ in _relations("Turkey condemned the militia that has attacked Armenia.")
    ] == [COMENTION]
    # An actor right before "which" is the relative clause's subject.
    assert ("Iran", "AID", "Syria", None) in _relations(
        "Iraq criticised Iran, which has supplied weapons to Syria."
    )


def test_a_modal_verb_with_no_object_relates_no_one() -> None:
    found = _relations("Chile will host Peru and Bolivia at the summit where Argentina will speak.")
    assert all("Argentina" not in (s, t) for s, _, t, _ in found)


def test_a_name_glued_to_a_participle_is_the_source() -> None:
    assert _relations("Iran-backed Hezbollah fired rockets at Israel on Sunday.") == [
        ("Iran", "SUPPORT", "Hezbollah", None),
        ("Hezbollah", "ASSAULT", "Israel", None),
    ]


def test_names_nothing_kinds_are_not_co_mentioned() -> None:
    found = _relations(
        "The Boeing 737 flight JT610 crashed off Indonesia, killing everyone on board."
    )
    assert all("JT610" not in (s, t) for s, _, t, _ in found)


def test_the_relation_set_reads_the_us_and_an_absent_state_s_office_as_the_state() -> None:
    names = StateNames()
    assert names.of(Entity("the-us", "The US", "place"), {}) == "United States"
    court = Entity("tunisian-court", "Tunisian court", "government", affiliation="tunisia")
    assert names.of(court, {}) == "Tunisia"


def test_a_name_after_a_modifies_the_noun_that_follows() -> None:
    # "an Islamic State target" is a target, not Islamic State targeting anyone.
    found = _relations("Jets struck an Islamic State target near Mosul in Iraq, Turkey said.")
    assert all(s != "Islamic State" for s, kind, _, _ in found if kind != COMENTION)


def test_a_speaker_s_own_future_act_is_a_promise_or_a_threat() -> None:
    assert _relations("Colombia announced it would release fishermen from Ecuador.") == [
        ("Colombia", "AGREE", "Ecuador", None)
    ]
    assert _relations("Iran said it will attack Israel.") == [("Iran", "THREATEN", "Israel", None)]
    # Said of someone else, the act stays the act; refused, it stays a rejection.
    assert _relations("Iran said Syria will attack Israel.")[0][:3] == (
        "Syria",
        "ASSAULT",
        "Israel",
    )
    assert _relations("Obama said he would not provide support to Israel")[0][1] == "REJECT"


def test_a_leader_promises_what_his_state_will_do() -> None:
    found = _relations(
        "Jordanian Foreign Minister Ayman Safadi told visiting envoys on Monday that Amman "
        "would attend a regional water conference with Israel."
    )
    assert ("Jordan", "AGREE", "Israel") in [row[:3] for row in found]


def test_a_speaker_named_after_a_comma_is_no_object_of_the_act_before() -> None:
    found = _relations(
        "Abdullah told Blinken that Jordan would attend a water conference with Israel, "
        "Blinken told reporters on Monday."
    )
    assert [row[2] for row in found if row[0] == "Jordan"] == ["Israel"]
