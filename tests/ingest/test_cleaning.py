"""What a reader's files carry besides the story: entities, site names, bylines and wire
credits, a repeated heading, terminal strings.  None of it may reach a title, the text, or an
actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from personae.store.db import Store
from personae.store.ingest.batch import ingest_paths
from personae.store.ingest.files import read_file
from personae.store.ingest.read import drop_byline
from personae.store.text import clean_text, decode_entities

STORY = (
    "Iran signed an agreement with Russia in Moscow on Tuesday. "
    "China criticised the deal, officials said."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_entities_in_markdown_and_plain_text_are_decoded(tmp_path: Path) -> None:
    md = _write(
        tmp_path,
        "att.md",
        "---\ntitle: AT&amp;T and T&#8209;Mobile\n---\n\n"
        "AT&amp;T met Verizon &ndash; and &lt;b&gt; stays text, as do &parameter and AT&T.\n",
    )
    raw = read_file(md)
    assert raw.title == "AT&T and T\u2011Mobile"
    assert raw.text == "AT&T met Verizon – and <b> stays text, as do &parameter and AT&T."
    txt = _write(tmp_path, "att.txt", "Deal for AT&amp;T\n\nAT&amp;T &#x26; Verizon met.\n")
    raw = read_file(txt)
    assert (raw.title, raw.text) == ("Deal for AT&T", "AT&T & Verizon met.")


def test_an_entity_naming_a_control_is_cleaned_away() -> None:
    # HTML's own rules: ESC and BEL are no characters at all, 0x9b is cp1252's "›".
    assert clean_text(decode_entities("Iran&#27;[2J met&#x9b; Russia&#7;")) == "Iran[2J met› Russia"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the suffix is the page's og:site_name, whatever the separator
        (
            "<title>Iran and Russia sign a deal - The Daily Example</title>"
            '<meta property="og:site_name" content="The Daily Example">',
            "Iran and Russia sign a deal",
        ),
        # no og:site_name: " | " and a few capitalised words are a site's name
        (
            "<title>Iran and Russia sign a deal | The Daily Example</title>",
            "Iran and Russia sign a deal",
        ),
        # a domain
        (
            "<title>Iran and Russia sign a deal — example.co.uk</title>",
            "Iran and Russia sign a deal",
        ),
        # what is left is the page's heading
        (
            "<title>Iran and Russia sign a deal – World news</title>",
            "Iran and Russia sign a deal",
        ),
        # conservative: nothing says " - Russia talks" is a site
        ("<title>Iran - Russia talks resume</title>", "Iran - Russia talks resume"),
        ("<title>Iran | Russia</title>", "Iran | Russia"),
    ],
    ids=["og-site-name", "pipe-and-a-name", "domain", "heading", "dash-kept", "short-kept"],
)
def test_an_html_title_loses_its_site_name(tmp_path: Path, head: str, expected: str) -> None:
    heading = "<h1>Iran and Russia sign a deal</h1>" if "World news" in head else ""
    page = (
        f"<html><head>{head}</head><body><article>{heading}<p>{STORY}</p></article></body></html>"
    )
    assert read_file(_write(tmp_path, "page.html", page)).title == expected


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, 3 February 2022",
        "By Jane Doe and John Roe",
        "BY JANE DOE, Reuters | Updated 3 Feb 2022, 10:04 a.m. GMT",
        "By Jane Doe, Middle East correspondent",
    ],
)
def test_a_byline_at_the_top_yields_no_actor_and_no_event(tmp_path: Path, byline: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "plain.txt", f"Iran and Russia sign a deal\n{byline}\n\n{STORY}\n")
    _write(folder, "notes.md", f"---\ntitle: A deal in Moscow\n---\n\n{byline}\n\n{STORY}\n")
    _write(
        folder,
        "page.html",
        f"<html><head><title>A deal</title></head><body><article><h1>A deal</h1>"
        f"<p class='byline'>{byline}</p><p>{STORY}</p></article></body></html>",
    )
    store = Store.open_or_create(tmp_path / "personae.json")
    assert {r.status for r in ingest_paths(store, [folder])} == {"added"}
    snapshot = store.snapshot()
    texts = {a.text for a in snapshot.articles if a.provenance == "extracted"}
    assert texts == {STORY}
    names = {e.name for e in snapshot.entities}
    assert {"Iran", "Russia", "China"} <= names
    assert not {"Jane Doe", "John Roe", "JANE DOE", "Reuters"} & names
    assert not [e for e in snapshot.events if e.date == "2022-02-03"]


def test_a_wire_credit_at_the_end_yields_no_actor(tmp_path: Path) -> None:
    credit = "(Reporting by Helsinki bureau; additional reporting by Brussels; Editing by Jo Roe)"
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "plain.txt", f"Iran and Russia sign a deal\n\n{STORY}\n\n{credit}\n")
    _write(folder, "notes.md", f"---\ntitle: A deal in Moscow\n---\n\n{STORY}\n\n{credit}\n")
    store = Store.open_or_create(tmp_path / "personae.json")
    assert {r.status for r in ingest_paths(store, [folder])} == {"added"}
    snapshot = store.snapshot()
    assert {a.text for a in snapshot.articles if a.provenance == "extracted"} == {STORY}
    names = {e.name for e in snapshot.entities}
    assert not {"Jo Roe", "Finland", "European Commission", "Belgium"} & names


@pytest.mark.parametrize(
    "first_line",
    [
        "By March, Iran had signed the deal.",
        "By Tuesday the ceasefire had collapsed",
        "By agreeing to the plan, Iran gave ground",
        "By then it was over",
    ],
)
def test_a_sentence_starting_with_by_is_kept(first_line: str) -> None:
    text = f"{first_line}\n\n{STORY}"
    assert drop_byline(text) == text


def test_a_markdown_heading_repeating_the_title_is_not_in_the_body(tmp_path: Path) -> None:
    story = "Iran signed an agreement with Russia in Moscow on Tuesday."
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(
        folder,
        "repeated.md",
        f"---\ntitle: Iran signs a deal with Russia\n---\n\n# Iran signs a deal with Russia\n\n{story}\n",
    )
    _write(
        folder,
        "other.md",
        f"---\ntitle: A deal\n---\n\n# Iran signs a deal with Russia\n\n{story}\n",
    )
    assert read_file(folder / "repeated.md").text == story
    assert read_file(folder / "other.md").text == f"Iran signs a deal with Russia\n\n{story}"
    store = Store.open_or_create(tmp_path / "personae.json")
    results = {r.path.name: r for r in ingest_paths(store, [folder])}
    # each signed with the other, once: not once more per repetition
    assert results["repeated.md"].counts["relations"] == 2


def test_device_control_and_other_strings_leave_nothing_in_a_title(tmp_path: Path) -> None:
    """DECRQSS (ESC P $ q m ESC \\) once left "1$qm" in a title; SOS, PM, APC likewise."""
    sequences = (
        "\x1bP1$qm\x1b\\ \x1bXsos\x1b\\ \x1b^pm\x1b\\ \x1b_apc\x1b\\ \x90dcs\x9c \x9fapc\x07"
    )
    title = f"Iran {sequences} meets Russia"
    raw = read_file(_write(tmp_path, "escapes.txt", f"{title}\n\n{STORY}\n"))
    assert raw.title == "Iran meets Russia"
    # Unterminated, a string sequence loses its introducer only: the text after it stays.
    assert clean_text("\x1bP1$qm never closed\nnext line") == "1$qm never closed\nnext line"
