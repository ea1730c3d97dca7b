"""Making article text safe to keep and show, and cutting it into passages and sentences.

Article text comes from anywhere: it is cleaned once, at ingest, so that nothing later
(the store, export, the screen) ever sees a terminal control or a bidi override.
"""

from __future__ import annotations

import html
import re
import unicodedata

from personae.store.model import Span

# C0 controls but \t and \n, DEL, and C1 controls: a terminal would act on any of them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# An ESC-introduced sequence (CSI, a string sequence up to its terminator, or a two-byte
# escape): dropped whole, so that "ESC[31m" leaves no "[31m" and "ESC P 1$qm ESC \\" no
# "1$qm" behind.  The string sequences (OSC, DCS, SOS, PM, APC, and their 8-bit forms) are
# dropped only with their terminator and within one line: an unterminated one (or a stray
# C1 byte, common in mojibake) loses just its introducer to _CONTROLS below instead of
# swallowing the rest of the article.  Their body stops at any other ESC or 8-bit
# introducer, so a million unterminated introducers are one scan, not a million.
_STRING_BODY = r"[^\x07\x1b\x90\x98\x9c-\x9f\n]*(?:\x07|\x1b\\|\x9c)"  # ... BEL | ST
_ESCAPES = re.compile(
    rf"(?:\x1b[]PX^_]|[\x90\x98\x9d\x9e\x9f]){_STRING_BODY}"  # OSC DCS SOS PM APC
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
)
# Bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM) can reorder what a reader
# sees; zero-width characters hide inside names.  Both are removed (ZWJ is kept: emoji need it).
_INVISIBLE = re.compile("[\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2060\ufeff]")
# Runs of spaces, and any other horizontal space: a lone " " (most of them) is left alone.
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
# What _SPACES rewrites besides runs of " ": without any, and without "  ", it finds nothing
# (a class without " " lets ``re`` skip through the text instead of stopping at every space).
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# After spaces are collapsed, at most one space sits at either side of a line end.
_LINE_EDGES = re.compile(r" ?\n ?")


def clean_text(text: str) -> str:
    """Neutralise controls and invisible characters; normalise whitespace and line ends.

    Each pass runs only when the text holds what it rewrites (a cheap test), so already clean
    text, the second pass at ingest, costs a few scans instead of seven substitutions.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROLS.search(text) is not None:  # every escape sequence starts with a control
        text = _ESCAPES.sub("", text)
        text = _CONTROLS.sub("", text)
    if not text.isascii():  # invisible characters and NFC concern non-ASCII text only
        text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
        if "  " in text or _ODD_SPACES.search(text) is not None:
            text = _SPACES.sub(" ", text)
    elif "  " in text or "\t" in text:  # in ASCII, _SPACES finds only these
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    while "\n\n\n" in text:  # each pass shortens every run of 3 or more: a run of k
        text = text.replace("\n\n\n", "\n\n")  # becomes one of 2, as \n{3,} -> \n\n would
    return text.strip()  # (a string replace, where ``re`` stops at every line end: 2.5x faster)


# Only what is plainly an entity, semicolon and all: "&para" in "&parameter" is a word.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """HTML character references left in Markdown or plain text ("AT&amp;T" is "AT&T").

    Run before :func:`clean_text`: "&#27;" may name a control, which cleaning then removes.
    """
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


#: Everything a terminal might act on or that hides or reorders text: C0 (but \n and \t),
#: DEL, C1, bidi marks, embeddings, overrides and isolates, zero-width characters.
UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


#: The UTF-8 of each character UNPRINTABLE matches but C0 (which JSON writers escape
#: themselves): DEL, C1, the Arabic letter mark, zero-width and bidi marks, the byte-order mark.
UNPRINTABLE_UTF8 = re.compile(
    rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa0-\xa9]|\xef\xbb\xbf"
)

_UNPRINTABLE_IN_A_LINE = re.compile(f"[\n\t]|{UNPRINTABLE.pattern}")


def escape_controls(value: object) -> str:
    """A file name or message for one terminal line: every control (line breaks too) shown
    as its escape (``\x1b``), so a reader can still tell exactly which file it was."""
    return _UNPRINTABLE_IN_A_LINE.sub(lambda m: ascii(m.group())[1:-1], str(value))


def passages_of(text: str) -> tuple[Span, ...]:
    """Paragraphs: runs of text separated by blank lines (a single newline stays inside)."""
    spans = []
    size = len(text)
    start = 0
    while start < size:
        if text[start] == "\n":
            start += 1
            continue
        end = text.find("\n\n", start)
        if end < 0:
            end = size
        spans.append(Span(start, end))
        start = end
    return tuple(spans)


# Words whose trailing period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "rev",
        "hon",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vs",
        "v",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "dept",
        "est",
        "approx",
        "fig",
        "al",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "u.s.s.r",
        "d.c",
        "mt",
        "ft",
    ]
)

# Read only from where a run of [.!?] begins (the look-behind): from inside a run it could only
# fail again, after reading to the run's end, quadratic on a line of 100,000 "!".  The first
# character comes before the look-behind so that ``re`` still skips ahead to [.!?].
_SENTENCE_END = re.compile(r"[.!?](?<![.!?]{2})[.!?]*[\"'”’)\]]*(?=\s|$)")


def sentences_of(text: str, passages: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentences inside each passage; abbreviations ("U.S.", "Dr.", "No. 10") do not split."""
    spans: list[Span] = []
    for passage in passages if passages is not None else passages_of(text):
        start = passage.start
        for match in _SENTENCE_END.finditer(text, passage.start, passage.end):
            end = match.end()
            if _is_abbreviation(text, match.start(), end) or not _starts_sentence(
                text, end, passage.end
            ):
                continue
            _add(spans, text, start, end)
            start = end
        _add(spans, text, start, passage.end)
    return tuple(spans)


_LAST_WORD = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int, end: int) -> bool:
    if text[dot] != "." or (end - dot > 1 and text[dot + 1] != '"'):
        return False
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not word:
        return False
    token = word.group(1).lower()
    # A lone capital ("J. Smith") is an initial, not an end; so are two or three of them
    # ("B.J. Habibie", "P.W. Botha"), as a state's or body's initials are ("U.S.").
    return token in ABBREVIATIONS or _INITIALS.fullmatch(word.group(1)) is not None


#: One to three capitals, each but the last followed by a dot: "J", "B.J", "F.W".
_INITIALS = re.compile(r"(?:[A-Z]\.){0,2}[A-Z]")


_VISIBLE = re.compile(r"\S")


def _starts_sentence(text: str, end: int, limit: int) -> bool:
    """A sentence ends only before something that can begin one."""
    first = _VISIBLE.search(text, end, limit)  # not a slice to the passage end: in a paragraph
    return first is None or not first.group().islower()  # of 10,000 sentences it was quadratic


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
