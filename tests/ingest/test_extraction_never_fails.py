"""Extraction never fails on text a reader can bring: truncated, run together, shouted.

A failure costs the reader the whole article (ingest reports "could not be read" and stores
nothing of it), so every shape of text found to break a rule is kept here, and generated
text made of news words in every arrangement must always come out as records whose
mentions point at their own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from personae.store.ingest.extract import Extraction, extract
from personae.store.ingest.files import IngestError, parse_file
from personae.store.ingest.read import RawArticle


def _extracted(text: str, date: str | None = None) -> Extraction:
    return extract(RawArticle(title="", text=text, date=date), "a")


def _names(extraction: Extraction) -> set[str]:
    return {entity.name for entity in extraction.entities}


def test_a_stray_quotation_mark_ending_the_text_keeps_the_article() -> None:
    names = _names(_extracted("President Smith of Peru met officials. \u201c"))
    assert "Peru" in names


def test_a_title_hyphenated_to_a_lower_case_word_is_no_name() -> None:
    extraction = _extracted("The capital Astana was renamed Nur-Sultan-in honour of its leader.")
    assert "in" not in {name.lower() for name in _names(extraction)}


def test_a_text_cut_off_after_movement_for_keeps_its_actors() -> None:
    names = _names(_extracted("Kenya accused the Movement for"))
    assert "Kenya" in names


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("a.txt", "Talks\n\nLIMA, Jan. 5, 0001 - Peru met Chile last Tuesday.\n"),
        (
            "a.html",
            '<html><head><meta property="article:published_time" content="0001-01-01">'
            "<title>Talks</title></head><body><p>Peru met Chile last Tuesday.</p></body></html>",
        ),
        (
            "a.html",
            '<html><head><meta property="article:published_time" content="9999-12-31">'
            "<title>Talks</title></head><body><p>Peru will meet Chile next week.</p></body></html>",
        ),
    ],
    ids=["dateline-of-year-one", "system-empty-date", "last-day-of-the-calendar"],
)
def test_a_date_no_article_has_leaves_it_undated_and_read(name: str, source: str) -> None:
    raw = parse_file(Path(name), source.encode())
    extraction = extract(raw, "a")
    assert raw.date is None
    assert {"Peru", "Chile"} <= _names(extraction)


# Words and joints of wire copy: generated articles rearrange them every way.
WIRE = (
    "NAIROBI (Reuters) - Kenyan police arrested 23 students on Tuesday after a protest, a",
    "spokesman said. Iraqi troops seized Kuwait City and the U.N. Security Council demanded",
    "that Baghdad withdraw. President F.W. de Klerk of South Africa met Nelson Mandela.",
    "Kazakhstan's parliament voted to rename Astana as Nur-Sultan in honour of Nursultan",
    "Nazarbayev. The Movement for Democratic Change accused Zimbabwe's Interior Minister,",
    "Kembo Mohadi, of ordering arrests. Gen. Abdourahamane Tchiani said Niger would not yield",
    "to ECOWAS. \u201cWe will never surrender,\u201d Hamas said in Gaza on 4 May 2023.",
)
NEWS = [word for line in WIRE for word in line.split()]
JOINTS = (" ", " ", " ", "-", ", ", "", "\n\n", "\u201c", "\u201d", ". ", " (AP) - ", "'s ")
CASES = (str, str, str.upper, str.lower, str.title)

news_text = st.builds(
    lambda words, joints, case: case(
        "".join(word + joints[n % len(joints)] for n, word in enumerate(words))
    ),
    st.lists(st.sampled_from(NEWS), min_size=1, max_size=60),
    st.lists(st.sampled_from(JOINTS), min_size=1, max_size=8),
    st.sampled_from(CASES),
).flatmap(lambda text: st.integers(1, max(1, len(text))).map(lambda cut: text[:cut] or "x"))


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(news_text, st.sampled_from([None, "1975-03-02", "2024-11-30"]))
@example("Nur-Sultan-in", None)
@example("Movement for", None)
@example("President Smith of Peru met officials. \u201c", None)
def test_generated_news_text_always_extracts_to_records_of_its_own_words(
    text: str, date: str | None
) -> None:
    extraction = _extracted(text, date)
    ids = {entity.id for entity in extraction.entities}
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.entity in ids
    for relation in extraction.relations:
        assert {relation.source, relation.target} <= ids
        assert relation.source != relation.target


# Pieces of Markdown front matter and HTML, well and badly formed, and dates of every shape.
FRONT_MATTER = (
    "---\n", "title: ", "date: ", "source: ", "url: ", "date: 0001-01-01\n", "date: 9999-12-31\n",
    "date: 2023-13-45\n", "date: May 7, 2005\n", "date: 2020-01-01T10:00:00+25:00\n",
    "title: |\n  two\n  lines\n", "title: [1, 2]\n", "title: {a: b}\n", ": :\n", "- x\n",
    "title: \"open\n", "\n", "---\n\n", "# ", "> ", "* ", "```\n",
)  # fmt: skip
HTML = (
    "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "<p>",
    "</p>", "<br>", "<script>", "</script>", "<h1>", "</h1>", "&amp;", "&#0;", "&#xD800;",
    "<!--", "-->", '<meta property="article:published_time" content="0001-01-01">',
    '<meta property="article:published_time" content="2020-02-30">', '<time datetime="1">',
)  # fmt: skip


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.sampled_from(["a.md", "a.html", "a.txt"]),
    st.lists(st.one_of(st.sampled_from(FRONT_MATTER + HTML), st.sampled_from(WIRE)), max_size=30),
)
def test_a_generated_file_is_read_or_refused_with_its_reason(name: str, parts: list[str]) -> None:
    try:
        raw = parse_file(Path(name), "".join(parts).encode())
    except IngestError as refused:
        assert refused.reason  # the one line the reader is shown
        return
    extraction = extract(raw, "a")
    assert all(raw.text[m.start : m.end] == m.text for m in extraction.mentions)
