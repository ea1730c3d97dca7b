"""Timeline labels read as the event: its subject, verb and object, cut at a clause boundary,
not the phrase that only says when or where, nor a number split at its comma."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _labels(text: str, published: str | None = "2011-10-06") -> dict[str, str]:
    events = extract(RawArticle("t", text, date=published), "a").events
    return {e.date: e.label for e in events}


def test_an_opening_phrase_of_time_or_place_gives_way_to_its_main_clause() -> None:
    text = (
        "In a Wednesday media event, Northwind released a new line of turbines. "
        "In his keynote address on 3 March 2010, Lopez announced a merger. "
        "Earlier, on June 24, the council told residents to stay indoors."
    )
    labels = set(_labels(text).values())
    assert "Northwind released a new line of turbines" in labels
    assert "Lopez announced a merger" in labels
    assert "The council told residents to stay indoors" in labels


def test_an_attribution_is_no_event_the_clause_it_attributes_is() -> None:
    text = "According to a March 3 report in the Herald, the ministry sold the bonds."
    assert _labels(text)["2011-03-03"] == "The ministry sold the bonds"


def test_a_date_across_a_comma_leaves_its_clause_to_the_label() -> None:
    text = (
        "A suit was filed in Ohio, the firm's home state, but on September 21, 2004 the "
        "parties agreed to settle."
    )
    assert _labels(text)["2004-09-21"] == "The parties agreed to settle"


def test_a_season_of_a_year_goes_with_the_year_and_a_number_keeps_its_comma() -> None:
    text = (
        "The service will launch in the fall of 2011 alongside the new phone. "
        "Earlier this year, Northwind opened a 500,000 square foot plant."
    )
    labels = [e.label for e in extract(RawArticle("t", text, date="2011-10-06"), "a").events]
    assert "The service will launch alongside the new phone" in labels
    assert "Northwind opened a 500,000 square foot plant" in labels


def test_a_relative_clause_takes_a_name_with_a_small_letter_first_whole() -> None:
    text = "Apple will sell ads through its new service, iAd, which goes live on July 1."
    assert _labels(text, "2011-06-06")["2011-07-01"] == "iAd goes live"


def test_a_year_that_is_its_clauses_subject_stays_in_the_label() -> None:
    text = "2007 was the year of the smartphone, then the tablet in 2010."
    assert _labels(text)["2007"] == "2007 was the year of the smartphone"


def test_a_closing_phrase_of_place_gives_way_to_the_clause_it_closes() -> None:
    text = (
        "Lopez opened the annual meeting of the Northwind Energy shareholders (NES) at the "
        "Grand Hall in Lyon, France on Monday."
    )
    label = _labels(text, "2011-10-06")["2011-10-03"]
    assert label.startswith("Lopez opened the annual meeting")


def test_a_relative_clause_with_no_noun_before_it_takes_the_last_noun_phrase() -> None:
    text = (
        "Reviewers advise waiting for the second patch (2.0.1) before upgrading, which is "
        "expected in late August."
    )
    assert _labels(text)["2011-08"] == "The second patch (2.0.1) is expected"


def test_a_relative_clause_in_brackets_takes_the_noun_before_the_bracket() -> None:
    text = "The row involves the maker of the Zune (which was shown on Tuesday for the first time)."
    assert _labels(text)["2011-10-04"] == "The maker of the Zune was shown for the first time"


def test_a_participle_after_the_subject_takes_the_subject() -> None:
    text = "Lopez, raised in Lisbon on March 3, 1961, has run the bank since 2004."
    assert _labels(text)["1961-03-03"] == "Lopez raised in Lisbon"


def test_a_verb_joined_by_and_takes_the_subject_of_the_verb_before() -> None:
    text = (
        "Northwind Energy was founded by two engineers in 1988, and opened its first wind "
        "farm in 1994."
    )
    assert _labels(text)["1994"] == "Northwind Energy opened its first wind farm"
    text = "The turbines were sold at a discount in June, but will cost more in October."
    assert _labels(text)["2011-10"] == "The turbines will cost more"


def test_a_short_relative_clause_read_back_names_its_subject_once() -> None:
    assert _labels("The strike, which began in March, has closed every port.")["2011-03"] == (
        "The strike began"
    )
    assert _labels("Fighting, which began in April, has killed thousands.")["2011-04"] == (
        "Fighting, which began"
    )
