"""Datelines in every common form give the article its place and date, day-first included."""

from __future__ import annotations

import pytest

from personae.store.ingest.extract import extract
from personae.store.ingest.formats import parse_markdown
from personae.store.ingest.read import RawArticle, dateline_of, parse_plain


@pytest.mark.parametrize(
    ("opening", "place", "when"),
    [
        ("Los Angeles, October 28, 2023 - ", "Los Angeles", "2023-10-28"),
        ("Nairobi, 14 November 2024 - ", "Nairobi", "2024-11-14"),
        ("Bogotá, 5 May 2021 - ", "Bogotá", "2021-05-05"),
        ("Nairobi, Tuesday 14 November 2024 – ", "Nairobi", "2024-11-14"),
        ("WASHINGTON, Tuesday, Oct. 28, 2023 (AP) — ", "Washington", "2023-10-28"),
        ("Paris, 28/10/2023 - ", "Paris", "2023-10-28"),
        ("Boston, 10/28/2023 - ", "Boston", "2023-10-28"),
        ("Berlin, 2023-10-28 - ", "Berlin", "2023-10-28"),
        ("LONDON (Reuters) - ", "London", None),
        ("WASHINGTON, Oct. 28 (AP) — ", "Washington", None),  # no year: the article's date says
        ("KABUL, Afghanistan (Reuters) - ", "Kabul, Afghanistan", None),
        ("NEW YORK — ", "New York", None),
        ("Paris, 03/04/2023 - ", "Paris", None),  # 3 April or 4 March: no date rather than a guess
        ("NAIROBI, Kenya - ", "Nairobi, Kenya", None),
        ("LYON: ", "Lyon", None),  # wire copy filed with a colon
        ("GAZA CITY, Palestinian Territories: ", "Gaza City, Palestinian Territories", None),
        ("Muscat, Oman — Friday, May 26, 2023: ", "Muscat, Oman", "2023-05-26"),  # date after
        ("Lagos — 3 March 2020 — ", "Lagos", "2020-03-03"),  # the dash
    ],
)
def test_dateline_forms(opening: str, place: str, when: str | None) -> None:
    assert dateline_of(opening + "The talks went on.") == (place, when)


@pytest.mark.parametrize(
    "opening",
    [
        "Apple - the company - sold more.",
        "LONDON-based firms - more of them - grew.",
        "U.S. - x",
        "Summary: the talks went on.",  # a heading, not a place in capitals
    ],
)
def test_a_dash_after_a_name_is_no_dateline(opening: str) -> None:
    assert dateline_of(opening) == (None, None)


def test_day_first_dateline_dates_the_article_so_last_tuesday_resolves() -> None:
    raw = parse_plain(
        "Trade pact\n\nNairobi, 14 November 2024 - Kenya and Uganda signed a trade pact "
        "last Tuesday."
    )
    assert (raw.dateline, raw.date) == ("Nairobi", "2024-11-14")
    events = {(e.date, e.label) for e in extract(raw, "a").events}
    assert ("2024-11-14", "Published (Nairobi)") in events
    assert ("2024-11-12", "Kenya and Uganda signed a trade pact") in events  # a Thursday's Tuesday


def test_dateline_without_a_year_takes_the_year_of_the_article() -> None:
    raw = parse_markdown(
        "---\ntitle: Vote\ndate: 2023-10-28\n---\n\nWASHINGTON, Oct. 28 (AP) — The Senate voted."
    )
    events = [(e.date, e.label) for e in extract(raw, "a").events]
    assert events[0] == ("2023-10-28", "Published (Washington)")


def test_ambiguous_numeric_dateline_gives_no_published_event() -> None:
    raw = parse_plain("Vote\n\nParis, 03/04/2023 - The Senate voted.")
    assert raw.date is None
    assert [e.label for e in extract(raw, "a").events if e.label.startswith("Published")] == []


@pytest.mark.parametrize(
    "item",
    [
        "NAIROBI, Kenya - Somalia released a Greek tanker on Monday.",
        "GAZA CITY, Dec 2 (Reuters) - Somalia released a Greek tanker on Monday.",
        "LYON: Somalia released a Greek tanker on Monday.",
    ],
)
def test_where_a_wire_item_was_filed_is_no_party_to_it(item: str) -> None:
    """A wire item given whole, as an evaluation or a script hands it over: the dateline's
    place (and its country) is where the writer was, not an actor of the story."""
    found = extract(RawArticle("", item), "wire")
    assert {e.name for e in found.entities} == {"Somalia", "Greece"}
    assert {(r.source, r.target) for r in found.relations} == {("somalia", "greece")}
