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
