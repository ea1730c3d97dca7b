"""A date belongs to the event whose clause holds it; timeline labels read as clauses."""

from __future__ import annotations

from personae.store.ingest.extract import extract
from personae.store.ingest.read import RawArticle


def _events(text: str, published: str | None = "2011-10-06") -> set[tuple[str, str]]:
    return {(e.date, e.label) for e in extract(RawArticle("t", text, date=published), "a").events}


def test_a_year_inside_a_noun_phrase_does_not_date_the_sentence() -> None:
    events = _events("Serbia rejected the wording of the 1991 agreement with Croatia.")
    assert {date for date, _ in events} == {"2011-10-06"}  # the rejection: publication day


def test_a_year_after_a_possessive_does_not_date_the_sentence() -> None:
    text = "Jobs unveiled the iPhone 4 at Apple's 2010 developer conference yesterday."
    assert {date for date, _ in _events(text)} == {"2011-10-05"}


def test_this_years_event_is_a_noun_phrase_too() -> None:
    text = "At this year's conference, Microsoft unveiled a new phone."
    assert {date for date, _ in _events(text)} == {"2011-10-06"}


def test_a_temporal_phrase_around_a_determiner_still_dates_the_clause() -> None:
    assert {d for d, _ in _events("Obama won Ohio in the 2008 election.")} == {"2008"}


def test_a_report_whose_own_clause_has_no_date_happened_on_publication() -> None:
    events = _events(
        "Microsoft announced that Windows Vista would be released in 2007.", "2005-06-06"
    )
    assert events == {
        ("2007", "Windows Vista would be released"),
        ("2005-06-06", "Microsoft announced that Windows Vista would be released"),
    }


def test_labels_lose_the_whole_temporal_phrase() -> None:
    assert _events("In 1986 he bought Pixar.") == {("1986", "He bought Pixar")}
    assert _events("Talks had stalled in 2019 after the election.") == {
        ("2019", "Talks had stalled after the election")
    }
    assert _events("On 3 May 2021, the ministers met in Nairobi.") == {
        ("2021-05-03", "The ministers met in Nairobi")
    }
    assert _events("The ministers met in Nairobi, on 3 May 2021.") == {
        ("2021-05-03", "The ministers met in Nairobi")
    }


def test_a_date_that_owns_a_noun_leaves_no_possessive_behind() -> None:
    text = "Monday's announcement by Apple marked the third leave for Steve Jobs."
    labels = {label for _, label in _events(text, published="2011-01-19")}
    assert labels and not [label for label in labels if label.startswith(("'", "’"))]
    assert "Announcement by Apple marked the third leave for Steve Jobs" in labels


def test_two_dates_either_side_of_which_each_keep_their_side() -> None:
    assert _events(
        "In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005."
    ) == {
        ("1986", "He bought Pixar"),
        ("2005", "Pixar was acquired by The Walt Disney Company"),
    }


def test_coordinated_dates_both_leave_the_label() -> None:
    events = _events("He briefly made an appearance in March and June to unveil the iPad 2.")
    assert events == {
        ("2011-03", "He briefly made an appearance to unveil the iPad 2"),
        ("2011-06", "He briefly made an appearance to unveil the iPad 2"),
    }


def test_a_label_keeps_its_own_capitals() -> None:
    assert _events("On Monday, iPhone sales rose.") == {("2011-10-03", "iPhone sales rose")}


def test_a_relative_clause_label_names_its_antecedent() -> None:
    text = "The release of Adli Yaish, who had been arrested 15 months ago, came as a surprise."
    assert ("2010-07", "Adli Yaish had been arrested") in _events(text)


def test_a_list_of_actors_stays_whole_in_the_label() -> None:
    assert _events("The US, Russia, and Switzerland met yesterday.") == {
        ("2011-10-05", "The US, Russia, and Switzerland met")
    }


def test_a_part_of_the_day_goes_with_its_weekday() -> None:
    text = "The strike hit Baghdad, the U.S. Central Command said on Monday night."
    assert ("2011-10-03", "The U.S. Central Command said") in _events(text)


def test_undated_reports_after_a_named_day_are_of_that_day() -> None:
    text = (
        "Apple announced on Friday that it will give owners a free case. "
        "Steve Jobs said the problem was overblown. Steve Jobs admitted that a few users had issues."
    )
    events = extract(RawArticle("t", text, date="2010-07-17"), "a").events
    assert [e.date for e in events] == ["2010-07-16", "2010-07-16", "2010-07-16"]


def test_a_day_named_weeks_before_publication_is_not_the_news_day() -> None:
    text = "Apple was founded on April 1, 1976. Jobs said the company was doing well."
    events = extract(RawArticle("t", text, date="2010-07-17"), "a").events
    assert [e.date for e in events] == ["1976-04-01", "2010-07-17"]


def test_years_later_count_from_the_last_year_named() -> None:
    text = "He started Apple in 1976. One year later he was fired. Two years later he sold NeXT."
    assert {d for d, _ in _events(text)} == {"1976", "1977", "1979"}


def test_a_verb_in_a_relative_clause_points_its_weekday() -> None:
    text = "Talks between Iran and the EU, which began in Geneva on Monday, will resume on Friday."
    assert _events(text, "2023-10-25") == {
        ("2023-10-23", "Talks between Iran and the EU began in Geneva"),
        ("2023-10-27", "Talks between Iran and the EU will resume"),
    }


def test_a_clause_after_a_parenthesis_takes_the_sentence_subject() -> None:
    text = "The agreement, signed in 2015, was abandoned by the United States in May 2018."
    assert _events(text) == {
        ("2015", "The agreement signed"),
        ("2018-05", "The agreement was abandoned by the United States"),
    }
    assert ("2024", "Kenya said it would host them again") in _events(
        "Kenya, which hosted the talks last year, said it would host them again in 2024."
    )
