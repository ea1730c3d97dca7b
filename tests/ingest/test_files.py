"""Reading article files: formats, encodings, and every way a file can be refused."""

from __future__ import annotations

import codecs
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from personae.store.ingest.files import ARTICLE_LIMIT, ArticleFiles, IngestError, read_file, walk

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def test_txt_title_dateline_and_leftovers() -> None:
    raw = read_file(DATA / "dateline.txt")
    assert raw.title == "Iran and Russia sign a deal"
    assert raw.dateline == "Moscow"
    assert raw.date == "2022-03-03"
    assert "Top of page" not in raw.text and "Share this article" not in raw.text
    assert raw.text.startswith("Moscow, March 3, 2022 - Iran signed")
    assert raw.path == str(DATA / "dateline.txt")


def test_markdown_front_matter_and_syntax() -> None:
    raw = read_file(DATA / "front-matter.md")
    assert raw.title == "Apple opens store in Tokyo"
    assert raw.date == "2003-11-30"
    assert raw.source == "Wikinews"
    assert raw.url == "https://example.org/apple-tokyo"
    assert "**" not in raw.text and "](" not in raw.text and "# " not in raw.text
    assert "its first flagship store outside the U.S. in Tokyo on Sunday." in raw.text
    assert '"We are thrilled," said Ron Johnson' in raw.text


def test_markdown_without_front_matter_takes_heading_and_dateline() -> None:
    raw = read_file(DATA / "no-front-matter.md")
    assert raw.title == "General Motors cuts jobs"
    assert raw.date == "2006-01-24"
    assert raw.dateline == "Detroit"
    assert "*Toyota*" not in raw.text and "Toyota" in raw.text


def test_html_meta_and_main_text() -> None:
    raw = read_file(DATA / "boeing.html")
    assert raw.title == "Air Force picks Northrop Grumman and EADS for tanker deal"
    assert raw.date == "2008-02-29"
    assert raw.source == "Example News"
    text = raw.text
    assert "Northrop Grumman and EADS" in text  # inline <b> keeps its spacing
    for dropped in ("tracking", "color: red", "Home", "cookies", "Related:", "Search", "Copyright"):
        assert dropped not in text
    assert "Share this article" not in text
    assert text.count("\n\n") == 2  # three paragraphs


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            '<meta property="og:article:published_time" content="2021-05-04T10:00:00+02:00">',
            "2021-05-04",
        ),
        ('<meta name="DC.date" content="2019-12-31">', "2019-12-31"),
        ('<meta itemprop="datePublished" content="2018-01-02">', "2018-01-02"),
        ('<meta name="pubdate" content="20170304">', "2017-03-04"),
        ('<time datetime="2016-07-08T09:00">8 July</time>', "2016-07-08"),
    ],
)
def test_html_publication_date_tags(tmp_path: Path, meta: str, expected: str) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        f"<html><head><title>T</title>{meta}</head><body><p>Iran met Russia.</p></body></html>"
    )
    assert read_file(path).date == expected


def test_html_without_article_uses_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<title>Plain</title><body><nav>Menu</nav><div>NATO met in Brussels.</div></body>"
    )
    raw = read_file(path)
    assert raw.title == "Plain"
    assert raw.text == "NATO met in Brussels."


@pytest.mark.parametrize("bom", ["utf-8-sig", "utf-16", "utf-32"])
def test_unicode_with_byte_order_mark(tmp_path: Path, bom: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Título\n\nZürich and Kyiv met.\n".encode(bom))
    raw = read_file(path)
    assert raw.title == "Título"
    assert raw.text == "Zürich and Kyiv met."


def test_legacy_single_byte_encodings(tmp_path: Path) -> None:
    western = tmp_path / "w.txt"
    western.write_bytes(
        "Café talks\n\nThe minister’s “plan” – déjà vu in Besançon.\n".encode("cp1252")
    )
    assert read_file(western).text == "The minister’s “plan” – déjà vu in Besançon."
    cyrillic = tmp_path / "c.txt"
    cyrillic.write_bytes(
        "Новости\n\nПривет мир, это статья о политике и новостях.\n".encode("cp1251")
    )
    assert read_file(cyrillic).text == "Привет мир, это статья о политике и новостях."


def test_controls_and_bidi_overrides_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("Title\x1b]0;pwned\x07\n\nIran\u202e met \x1b[31mRussia\x1b[0m.\x07\n")
    raw = read_file(path)
    assert raw.title == "Title"
    assert raw.text == "Iran met Russia."


def _refusal(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        read_file(path)
    error = caught.value
    assert error.path == path
    assert str(error) == f"{path} {error.reason}"
    assert "Traceback" not in str(error) and "Error" not in error.reason
    return error.reason


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _refusal(path) == "is a binary file, not an article"
    zeros = tmp_path / "zeros.md"
    zeros.write_bytes(b"Title\n\x00\x01\x02 text")
    assert _refusal(zeros) == "is a binary file, not an article"


def test_empty_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _refusal(empty) == "is empty"
    blank = tmp_path / "blank.md"
    blank.write_text("  \n\n\t\n")
    assert _refusal(blank) == "is empty"


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    assert _refusal(path) == "could not be decoded as text"


def test_missing_file(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nope.txt") == "does not exist"


def test_oversized_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB actually written
        handle.truncate(50 * 1024 * 1024)
    reason = _refusal(path)
    assert reason == "is 52,428,800 bytes, over the 20 MB (20,000,000 bytes) limit for one article"
    assert ARTICLE_LIMIT == "20 MB (20,000,000 bytes)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.")
    path.chmod(0)
    assert _refusal(path) == "cannot be read: permission denied"


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("hello")
    assert _refusal(path) == "is a DOCX file; DOCX is not read yet: save it as .txt or .html"
    other = tmp_path / "photo.jpeg"
    other.write_bytes(b"\xff\xd8\xff")
    assert _refusal(other) == "is not a .txt, .md or .html file"


def _walked(path: Path) -> tuple[list[Path], list[tuple[Path, str]], list[tuple[Path, str]]]:
    """What walking ``path`` finds: articles, skipped files, files left out."""
    found: dict[str, list[Any]] = {"article": [], "skipped": [], "left out": []}
    for file, (verdict, why) in walk(path):
        found[verdict].append(file if verdict == "article" else (file, why))
    return found["article"], found["skipped"], found["left out"]


def test_a_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.HTML").write_text("<p>x</p>")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "a").mkdir()  # a folder sorts before the file that extends its name
    (tmp_path / "a" / "z.md").write_text("x")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "c.markdown").write_text("x")
    # a folder's paperwork and hidden files are not articles
    (tmp_path / "README.md").write_text("# About this corpus")
    (tmp_path / "b" / "License.txt").write_text("MIT")
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "notes.md").write_text("x")
    (tmp_path / ".draft.md").write_text("x")
    articles, skipped, left_out = _walked(tmp_path)
    in_order = ["a/z.md", "a.md", "b/two.HTML", "c.markdown"]
    assert articles == [tmp_path / name for name in in_order] == sorted(articles)
    assert skipped == [(tmp_path / "skip.pdf", ".pdf")]
    assert sorted(left_out) == [
        (tmp_path / ".draft.md", "hidden"),
        (tmp_path / ".github", "hidden"),  # a hidden folder counts once, unread
        (tmp_path / "README.md", "paperwork"),
        (tmp_path / "b" / "License.txt", "paperwork"),
    ]
    # named on purpose, it is taken
    assert _walked(tmp_path / "README.md")[0] == [tmp_path / "README.md"]


def test_walk_refusals(tmp_path: Path) -> None:
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    assert _walked(tmp_path)[0] == []
    with pytest.raises(IngestError, match="does not exist"):
        _walked(tmp_path / "missing")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(IngestError, match="is not a regular file"):
        _walked(tmp_path / "pipe.txt")


def test_each_file_is_read_once_however_it_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "world").mkdir(parents=True)
    for name in ("a.md", "world/b.md", "world/c.md", ".draft.md"):
        (folder / name).write_text("x")
    named = [
        folder / "world",  # walked first, then left out of the folder's walk
        folder,
        folder / "a.md",  # already walked
        Path(os.path.relpath(folder / "world" / "b.md")),  # the same file, written otherwise
        folder / ".draft.md",  # left out by the walk, taken because it is named
    ]
    files = list(ArticleFiles(named))
    assert files == [
        folder / "world" / "b.md",
        folder / "world" / "c.md",
        folder / "a.md",
        folder / ".draft.md",
    ]


def test_a_survey_counts_and_says_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("x")
    (tmp_path / "news" / "b.pdf").write_bytes(b"%PDF")
    (tmp_path / "empty").mkdir()
    notes: list[tuple[Path, str, str]] = []
    files = ArticleFiles([tmp_path / "news", tmp_path / "missing", tmp_path / "empty"])
    assert files.survey(lambda *note: notes.append(note)) == 1
    assert notes == [
        (tmp_path / "news" / "b.pdf", "skipped", ".pdf"),
        (tmp_path / "missing", "failed", "does not exist"),
        (tmp_path / "empty", "failed", "is a folder with no .txt, .md or .html articles in it"),
    ]
    assert list(files) == [tmp_path / "news" / "a.md"]


def test_walking_a_large_folder_never_holds_its_list(tmp_path: Path) -> None:
    """A folder of 100,000 files costs the memory of one of its folders, not of the list."""
    for group in range(40):
        folder = tmp_path / f"{group:02}"
        folder.mkdir()
        for n in range(100):
            (folder / f"article-{n:03}.md").touch()
    # Once before measuring: what a first walk loads or caches for good (another test may
    # have done it) is no list.  Its paths are kept while measuring: their names stay
    # interned, so Python's table of interned strings (thousands of entries in a test run)
    # is not grown again when a walk interns them anew, an allocation of the process's, of
    # megabytes, that has nothing to do with how many paths a walk holds.
    warm = list(ArticleFiles([tmp_path]))
    tracemalloc.start()
    try:
        walked = sum(1 for _ in ArticleFiles([tmp_path]))
        _, walking = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        held = list(ArticleFiles([tmp_path]))
        _, listing = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert walked == len(held) == len(warm) == 4_000
    assert walking < listing / 5


def test_utf16_without_bom_is_binary_not_garbage(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Title\n\nText".encode("utf-16-le"))
    assert _refusal(path) == "is a binary file, not an article"
    assert codecs.BOM_UTF16_LE not in path.read_bytes()
