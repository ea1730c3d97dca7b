"""The relation-set scorer compares actors as the extractor names them: a gold name written
another way ("al-Zemblah" for the lexicon's "al-Zembla"), in another case or with hyphens is
the same actor, and a body's officer or organ is the body, as CAMEO codes it; a group's own
name that a state's adjective opens is the group's, where a state's office is the state's; an
extracted actor meets a coder's name by any of its names ("the ZCTU" given in brackets)."""

from __future__ import annotations

import json
from pathlib import Path

from personae.store.ingest.evaluate import StateNames, evaluate_relation_set, read_case
from personae.store.ingest.gazetteer import Gazetteer
from personae.store.model import Entity

#: An invented lexicon: a group with other spellings, a body and its organ.
ROWS = [
    "al-Zembla\tarmed_group\tal-Zemblah|Zembla Front",
    "Ostravan League\torganisation\tOL",
    "Council of Ostrava\torganisation\t\t\t\t\tOstravan League",
    "Kenyan Quarn Front\tarmed_group",
    "Republic of Zembla\tstate\tZembla Republic",
]


def _names() -> StateNames:
    names = {name: row for row, line in enumerate(ROWS) for name in _all_names(line)}
    prefixes = {name[:i] for name in names for i in range(1, len(name))} - names.keys()
    return StateNames(lexicon=Gazetteer(ROWS, names, prefixes))


def _all_names(line: str) -> list[str]:
    name, _kind, *rest = line.split("\t")
    return [name, *(rest[0].split("|") if rest and rest[0] else [])]


def test_a_gold_name_meets_the_lexicon_entry_it_is_another_spelling_of() -> None:
    names = _names()
    assert names.canonical("al-Zemblah") == names.canonical("al-Zembla")
    assert names.canonical("Zembla Front") == names.canonical("al-Zembla")
    assert names.canonical("Ostravan League") != names.canonical("al-Zembla")
    assert names.canonical("Zembla Republic") == names.canonical("Republic of Zembla")


def test_names_differing_in_case_hyphens_or_a_leading_the_are_one_actor() -> None:
    names = _names()
    assert names.canonical("The Quarn-Valley Movement") == names.canonical("quarn valley movement")
    assert names.canonical("Quarn Valley") != names.canonical("Quarn Valley Movement")


def test_a_body_s_organ_and_its_officer_are_the_body() -> None:
    names = _names()
    assert names.canonical("Council of Ostrava") == names.canonical("OL")
    league = Entity(id="ostravan-league", name="Ostravan League", kind="organisation")
    officer = Entity(id="mara-velk", name="Mara Velk", kind="person", affiliation=league.id)
    by_id = {league.id: league, officer.id: officer}
    assert names.canonical(names.of(officer, by_id)) == names.canonical("Ostravan League")


def test_a_known_group_opening_with_a_state_s_adjective_is_not_that_state() -> None:
    names = _names()
    group = Entity(id="kenyan-quarn-front", name="Kenyan Quarn Front", kind="armed_group")
    rebels = Entity(id="kenyan-rebels", name="Kenyan rebels", kind="armed_group")
    assert names.of(group, {group.id: group}) == "Kenyan Quarn Front"
    assert names.of(rebels, {rebels.id: rebels}) == "Kenya"


def test_a_group_named_by_its_own_words_after_a_state_s_adjective_is_not_that_state() -> None:
    names = _names()
    front = Entity(id="kenyan-patriotic-front", name="Kenyan Patriotic Front", kind="armed_group")
    office = Entity(id="kenyan-trade-ministry", name="Kenyan Trade Ministry", kind="government")
    assert names.of(front, {front.id: front}) == "Kenyan Patriotic Front"
    assert names.of(office, {office.id: office}) == "Kenya"


def test_the_relation_set_counts_a_group_gold_writes_with_hyphens_and_in_lower_case(
    tmp_path: Path,
) -> None:
    case = {
        "id": "1",
        "text": "The Zemblan Liberation Front attacked Kenya on Monday.",
        "date": "2020-03-02",
        "no_event": False,
        "events": [
            {
                "source": "the Zemblan-liberation front",
                "target": "Kenya",
                "plover": "ASSAULT",
                "coarse": "conflict",
            }
        ],
    }
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    scores = evaluate_relation_set(path)
    assert scores["actors"].recall == 1.0
    assert (scores["typed directed"].tp, scores["typed directed"].fn) == (1, 0)


def test_a_gold_name_of_a_states_agents_is_the_state_and_a_groups_own_name_is_not() -> None:
    names = _names()
    assert names.canonical("Kenyan forces") == names.canonical("Kenya")
    assert names.canonical("Kenyan army") == names.canonical("Kenya")
    assert names.canonical("Kenyan Quarn Front") != names.canonical("Kenya")
    assert names.canonical("Kenyan farmers") == "kenyan farmers"


def _read(
    text: str, date: str, source: str, target: str, plover: str
) -> tuple[set[str], list[tuple[str, str, str]]]:
    """The actors and relations read_case finds in ``text``, coded with one event."""
    case = {
        "text": text,
        "date": date,
        "events": [{"source": source, "target": target, "plover": plover}],
    }
    _events, actors, predicted = read_case(case, StateNames())
    return actors, predicted


def test_an_actor_is_matched_by_any_name_the_text_gives_it() -> None:
    actors, predicted = _read(
        "HARARE (Reuters) - The Zimbabwe Congress of Trade Unions (ZCTU) called a national "
        "strike on Monday against the government.",
        "2018-10-15",
        "ZCTU",
        "Zimbabwe",
        "PROTEST",
    )
    assert "zctu" in actors
    assert ("zctu", "zimbabwe", "PROTEST") in predicted


def test_a_party_leader_is_matched_by_any_name_of_his_party() -> None:
    _actors, predicted = _read(
        "A court in the Maldives sentenced former President Mohamed Nasheed to 13 years in "
        "prison on Friday, and his Maldivian Democratic Party (MDP) called the verdict unjust.",
        "2015-03-13",
        "Maldives",
        "MDP",
        "COERCE",
    )
    assert ("maldives", "mdp", "COERCE") in predicted
