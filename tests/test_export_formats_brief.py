"""`personae export --format markdown`: an analyst's brief, compared whole; store text in
it stays text in any Markdown viewer, and only web addresses become links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from personae.store.db import Store
from personae.tui.cli import main
from tests.export_stores import hostile_records, store_of, talks_records

# CommonMark with GitHub's tables and strikethrough: what most viewers render.
VIEWER = MarkdownIt("commonmark").enable("table").enable("strikethrough")


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    return store_of(tmp_path / "talks.json", talks_records())


def brief(db: Path, *options: str, capsysbinary: pytest.CaptureFixture[bytes]) -> str:
    assert main(["--db", str(db), "export", "--format", "markdown", *options]) == 0
    return capsysbinary.readouterr().out.decode("utf-8")


BRIEF_ON_TWO = (
    "# Brief: Eastland, Northland\n"
    "\n"
    "Actors chosen with --select: Eastland, Northland.\n"
    "Articles: all 2 in the store.\n"
    "\n"
    "## Eastland\n"
    "\n"
    "- Kind: state\n"
    "- Named 2 times in 2 articles\n"
    "- Other names: none\n"
    "\n"
    "### Relations (3)\n"
    "\n"
    "#### CONSULT: cooperation (1)\n"
    "\n"
    "- Northland → Eastland: met (extracted, confidence 0.80)\n"
    '  > "Northland and Eastland met in Geneva."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "#### AID: cooperation (1)\n"
    "\n"
    "- Westland → Eastland: did not send aid to (negated; extracted, confidence 0.90)\n"
    '  > "Westland did not send aid to Eastland."\n'
    "  > — *Aid for Eastland* (source 2)\n"
    "\n"
    "#### MENTION: neutral (1)\n"
    "\n"
    "- Northland → Eastland: mention (extracted, confidence 0.30)\n"
    '  > "Northland and Eastland met in Geneva."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "### Timeline (0)\n"
    "\n"
    "No dated events here.\n"
    "\n"
    "## Northland\n"
    "\n"
    "- Kind: state\n"
    "- Named 2 times in 1 article\n"
    "- Other names: Northern Republic\n"
    "\n"
    "### Relations (4)\n"
    "\n"
    "#### CONSULT: cooperation (1)\n"
    "\n"
    "- Northland → Eastland: met (extracted, confidence 0.80)\n"
    '  > "Northland and Eastland met in Geneva."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "#### ACCUSE: conflict (1)\n"
    "\n"
    "- Northland → Southland: accused of shelling (event dated 2024-03-02; curated)\n"
    '  > "Northland accused Southland of shelling the border on 2 March 2024."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "#### REJECT: conflict (1)\n"
    "\n"
    '- Southland → Northland: rejected the claim of (hedged: "reportedly"; curated)\n'
    '  > "Southland reportedly rejected the claim."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "#### MENTION: neutral (1)\n"
    "\n"
    "- Northland → Eastland: mention (extracted, confidence 0.30)\n"
    '  > "Northland and Eastland met in Geneva."\n'
    "  > — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "### Timeline (1)\n"
    "\n"
    "- 2024-03-02: Shelling of the border — *Talks in Northland*, 2024-03-01, <https://news.example/talks?id=1&part=%282%29> (source 1)\n"
    "\n"
    "## Sources\n"
    "\n"
    "1. *Talks in Northland*, 2024-03-01 (article id: north-talks)\n"
    "   Wire\n"
    "   <https://news.example/talks?id=1&part=%282%29>\n"
    "2. *Aid for Eastland* (article id: east-aid)\n"
)


def test_a_brief_on_chosen_actors_is_the_documented_document(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    options = ["--co-mentions", "--select", "EASTLAND", "--select", "northern republic"]
    assert brief(talks, *options, capsysbinary=capsysbinary) == BRIEF_ON_TWO
    again = brief(talks, *options, "--select", "eastland", capsysbinary=capsysbinary)
    assert again == BRIEF_ON_TWO  # the same actor twice is briefed once; nothing varies


def test_without_select_the_brief_covers_the_most_related_actors_and_says_so(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "bundled.json"
    Store.open_or_create(path).close()
    text = brief(path, capsysbinary=capsysbinary)
    assert text.startswith(
        "# Brief: Russia, Iran, United States, the West, Ukraine\n\n"
        "No --select given: the 5 actors with the most typed relations (co-mentions not "
        "counted), most first.\nArticles: all 1 in the store.\n"
    )
    assert re.findall(r"^## (.*)", text, re.MULTILINE) == [
        "Russia",
        "Iran",
        "United States",
        "the West",
        "Ukraine",
        "Sources",
    ]
    # Iran's relations, grouped by PLOVER type, count as many as the store holds.
    iran = text.split("## Iran\n", 1)[1].split("\n## ", 1)[0]
    snapshot = Store.open(path).snapshot()
    theirs = [r for r in snapshot.relations if "iran" in (r.source, r.target)]
    assert f"### Relations ({len(theirs)})" in iran
    groups = re.findall(r"^#### (\w+): \w+ \((\d+)\)", iran, re.MULTILINE)
    assert sum(int(n) for _, n in groups) == len(theirs)
    assert iran.count('\n  > "') == len(theirs)
    assert "- Russia → Iran: did not provide top-tier weapons" in iran
    assert "(negated; curated)" in iran
    assert "- 2022 (date inferred): Iran starts supplying suicide drones to Russia" in iran


def test_a_brief_of_one_article_and_of_no_typed_relation(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    one = brief(talks, "--article", "east-aid", capsysbinary=capsysbinary)
    assert one.splitlines()[:4] == [
        "# Brief: Eastland, Westland",
        "",
        "No --select given: the 2 actors with typed relations (co-mentions not counted), "
        "most first.",
        "Article: *Aid for Eastland*, and no other.",
    ]
    assert "Northland" not in one and one.endswith("1. *Aid for Eastland* (article id: east-aid)\n")
    chosen = brief(
        talks, "--article", "east-aid", "--select", "southland", capsysbinary=capsysbinary
    )
    assert "No relations here." in chosen and "No dated events here." in chosen
    assert chosen.endswith("## Sources\n\nNo article is cited.\n")


def test_hostile_store_text_stays_text_in_a_markdown_viewer(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = store_of(tmp_path / "hostile.json", hostile_records())
    text = brief(path, "--co-mentions", capsysbinary=capsysbinary)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text)
    html = VIEWER.render(text)
    tags = set(re.findall(r"<(\w+)", html))
    assert tags <= {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "em"}, tags
    assert "href" not in html  # its only address is javascript:
    # As written, on screen: markup, a would-be link and a table bar are all just text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[x](javascript:alert(1))" in html and "a | b" in html
    assert "*bold* _it_ `code` ~~gone~~" in html and "&amp;amp;" in html
    assert "<h2>&lt;b&gt;Acme&lt;/b&gt; &amp; Co | Ltd</h2>" in html
    assert "<li>Other names: +Crew, -Crew, 1. Crew</li>" in html
    assert "- [ ] &lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:alert(1) (not a web address: not linked)" in html


def test_only_http_addresses_become_links(
    talks: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    html = VIEWER.render(brief(talks, "--select", "northland", capsysbinary=capsysbinary))
    assert set(re.findall(r'href="([^"]*)"', html)) == {
        "https://news.example/talks?id=1&amp;part=%282%29"
    }
