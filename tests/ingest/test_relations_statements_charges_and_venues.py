"""What a speaker's group did, told "in a statement that its fighters ..."; what someone is
convicted or charged of is no act of the news; where a complaint is filed is no one it
charges; parties of an event that tells when ("after the war between X and Y") are no
objects; a resolution's number is no year.  Sentences written for these tests, in the
shapes of wire copy."""

from __future__ import annotations

import pytest
from relation_support import stored_in, typed_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said in a statement that its fighters had attacked Afghan army posts.",
        "Hamas said in a series of statements on Monday that its gunmen had attacked Israeli "
        "army positions near the fence.",
    ],
)
def test_a_groups_statement_of_what_its_fighters_did_is_its_act(text: str) -> None:
    assert {t[1] for t in typed_in(text) if t[0] in ("Taliban", "Hamas")} == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden freed a Belgian aid worker in exchange for an Iranian diplomat convicted of "
        "plotting a bomb attack in France, in a swap mediated by the government of Qatar.",
        "Police arrested a Kenyan activist charged with attacking the Ugandan embassy in Nairobi.",
    ],
)
def test_what_someone_is_convicted_or_charged_of_is_no_act(text: str) -> None:
    assert not {t for t in typed_in(text) if t[1] == "ASSAULT"}, typed_in(text)


def test_where_a_complaint_is_filed_is_not_whom_it_charges() -> None:
    found = typed_in(
        "Cyprus said it would file a complaint with the Security Council over what it called "
        "Turkish violations of its waters."
    )
    assert ("Cyprus", "ACCUSE", "Turkey") in found
    assert not {t for t in found if "Security Council" in t[2]}, found


def test_parties_of_an_event_that_tells_when_are_no_objects() -> None:
    found = typed_in(
        "NATO was founded in 1949 and expanded after the collapse of the Soviet Union."
    )
    assert not found, found


def test_a_resolutions_number_is_no_year() -> None:
    found = extract(
        RawArticle(
            "",
            "The war ended with Resolution 1701, adopted on Aug. 11, 2006.",
            date="2023-11-12",
        ),
        "a",
    )
    assert {e.date for e in found.events} == {"2006-08-11"}


def test_what_people_are_charged_with_after_their_names_is_no_act_of_the_news() -> None:
    found = stored_in(
        "U.S. prosecutors charged five officers of China's People's Liberation Army on Monday"
        " with hacking into the networks of American nuclear and steel companies.",
        "2014-05-19",
    )
    assert not [row for row in found if row[1] == "ASSAULT"]
    assert ("U.S. prosecutors", "COERCE", "China") in found  # charged in law (CAMEO 173)


def test_a_joint_body_suspended_is_no_cooperation() -> None:
    found = stored_in(
        "The United States charged five officers of China's army on Monday, prompting Beijing"
        " to suspend a joint working group on cyber security.",
        "2014-05-20",
    )
    assert not [row for row in found if row[1] == "COOPERATE"]
    assert ("China", "SANCTION", "United States") in found


def test_a_protest_lodged_with_a_state_over_a_thing_charges_that_state() -> None:
    found = typed_in(
        "Egypt lodged a formal protest with Ethiopia on Tuesday over the start of a second"
        " filling of the reservoir behind the Grand Ethiopian Renaissance Dam."
    )
    assert ("Egypt", "ACCUSE", "Ethiopia") in found


def test_a_government_described_as_illegitimate_is_charged() -> None:
    found = typed_in(
        "French Foreign Minister Jean-Yves Le Drian described Mali's junta as illegitimate and out"
        " of control on Sunday."
    )
    assert [row for row in found if row[1] == "ACCUSE" and "Mali" in row[2]], found
