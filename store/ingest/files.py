"""Finding article files and turning any one of them into a RawArticle, or a clear refusal.

A reader points personae at whatever is on their disk: every way a file can fail becomes an
`IngestError` whose reason is one plain sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from personae.store.ingest.formats import parse_html, parse_markdown
from personae.store.ingest.read import RawArticle, parse_plain

#: One article larger than this is refused before it is read (a book or a dump, not news).
MAX_ARTICLE_BYTES = 20_000_000

ARTICLE_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
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


def _is_article_in_folder(folder: Path, path: Path) -> bool:
    """Hidden files and folders (``.git``, ``.github``) and paperwork are not articles."""
    parts = path.relative_to(folder).parts
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in parts)
        and path.stem.lower() not in NOT_ARTICLES
        and path.is_file()
    )


def iter_article_files(paths: Iterable[Path | str]) -> list[Path]:
    """Article files named or found (recursively) under the given paths, sorted, no repeats."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = [p for p in path.rglob("*") if _is_article_in_folder(path, p)]
            if not inside:
                raise IngestError(path, "is a folder with no .txt, .md or .html articles in it")
            found.update(inside)
        elif path.is_file():
            found.add(path)
        else:
            raise IngestError(path, "does not exist")
    return sorted(found)


def read_file(path: Path) -> RawArticle:
    """Read, decode and parse one article file according to its suffix."""
    return parse_file(path, read_bytes(path))


def parse_file(path: Path, data: bytes) -> RawArticle:
    """Decode and parse the bytes :func:`read_bytes` read from ``path``, by its suffix."""
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise IngestError(path, "is not a .txt, .md or .html file")
    text = decode(path, data)
    if not text.strip():
        raise IngestError(path, "is empty")
    if kind == "html":
        raw = parse_html(text)
    elif kind == "markdown":
        raw = parse_markdown(text)
    else:
        raw = parse_plain(text)
    if not raw.text.strip():
        raise IngestError(path, "has a title but no article text")
    if not raw.title:
        raw = replace(raw, title=path.stem.replace("_", " ").replace("-", " "))
    return replace(raw, path=str(path))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading if it is over the article size limit."""
    try:
        if path.is_dir():
            raise IngestError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise IngestError(
                path,
                f"is {size / 1e6:.0f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit"
                " for one article",
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
        raise IngestError(path, f"is over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit")
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
