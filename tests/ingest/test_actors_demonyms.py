"""Every sovereign state is named by its adjective too ("Eritrean troops", "Sri Lankan
navy"), and a person's two-word name in the coders' dictionaries is no company because its
last word looks like a legal form ("OMAR_SA" is no "Omar S.A."); a people named by its own
noun ("Britons", "Poles") is its state."""

from __future__ import annotations

import pytest
from relation_support import coded_in, stored_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle
from tests.tools.build_actors import _looks_like_body


def _named(text: str) -> dict[str, str]:
    entities = extract(RawArticle("", text, date="2023-05-02"), "a").entities
    return {e.name: e.kind for e in entities}


def test_a_states_adjective_names_the_state() -> None:
    for text, state in (
        ("Eritrean troops crossed the border on Monday.", "Eritrea"),
        ("The Sri Lankan navy detained 12 fishermen.", "Sri Lanka"),
        ("South African police arrested two men.", "South Africa"),
        ("Salvadoran officials met the delegation.", "El Salvador"),
        ("Nigerien soldiers guarded the mine.", "Niger"),
    ):
        assert _named(text).get(state) == "state", text


def test_a_two_letter_legal_form_ends_only_a_longer_name() -> None:
    assert not _looks_like_body("OMAR_SA_")
    assert _looks_like_body("BANCO_SANTANDER_CENTRAL_SA_")
    assert _looks_like_body("AFUSA_INC")
    found = _named("Sudanese President Omar al-Bashir met the envoy.")
    assert found.get("Umar al Bashir") == "person"  # the lexicon's name for "Omar al Bashir"


def test_a_counterpart_after_a_states_adjective_is_that_states_officer() -> None:
    entities = extract(
        RawArticle(
            "",
            "Peru's foreign minister met his Bolivian counterpart Ana Quispe.",
            date="2023-05-02",
        ),
        "a",
    ).entities
    assert {e.name: e.affiliation for e in entities}.get("Ana Quispe") == "bolivia"


def test_a_hand_kept_officer_of_a_body_belongs_to_it_whatever_the_dictionaries_old_terms() -> None:
    text = "Secretary-General Antonio Guterres urged Ethiopia to open talks."
    entities = extract(RawArticle("", text, date="2023-05-02"), "a").entities
    assert {e.name: e.affiliation for e in entities}.get("Antonio Guterres") == "united-nations"


def test_central_asian_adjectives_name_their_states_and_kosovo_is_a_state() -> None:
    for text, state in (
        ("Uzbek troops guarded the border.", "Uzbekistan"),
        ("Tajik border guards fired on Monday.", "Tajikistan"),
        ("The Kyrgyz government closed the crossing.", "Kyrgyzstan"),
        ("Kosovar police arrested two men.", "Kosovo"),
    ):
        assert _named(text).get(state) == "state", text
    assert "Uzbek" not in _named("The Uzbek counterpart arrived on Monday.")


def test_a_province_or_state_of_a_country_is_its_place() -> None:
    # ISO 3166-2 names, with their noun after them or "in" before them, and a state's own
    # named before its region, are places of that state (coders code them as the state)
    entities = extract(
        RawArticle("", "Gunmen attacked a base in Borno state on Saturday.", date="2023-05-02"),
        "a",
    ).entities
    assert {(e.name, e.kind, e.affiliation) for e in entities if e.name == "Borno"} == {
        ("Borno", "place", "nigeria")
    }
    entities = extract(
        RawArticle("", "Rebels kidnapped pupils in Cameroon's Northwest region.", date=None), "a"
    ).entities
    assert ("Northwest", "place", "cameroon") in {(e.name, e.kind, e.affiliation) for e in entities}


def test_a_states_adjective_before_a_groups_name_is_no_party() -> None:
    from relation_support import links_in

    found = {
        (x.source, x.type, x.target)
        for x in links_in("Israel struck Lebanese Hezbollah positions.")
    }
    assert found == {("Israel", "ASSAULT", "Hezbollah")}


def test_a_states_national_named_with_their_role_is_its_person() -> None:
    # "American journalist X": event coders code X as the United States (agent: media)
    entities = extract(
        RawArticle(
            "", "A Russian court sentenced American journalist Evan Gershkovich.", date=None
        ),
        "a",
    ).entities
    person = next(e for e in entities if e.name == "Evan Gershkovich")
    assert (person.kind, person.affiliation) == ("person", "united-states")
    assert _named("Iran arrested two French citizens.")["French citizens"] == "other"


def test_a_peoples_word_of_two_states_is_no_actor() -> None:
    """ "the Korean peninsula": North and South Korea's; no actor "Korean"."""
    assert "Korean" not in _named("Japan apologised for its rule of the Korean peninsula.")


@pytest.mark.parametrize(
    ("people", "state"),
    [("Britons", "united kingdom"), ("Poles", "poland"), ("Turks", "turkey"), ("Danes", "denmark")],
)
def test_a_people_named_by_its_own_noun_is_its_state(people: str, state: str) -> None:
    text = f"The Soviet Union retaliated on Saturday by expelling 25 {people}."
    assert ("soviet union", state, "COERCE") in coded_in(text, "1985-09-14")


def test_a_lone_event_word_after_a_place_is_no_actor() -> None:
    text = (
        "German President Roman Herzog, on a visit to Warsaw for the anniversary of the Warsaw "
        "Uprising, asked Poles on Monday to forgive Germany."
    )
    assert not any(source == "Uprising" for source, _, _ in stored_in(text, "1994-08-01"))
    assert ("germany", "poland", "CONSULT") in coded_in(text, "1994-08-01")
