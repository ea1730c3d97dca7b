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


#: "By continuing to use this site you accept cookies": the one leftover read through its line
#: (lazily, at every line start), so the search for leftovers leaves it out unless its words
#: are there.
_COOKIE_NOTICE = r"(?>.*?by continuing to (?:use|browse) ).*cookies.*"
_COOKIE_WORDS = "by continuing to "
#: Lines a scraper leaves behind that are not part of any article (whole lines only).
_LEFTOVERS = (
    r"top of (?:the )?page|bottom of (?:the )?page|back to top|(?:skip|jump) to (?:main )?content"
    r"|advertisement|sponsored content|(?:share|tweet|email|print|save)(?: this)?(?: article| story| page)?"
    r"|share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)"
    r"|share this (?:article|story|page)(?: on \w+)?|click (?:here )?to share.*"
    r"|(?:facebook|twitter|linkedin|whatsapp|reddit|email)(?:\s*[|·•/]\s*\w+)*"
    r"|(?:we|this (?:web)?site|our site) uses? cookies.*|"
    + _COOKIE_NOTICE
    + r"|(?:accept|reject|allow|manage)(?: all)? cookies|cookie (?:settings|policy|preferences)"
    r"|read more|related(?: articles| stories| content)?:?|(?:sign up|subscribe) (?:for|to) .{0,60}"
    r"|follow us on .{0,40}|all rights reserved\.?|(?:©|\(c\)|copyright) .{0,80}"
    r"|loading\.*|comments?(?: \(\d+\))?"
)
LEFTOVER_LINES = re.compile(rf"^(?:{_LEFTOVERS})$", re.IGNORECASE)
#: Where a leftover line may start, searched in the whole text at once: a line break, spaces,
#: then what opens a leftover (``\s`` kept inside the line).  Every line LEFTOVER_LINES takes
#: is found, so an article without one is not read line by line.
_LEFTOVER_OPENING = re.compile(
    r"\n[^\S\n]*(?:" + _LEFTOVERS.replace(r"\s", r"[^\S\n]") + ")", re.IGNORECASE
)
#: The same for ASCII text lower-cased (its letters are all lower case), then without the
#: cookie notice, for text without its words: seven times faster than the search above.
_LEFTOVER_OPENING_LOWER = re.compile(_LEFTOVER_OPENING.pattern)
_QUICK_OPENING_LOWER = re.compile(_LEFTOVER_OPENING.pattern.replace("|" + _COOKIE_NOTICE, ""))

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTHS}|{_MON})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w.'’ /-]{1,40}?"  # "MOSCOW/LONDON": filed from two places
#: A dateline: a place (with its region or country), then a date, a news agency in
#: brackets, or both, then a dash: "Los Angeles, October 28, 2023 -", "Nairobi, 14 November
#: 2024 -", "LONDON (Reuters) -", "WASHINGTON, Oct. 28 (AP) —", "Paris, 28/10/2023 -".
#: A place in capitals may stand alone before the dash ("NEW YORK —").
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:, {_PLACE})??)"
    r"(?:,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<mdy>{_MONTH} {_DAY}(?:, \d{{4}})?)|(?P<dmy>{_DAY} {_MONTH}(?:,? \d{{4}})?)"
    r"|(?P<iso>\d{4}-\d\d-\d\d)|(?P<num>\d\d?[/.]\d\d?[/.]\d{4})))?"
    r"(?P<agency>\s*\([A-Z][\w&.'’ -]{0,30}\))?"
    r"(?:\s*[–—]+\s*|\s*-+\s+|\s+-+\s*|(?P<colon>:\s+))"
)
#: A dateline whose date follows the dash: "Muscat, Oman — Friday, May 26, 2023:".
_DATE_AFTER_DASH = re.compile(
    rf"^(?P<place>{_PLACE}(?:, {_PLACE})??)\s*[–—]+\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<mdy>{_MONTH} {_DAY}, \d{{4}})|(?P<dmy>{_DAY} {_MONTH},? \d{{4}}))"
    r"(?P<iso>(?!))?(?P<num>(?!))?(?P<agency>\s*\([A-Za-z][\w&.'’ -]{0,30}\))?"
    r"(?:\s*[–—]+\s*|\s*-+\s+|(?P<colon>:\s+))"
)
_DATELINE_MONTHS = {m[:3].lower(): n for n, m in enumerate(_MONTHS.split("|"), start=1)}


#: The years a publication date can have: a system's empty date ("0001-01-01") or a mistyped
#: year ("20233") dates no article, and would put its relative dates off the calendar.
_PUBLISHED_YEARS = range(1000, 3000)


def _published(day: date) -> str | None:
    """``day`` as "YYYY-MM-DD" if an article can have been published on it, else None."""
    return day.isoformat() if day.year in _PUBLISHED_YEARS else None


def dateline_date(match: re.Match[str]) -> str | None:
    """The dateline's date as "YYYY-MM-DD", when it has a year and says it unambiguously:
    28/10/2023 is day-first, 10/28/2023 month-first, and 03/04/2023 could be either."""
    try:
        if match["iso"]:
            return _published(date.fromisoformat(match["iso"]))
        if match["num"]:
            a, b, year = (int(part) for part in re.split(r"[/.]", match["num"]))
            if a != b and a <= 12 and b <= 12:
                return None
            month, day = (b, a) if a > 12 or a == b else (a, b)
            return _published(date(year, month, day))
        tokens = re.findall(r"[A-Za-z]{3,}|\d+", match["mdy"] or match["dmy"] or "")
        numbers = [int(token) for token in tokens if token.isdigit()]
        months = [
            _DATELINE_MONTHS[t[:3].lower()] for t in tokens if t[:3].lower() in _DATELINE_MONTHS
        ]
        if len(numbers) != 2 or not months:  # no year: the article's own date must say
            return None
        return _published(date(numbers[1], months[0], numbers[0]))
    except ValueError:
        return None


def _is_dateline(match: re.Match[str]) -> bool:
    """A place with a date or an agency; a bare place only in capitals ("NEW YORK -",
    "NAIROBI, Kenya -"), as it must be before a colon ("LYON:", "GAZA CITY, Palestinian
    Territories:"), where a heading ("Summary:") would otherwise pass for one."""
    head = match["place"].split(",")[0]
    in_capitals = head.isupper() and sum(c.isalpha() for c in head) >= 3
    if match["colon"]:
        return in_capitals
    if match["mdy"] or match["dmy"] or match["iso"] or match["num"] or match["agency"]:
        return True
    return in_capitals


#: The last characters of a DATELINE match but its spaces: a dash or the colon.
_DATELINE_ENDS = ("-", "–", "—", ":")


def bare_lead(lead: str) -> bool:
    """Whether ``lead`` (the words before a piece's first actor) is nothing, or "The ", but a
    dateline opening it (``DATELINE.sub("", lead, count=1) in ("", "The ")``).  A lead that
    ends with neither "The " nor a dateline's dash or colon is none: most are, and need no
    dateline looked for."""
    if not lead.endswith("The ") and lead.rstrip()[-1:] not in _DATELINE_ENDS:
        return lead == ""
    return DATELINE.sub("", lead, count=1) in ("", "The ")


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text``, if any."""
    match = DATELINE.match(text)
    if match is not None and _is_dateline(match) and dateline_date(match) is not None:
        return match
    # "BANGKOK — Friday, May 15, 2015 (dpa):": the date after the dash makes it one
    return _DATE_AFTER_DASH.match(text) or (
        match if match is not None and _is_dateline(match) else None
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
    """``text`` without its leftover lines; ``text`` itself when it has none."""
    if text.isascii():  # lower-casing ASCII moves no offset, and no match is won or lost
        lowered = "\n" + text.lower()
        quick = _COOKIE_WORDS not in lowered
        if (_QUICK_OPENING_LOWER if quick else _LEFTOVER_OPENING_LOWER).search(lowered) is None:
            return text
    elif _LEFTOVER_OPENING.search("\n" + text) is None:
        return text
    return "\n".join(line for line in text.split("\n") if not LEFTOVER_LINES.match(line.strip()))


def clean_body(text: str) -> str:
    """Cleaned, without leftover lines; cleaned again only if a line went (cleaning twice
    gives what cleaning once gave)."""
    cleaned = clean_text(text)
    kept = drop_leftovers(cleaned)
    return cleaned if kept is cleaned else clean_text(kept)


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


#: A wire story's closing credit: "(Reporting by Helsinki bureau; Editing by Gwladys Fouche)".
_CREDIT_LINE = re.compile(
    r"\n+[ \t]*\((?:[Aa]dditional )?(?:Reporting|Writing|Editing|Compiled|Research)[ \t]+by\b"
    r"[^()\n]{0,300}\)[ \t]*$"
)


def drop_byline(text: str) -> str:
    """The body without a byline on its first line or a wire credit on its last: an author is
    not an actor in the story, nor is the bureau that filed it."""
    credit = _CREDIT_LINE.search(text)
    if credit is not None:
        text = text[: credit.start()]
    first, _, rest = text.partition("\n")
    if len(first) > 120 or not BYLINE.fullmatch(first.strip()):
        return text
    return rest.lstrip("\n")


def parse_plain(raw: str, *, title: str | None = None) -> RawArticle:
    """First non-empty line is the title; a leading "Place, Month D, YYYY -" is the dateline.

    A byline just below the title is dropped, and HTML entities ("AT&amp;T") decoded.
    """
    text = clean_body(decode_entities(raw))
    if title is None:
        first, _, rest = text.partition("\n")
        title, text = first.strip(), drop_byline(rest.strip())
    place, when = dateline_of(text)
    return RawArticle(title=title, text=text, date=when, dateline=place)


def dateline_of(text: str) -> tuple[str | None, str | None]:
    """The place (title-cased when written in capitals) and date of a leading dateline."""
    match = match_dateline(text)
    if match is None:
        return None, None
    place = ", ".join(
        part.title() if part.isupper() else part for part in match["place"].strip().split(", ")
    )
    return place, dateline_date(match)


def iso_date(value: object) -> str | None:
    """A publication date as "YYYY-MM-DD" from whatever a header holds (ISO stamps, "May 7, 2005")."""
    if isinstance(value, datetime):
        return _published(value.date())
    if isinstance(value, date):
        return _published(value)
    if not isinstance(value, str):
        return None
    stamp = value.strip()
    match = _ISO_PREFIX.match(stamp)
    if match:
        try:
            return _published(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return None
    stamp = re.sub(r"\s+", " ", stamp.replace(".", ""))
    for fmt in _DATE_FORMATS:
        try:
            return _published(datetime.strptime(stamp, fmt).date())
        except ValueError:
            continue
    return None
