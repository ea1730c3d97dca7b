"""From a plain-text article to title, dateline, date and clean body text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from personae.store.text import clean_text

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


def parse_plain(raw: str, *, title: str | None = None) -> RawArticle:
    """First non-empty line is the title; a leading "Place, Month D, YYYY -" is the dateline."""
    text = clean_text(drop_leftovers(clean_text(raw)))
    if title is None:
        first, _, rest = text.partition("\n")
        title, text = first.strip(), rest.strip()
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
