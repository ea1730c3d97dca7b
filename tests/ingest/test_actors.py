"""Actors: gazetteer names and metonyms, discovery, short forms, kinds."""

from __future__ import annotations

from personae.store.ingest.actors import Actors, find_actors
from personae.store.text import sentences_of


def _find(text: str) -> Actors:
    return find_actors(text, sentences_of(text))


def _kinds(found: Actors) -> dict[str, str]:
    return {name: actor.kind for name, actor in found.by_name.items()}


def _mentions(text: str, found: Actors, actor: str) -> list[str]:
    return [text[h.start : h.end] for h in found.hits if h.actor == actor]


def test_metonyms_demonyms_and_possessives() -> None:
    text = (
        "Tehran and the Kremlin agreed, Downing Street said. Russia's envoy met Iranian "
        "officials in Kyiv while the White House watched the Iran-Russia talks."
    )
    found = _find(text)
    assert _mentions(text, found, "Iran") == ["Tehran", "Iranian", "Iran"]
    assert _mentions(text, found, "Russia") == ["Kremlin", "Russia"]
    assert found.by_name["Russia's envoy"].affiliation == "Russia"  # an office of the state
    assert _mentions(text, found, "United Kingdom") == ["Downing Street"]
    assert _mentions(text, found, "United States") == ["White House"]
    assert _mentions(text, found, "Ukraine") == ["Kyiv"]


def test_organisations_armed_groups_and_leaders() -> None:
    text = (
        "The UN Security Council and NATO condemned Hamas and the Wagner Group. "
        "Vladimir Putin called the IAEA. Later, Putin met OPEC."
    )
    kinds = _kinds(_find(text))
    assert kinds["UN Security Council"] == "organisation"
    assert kinds["NATO"] == "organisation"
    assert kinds["Hamas"] == kinds["Wagner Group"] == "armed_group"
    assert kinds["Vladimir Putin"] == "person"
    assert "Putin" not in kinds  # a short form of the leader, not a new actor
    assert {"International Atomic Energy Agency", "OPEC"} <= kinds.keys()


def test_aircraft_makers_and_people_quoted() -> None:
    text = (
        "The U.S. Air Force awarded the contract to Northrop Grumman and EADS, the parent "
        'company of Airbus, rejecting a rival bid from Boeing. "We will review it," said '
        "Mark McGraw, a Boeing vice president. Ralph Crosby, chief executive of EADS North "
        "America, said the tankers would be built in Mobile, Alabama."
    )
    kinds = _kinds(_find(text))
    for name in ("Boeing", "Airbus", "EADS", "Northrop Grumman"):
        assert kinds[name] == "company", name
    assert kinds["Mark McGraw"] == "person"
    assert "Ralph Crosby" in kinds
    assert kinds["Alabama"] == "place"


def test_short_forms_resolve_to_full_names() -> None:
    text = (
        "General Motors cut jobs. GM said Rick Wagoner would stay. Wagoner declined to comment. "
        "Apple Inc. opened a store. Apple said Ruhollah Khomeini was not involved. "
        "Khomeini died long ago."
    )
    found = _find(text)
    assert _mentions(text, found, "General Motors") == ["General Motors", "GM"]
    assert _mentions(text, found, "Rick Wagoner") == ["Rick Wagoner", "Wagoner"]
    assert _mentions(text, found, "Apple") == ["Apple Inc", "Apple"]
    assert _mentions(text, found, "Ruhollah Khomeini") == ["Ruhollah Khomeini", "Khomeini"]


def test_sentence_initial_words_months_and_titles_are_not_actors() -> None:
    text = (
        "However, Understanding grew in March. Entirely new features shipped on Monday. "
        "President Emmanuel Macron spoke. Former Microsoft CEO Bill Gates wrote to Jobs."
    )
    kinds = _kinds(_find(text))
    for word in ("However", "Understanding", "March", "Entirely", "Monday", "President", "Former"):
        assert word not in kinds
    assert kinds["Emmanuel Macron"] == "person"
    assert kinds["Bill Gates"] == "person"
    assert "Microsoft" in kinds


def test_descriptive_actors() -> None:
    text = (
        "The Biden administration and Israel's allies worried. Sunni fundamentalist groups "
        "grew under the Obama and Trump administrations. The 26th United States secretary "
        "of defense spoke."
    )
    kinds = _kinds(_find(text))
    assert kinds["Biden administration"] == "government"
    assert kinds["Obama and Trump administrations"] == "government"
    assert kinds["Israel's allies"] == "other"
    assert kinds["Sunni fundamentalist groups"] == "armed_group"
    assert kinds["26th United States secretary of defense"] == "person"


def test_dateline_names_no_actor() -> None:
    text = "Los Angeles, October 28, 2023 - Iran met Russia."
    found = find_actors(text, sentences_of(text), skip=len("Los Angeles, October 28, 2023 - "))
    assert set(found.by_name) == {"Iran", "Russia"}


def test_a_faith_in_its_older_spelling_is_no_actor() -> None:
    found = _find(
        "Iran did not respond on Thursday to an Iraqi offer of a truce for the Moslem holy "
        "month of Ramadan, and Moslem guerrillas vowed to keep fighting."
    )
    assert not [name for name in found.by_name if name.startswith("Moslem")]
