"""Names a story's own setting decides: "Brussels" is Belgium's in a story on Belgium and the
EU's in one on the EU; a bare "Congress" in a story filed from Buenos Aires is Argentina's;
a UN force's name ends with where it serves ("United Nations Interim Force in Lebanon"); a
state's bank named "of the" state is one body of its government; "rights groups" are no
armed group.  Sentences written for these tests, in the shapes of wire copy."""

from __future__ import annotations

from relation_support import entities_in, stored_in

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def test_brussels_is_belgium_in_a_story_on_belgium() -> None:
    text = (
        "Belgium's parliament ratified the prisoner treaty in July. Iranian exiles accused "
        "Brussels of rewarding hostage-taking."
    )
    assert ("Iran", "ACCUSE", "Belgium") in stored_in(text, "2023-05-26")
    assert "European Commission" not in entities_in(text, "2023-05-26")


def test_guard_brussels_is_the_eu_in_a_story_on_the_eu() -> None:
    text = "The European Union warned Apple on Monday. Brussels fined Google 2.4 billion euros."
    assert ("European Commission", "COERCE", "Google") in stored_in(text, "2017-06-27")


def test_a_bare_congress_is_the_dateline_states() -> None:
    text = (
        "BUENOS AIRES, May 8, 2018 (AP) - Argentina opened talks with the IMF. An IMF "
        "spokesman said in Washington that talks would begin. Opposition lawmakers said any "
        "agreement must be submitted to Congress."
    )
    found = entities_in(text, "2018-05-08")
    assert found["Argentine Congress"].affiliation == "argentina"
    assert "United States Congress" not in found


def test_guard_a_congress_a_name_opens_is_that_body() -> None:
    text = "LAGOS (Reuters) - The Nigeria Labour Congress called a general strike on Monday."
    assert "Nigeria Labour Congress" in entities_in(text, "2012-01-09")


def test_a_un_forces_name_ends_with_where_it_serves() -> None:
    text = (
        "A shell struck a base near Naqoura, the United Nations Interim Force in Lebanon "
        "said. UNIFIL has about 10,000 troops."
    )
    found = entities_in(text, "2023-11-12")
    assert found["United Nations Interim Force in Lebanon"].aliases == ("UNIFIL",)


def test_a_states_bank_named_of_the_state_is_one_body() -> None:
    found = entities_in(
        "Ngozi Bello, the governor of the Central Bank of the Federal Republic of Nigeria, "
        "said the naira would be defended.",
        "2016-06-01",
    )
    assert found["Central Bank of the Federal Republic of Nigeria"].kind == "government"


def test_rights_groups_are_no_armed_group() -> None:
    found = entities_in("Rights groups accused Egypt of torturing detainees.", "2019-01-01")
    assert not {e.name for e in found.values() if e.kind == "armed_group"}


def test_a_story_on_belgium_keeps_belgium_after_one_on_the_eu() -> None:
    eu = extract(RawArticle("", "Brussels fined Google on Monday, the European Union said."), "a")
    belgium = extract(
        RawArticle("", "Belgium's parliament met. Iranian exiles accused Brussels of cowardice."),
        "b",
        known=eu.entities,
    )
    assert "belgium" in {e.id for e in belgium.entities}
    named = {m.text: m.entity for m in belgium.mentions}
    assert named["Brussels"] == named["Belgium"] == "belgium"


def test_a_generic_body_in_a_sentence_opening_at_a_seat_is_that_states() -> None:
    found = entities_in(
        "In Islamabad, the Foreign Office summoned India's deputy high commissioner.",
        "2018-01-19",
    )
    assert found["Pakistani Foreign Office"].affiliation == "pakistan"
    assert "Foreign Office" not in found


def test_guard_the_lexicons_body_at_its_own_seat_keeps_its_name() -> None:
    found = entities_in(
        "In London, the Foreign Office summoned the Russian ambassador.", "2018-03-14"
    )
    assert found["Foreign Office"].affiliation == "united-kingdom"


def test_a_ministry_named_with_its_portfolio_is_one_body() -> None:
    found = entities_in(
        "Arvind Rao, a spokesman for India's Ministry of External Affairs, said Pakistan fired "
        "first.",
        "2018-01-19",
    )
    assert found["India's Ministry of External Affairs"].affiliation == "india"
    assert found["Arvind Rao"].affiliation == "india"
    assert "External Affairs" not in found


def test_police_opening_a_sentence_are_no_actor_of_their_own() -> None:
    found = entities_in(
        "SRINAGAR, 19 January 2018 (Reuters) - Shells hit villages near Jammu. Police said "
        "9,000 residents had fled.",
        "2018-01-19",
    )
    assert "Police" not in found


def test_a_bodys_short_form_is_the_one_of_its_name_named_last_before() -> None:
    found = entities_in(
        "The European Commission approved the deal. The EU's competition chief said the "
        "Commission's concerns were met. In Washington, the Federal Trade Commission sued.",
        "2023-05-15",
    )
    assert "Commission" in found["European Commission"].aliases
    assert "Commission" not in found
