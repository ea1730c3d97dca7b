"""Campaign groups and charities are organisations, by their name's shape or by the words
around them, even beside a company word; a town followed by its region is a place."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(RawArticle("", text), "a").entities}


def test_a_campaign_group_is_an_organisation_even_beside_a_company_word() -> None:
    kinds = _kinds(
        "Activists from the campaign group Free Tibet unfurled a banner in London. "
        "A spokesman for Free Tibet told reporters the company sponsoring the relay should "
        "withdraw."
    )
    assert kinds["Free Tibet"] == "organisation"


def test_a_name_calling_to_act_or_naming_supporters_is_one_organisation() -> None:
    kinds = _kinds(
        "Save the Children and Friends of the Earth wrote to the minister. "
        "Stop the War Coalition marched on Saturday."
    )
    assert kinds["Save the Children"] == "organisation"
    assert kinds["Friends of the Earth"] == "organisation"
    assert kinds["Stop the War Coalition"] == "organisation"
    assert not {"Save", "Children", "Earth"} & kinds.keys()


def test_the_words_around_an_unknown_name_can_say_it_is_a_charity() -> None:
    kinds = _kinds(
        "Volunteers from Oxfam handed out water. The charity Oxfam said aid was not enough."
    )
    assert kinds["Oxfam"] == "organisation"


def test_a_town_followed_by_its_region_is_a_place_not_a_company() -> None:
    kinds = _kinds(
        "Apple showed its products at the Cupertino, California event. The company said "
        "Cupertino would host more. Shares rose in Lyon, France."
    )
    assert kinds["Cupertino"] == "place"


def test_a_cue_in_the_sentence_before_says_nothing_of_a_name() -> None:
    kinds = _kinds("Digital Rights activists met. Windows was named.")
    assert kinds.get("Windows", "other") == "other"


def test_a_product_is_no_company_even_among_company_words() -> None:
    kinds = _kinds(
        "The company faces competition from web giant Google's Android operating system. "
        "Android phones outsold its own. The firm said it sold 13.7 million Macs last year."
    )
    assert kinds.get("Android", "other") == "other"
    assert kinds.get("Macs", "other") == "other"


def test_a_possessive_inside_an_institution_name_keeps_the_name_whole() -> None:
    entities = extract(
        RawArticle(
            "",
            "Apple held its Worldwide Developers Conference in June. Jobs spoke at the "
            "company's Worldwide Developer's Conference. The People's Party met.",
        ),
        "a",
    ).entities
    names = {name for e in entities for name in e.names}
    assert "Worldwide Developer" not in names and "Conference" not in names
    assert len([e for e in entities if "Worldwide Developers Conference" in e.names]) == 1
    assert "People's Party" in names


def test_a_liberation_army_or_front_is_an_armed_group() -> None:
    extraction = extract(
        RawArticle("", "The Balochistan Liberation Army claimed the attack.", date="2024-03-01"),
        "a",
    )
    kinds = {e.name: e.kind for e in extraction.entities}
    assert kinds["Balochistan Liberation Army"] == "armed_group"
