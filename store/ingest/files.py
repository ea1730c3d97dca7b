"""Finding article files and turning any one of them into a RawArticle, or a clear refusal.

A reader points personae at whatever is on their disk: every way a file can fail becomes an
`IngestError` whose reason is one plain sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

import charset_normalizer

from personae.store.ingest.formats import parse_html, parse_markdown
from personae.store.ingest.read import RawArticle, Refused, parse_plain

#: One article larger than this is refused before it is read (a book or a dump, not news),
#: and so is one whose text, once read, is larger (UTF-8 bytes).  Decimal megabytes.
MAX_ARTICLE_BYTES = 20_000_000
ARTICLE_LIMIT = f"{MAX_ARTICLE_BYTES // 1_000_000} MB ({MAX_ARTICLE_BYTES:,} bytes)"
#: A title longer than this is not a title (a .txt file's first line may be a whole article);
#: source and url are capped too, so that no field of the store grows without bound.
MAX_TITLE_CHARS = 500
MAX_FIELD_CHARS = 2_000

ARTICLE_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

#: Kinds people keep beside their articles that personae may read one day: said so by name.
NOT_READ_YET: dict[str, str] = {
    ".pdf": "PDF",
    ".docx": "DOCX",
    ".doc": "Word",
    ".odt": "ODT",
    ".rtf": "RTF",
    ".epub": "EPUB",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common non-text formats people keep next to their articles.
_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",
)


class IngestError(Exception):
    """A file that cannot become an article; ``reason`` completes the sentence "<path> ..."."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path} {reason}")


NOT_ARTICLES = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "contributing", "authors",
     "notice", "security", "code_of_conduct"}
)  # fmt: skip
"""Names (without suffix, any case) of a folder's own paperwork, which a folder of
articles often carries: a corpus's README.md is not news.  Named on the command line,
such a file is still taken."""


Verdict = tuple[Literal["article", "skipped", "left out"], str]
"""What becomes of a file found: an article, or "skipped" (of a kind personae does not
read: ".pdf", "special file") or "left out" (hidden, the folder's paperwork), and why."""


Unread = Literal["skipped", "left out", "failed"]
"""What a survey notes: a file not read, or a named path that cannot be walked."""


def walk(path: Path, *, leave: Container[str] = ()) -> Iterator[tuple[Path, Verdict]]:
    """A named file, or every file under a named folder (recursively) in sorted path order,
    each with its verdict (a path that cannot be walked raises IngestError when iterated).
    A folder is read as it is walked: however many files it holds, only the names of the
    folders being walked are in memory.  Paths in ``leave`` (absolute, as
    :func:`os.path.abspath` gives them) are not walked: they were named before."""
    if path.is_dir():
        yield from _walk(path, leave)
    elif path.is_file():
        yield path, ("article", "")
    elif path.exists():
        raise IngestError(path, "is not a regular file (a pipe, device or socket)")
    else:
        raise IngestError(path, "does not exist")


def _walk(folder: Path, leave: Container[str]) -> Iterator[tuple[Path, Verdict]]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)  # as paths sort: by parts
    except OSError:
        yield folder, ("skipped", "unreadable folder")
        return
    for entry in entries:
        path = folder / entry.name
        if leave and os.path.abspath(path) in leave:
            continue
        if entry.name.startswith("."):
            yield path, ("left out", "hidden")  # a hidden folder counts once, unread
        elif entry.is_dir():
            if entry.is_symlink():  # not followed: it may lead anywhere
                yield path, ("skipped", "link to a folder")
            else:
                yield from _walk(path, leave)
        else:
            yield path, _verdict(path, entry)


def _verdict(path: Path, entry: os.DirEntry[str]) -> Verdict:
    if path.stem.lower() in NOT_ARTICLES:
        return "left out", "paperwork"
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return "skipped", path.suffix.lower() or "file without suffix"
    if entry.is_file():
        return "article", ""
    return "skipped", "broken link" if entry.is_symlink() else "special file"


class ArticleFiles:
    """The article files under the paths a reader named, each once, in order.

    Walked twice: once to count them (the progress bar's total) and note what is not read,
    once as the batch reads them; neither walk holds the list, so a folder of 100,000 files
    costs no more memory than one of ten.  A path inside a folder named before it is not
    walked again, unless that walk leaves it out (hidden, paperwork): naming it asks for it.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        self._named: list[tuple[Path, str]] = []
        for path in paths:
            absolute = os.path.abspath(path)
            if not any(_walked_before(absolute, earlier) for _, earlier in self._named):
                self._named.append((path, absolute))
        self._bad: set[Path] = set()

    def survey(self, note: Callable[[Path, Unread, str], None]) -> int:
        """How many articles there are; ``note`` hears of each file not read, and of each
        named path that cannot be walked or holds no article: (path, status, reason)."""
        total = 0
        for path, found in self._walks():
            try:
                articles = 0
                for file, (verdict, why) in found:
                    if verdict == "article":
                        articles += 1
                    else:
                        note(file, verdict, why)
            except IngestError as exc:
                self._bad.add(path)
                note(path, "failed", exc.reason)
                continue
            if not articles:
                note(path, "failed", "is a folder with no .txt, .md or .html articles in it")
            total += articles
        return total

    def __iter__(self) -> Iterator[Path]:
        for path, found in self._walks():
            if path not in self._bad:
                try:
                    yield from (file for file, (verdict, _) in found if verdict == "article")
                except IngestError:  # gone since the survey, which said what it held
                    continue

    def _walks(self) -> Iterator[tuple[Path, Iterator[tuple[Path, Verdict]]]]:
        named: set[str] = set()
        for path, absolute in self._named:
            yield path, walk(path, leave=frozenset(named))
            named.add(absolute)


def _walked_before(absolute: str, earlier: str) -> bool:
    """Whether walking ``earlier`` (a path named before) already takes ``absolute``."""
    if absolute == earlier:
        return True
    if not absolute.startswith(earlier.rstrip(os.sep) + os.sep) or not os.path.isdir(earlier):
        return False
    path = Path(absolute)
    if any(part.startswith(".") for part in path.relative_to(earlier).parts):
        return False
    return path.is_dir() or (
        path.stem.lower() not in NOT_ARTICLES and path.suffix.lower() in ARTICLE_SUFFIXES
    )


def kind_of(path: Path) -> str:
    """The reader a file's suffix calls for, or a refusal that says what to do."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix]
    name = NOT_READ_YET.get(suffix)
    if name is not None:
        raise IngestError(
            path, f"is a {name} file; {name} is not read yet: save it as .txt or .html"
        )
    raise IngestError(path, "is not a .txt, .md or .html file")


def read_file(path: Path) -> RawArticle:
    """Read, decode and parse one article file according to its suffix."""
    return parse_file(path, read_bytes(path))


def parse_file(path: Path, data: bytes) -> RawArticle:
    """Decode and parse the bytes :func:`read_bytes` read from ``path``, by its suffix."""
    kind = kind_of(path)
    text = decode(path, data)
    if not text.strip():
        raise IngestError(path, "is empty")
    try:
        if kind == "html":
            raw = parse_html(text)
        elif kind == "markdown":
            raw = parse_markdown(text)
        else:
            raw = parse_plain(text)
    except Refused as refused:
        raise IngestError(path, refused.reason) from None
    if not raw.text.strip():
        raise IngestError(path, "has a title but no article text")
    if not raw.title:
        raw = replace(raw, title=path.stem.replace("_", " ").replace("-", " "))
    _check_sizes(path, raw, kind)
    return replace(raw, path=str(path))


def _check_sizes(path: Path, raw: RawArticle, kind: str) -> None:
    """Caps on what was read, whatever the file's size: markup, entities or front matter
    must not make a title, a field or the text larger than a reader could mean."""
    title = len(" ".join(raw.title.split()))
    if title > MAX_TITLE_CHARS:
        where = " (a .txt file's first line is its title)" if kind == "text" else ""
        raise IngestError(
            path, f"has a {title:,}-character title; a title may have {MAX_TITLE_CHARS}{where}"
        )
    for name, value in (("source", raw.source), ("url", raw.url)):
        if value is not None and len(value) > MAX_FIELD_CHARS:
            raise IngestError(
                path, f"has a {len(value):,}-character {name}; at most {MAX_FIELD_CHARS:,} are kept"
            )
    if len(raw.text) * 4 > MAX_ARTICLE_BYTES and len(raw.text.encode()) > MAX_ARTICLE_BYTES:
        size = len(raw.text.encode())
        raise IngestError(
            path, f"holds {size:,} bytes of text once read, over the {ARTICLE_LIMIT} limit"
        )


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading if it is over the article size limit."""
    try:
        if path.is_dir():
            raise IngestError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise IngestError(
                path, f"is {size:,} bytes, over the {ARTICLE_LIMIT} limit for one article"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise IngestError(path, "does not exist") from None
    except PermissionError:
        raise IngestError(path, "cannot be read: permission denied") from None
    except OSError as error:
        reason = (error.strerror or "input/output error").lower()
        raise IngestError(path, f"cannot be read: {reason}") from None
    if len(data) > MAX_ARTICLE_BYTES:  # grew while we looked
        raise IngestError(path, f"is over the {ARTICLE_LIMIT} limit for one article")
    if not data.strip():
        raise IngestError(path, "is empty")
    return data


def decode(path: Path, data: bytes) -> str:
    """UTF-8, UTF-16/32 with a byte-order mark, else the likeliest legacy single-byte encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise IngestError(path, "could not be decoded as text") from None
    head = data[:8192]
    if head.startswith(_MAGIC) or b"\x00" in head:
        raise IngestError(path, "is a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(path, data)


def _legacy(path: Path, data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestError(path, "could not be decoded as text")
    text = str(best)
    # charset-normalizer cannot tell Western codepages apart on short text; Windows-1252 is by
    # far the commonest, so a Latin-script guess is read as cp1252 when that decodes cleanly.
    if best.encoding != "cp1252" and _latin_only(text):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return text
    return text


def _latin_only(text: str) -> bool:
    return all(
        unicodedata.name(ch, "").startswith("LATIN")
        for ch in set(text)
        if ord(ch) > 127 and ch.isalpha()
    )
