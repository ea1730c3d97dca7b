"""From a plain-text article to title, dateline, date and clean body text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from personae.store.text import clean_text, decode_entities


class Refused(ValueError):
    """A file a parser will not take; ``reason`` completes the sentence "<path> ..."."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


#: Lines a scraper leaves behind that are not part of any article (whole lines only).
LEFTOVER_LINES = re.compile(
    r"^(?:top of (?:the )?page|bottom of (?:the )?page|back to top|(?:skip|jump) to (?:main )?content"
    r"|advertisement|sponsored content|(?:share|tweet|email|print|save)(?: this)?(?: article| story| page)?"
    r"|share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)"
    r"|share this (?:article|story|page)(?: on \w+)?|click (?:here )?to share.*"
    r"|(?:facebook|twitter|linkedin|whatsapp|reddit|email)(?:\s*[|·•/]\s*\w+)*"
    r"|(?:we|this (?:web)?site|our site) uses? cookies.*|(?>.*?by continuing to (?:use|browse) ).*cookies.*"
    r"|(?:accept|reject|allow|manage)(?: all)? cookies|cookie (?:settings|policy|preferences)"
    r"|read more|related(?: articles| stories| content)?:?|(?:sign up|subscribe) (?:for|to) .{0,60}"
    r"|follow us on .{0,40}|all rights reserved\.?|(?:©|\(c\)|copyright) .{0,80}"
    r"|loading\.*|comments?(?: \(\d+\))?)$",
    re.IGNORECASE,
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?),\s+(?P<date>(?:{_MONTHS})\.? \d{{1,2}}, \d{{4}})"
    r"\s*[-–—]+\s*"
)
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y", "%Y%m%d")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a reader gives us, before segmentation and extraction."""

    title: str
    text: str
    date: str | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


def drop_leftovers(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not LEFTOVER_LINES.match(line.strip()))


_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NAME = r"[A-Z][\w'’.-]*+"  # possessive: "JANE" is one name, never four to backtrack over
_NAMES = rf"(?:the[ \t]+)?(?!(?:{_MONTHS}|{_DAYS})\b){_NAME}(?:[ \t]+{_NAME}){{0,3}}"
_TAIL_WORDS = (
    "and|of|the|in|at|for|on|de|van|von|da|del|staff|writer|writers|reporter|reporters"
    "|correspondent|editor|contributor|updated|published|posted|am|pm"
)
#: "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE, Reuters | 3 February 2022": a
#: line of capitalised names, then at most a tail of dates, outlets and roles.  No sentence
#: passes: its lower-case words ("By March, Iran had signed ...") are not in the tail.
BYLINE = re.compile(
    rf"(?:By|BY|by):?[ \t]+{_NAMES}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAMES})*"
    rf"(?:[ \t]*[,|·•–—-](?:{_NAME}|\d[\d:./,]*+|(?:{_TAIL_WORDS})\b|[ap]\.m\.|[ \t,|·•–—()/-])*+)?"
)


def drop_byline(text: str) -> str:
    """The body without a byline on its first line: an author is not an actor in the story."""
    first, _, rest = text.partition("\n")
    if len(first) > 120 or not BYLINE.fullmatch(first.strip()):
        return text
    return rest.lstrip("\n")


def parse_plain(raw: str, *, title: str | None = None) -> RawArticle:
    """First non-empty line is the title; a leading "Place, Month D, YYYY -" is the dateline.

    A byline just below the title is dropped, and HTML entities ("AT&amp;T") decoded.
    """
    text = clean_text(drop_leftovers(clean_text(decode_entities(raw))))
    if title is None:
        first, _, rest = text.partition("\n")
        title, text = first.strip(), drop_byline(rest.strip())
    place, when = dateline_of(text)
    return RawArticle(title=title, text=text, date=when, dateline=place)


def dateline_of(text: str) -> tuple[str | None, str | None]:
    match = DATELINE.match(text)
    if not match:
        return None, None
    stamp = match.group("date").replace(".", "")
    try:
        when: date = datetime.strptime(stamp, "%B %d, %Y").date()
    except ValueError:
        return match.group("place"), None
    return match.group("place"), when.isoformat()


def iso_date(value: object) -> str | None:
    """A publication date as "YYYY-MM-DD" from whatever a header holds (ISO stamps, "May 7, 2005")."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    stamp = value.strip()
    match = _ISO_PREFIX.match(stamp)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    stamp = re.sub(r"\s+", " ", stamp.replace(".", ""))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(stamp, fmt).date().isoformat()
        except ValueError:
            continue
    return None
