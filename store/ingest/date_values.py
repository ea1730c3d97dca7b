"""What a matched date expression means: an ISO date at its precision, stated or inferred.

``find_dates`` (in ``dates``) finds where a date is written and which named group matched;
each resolver here turns that group's match into ("2023-10-07", "day", stated).  Relative
expressions ("last Tuesday", "in March", "two years ago") count from the publication date and
the clause's tense, and give nothing without a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from personae.store.ingest.lexicon import MONTHS, WEEKDAYS, words

_MONTH_INDEX: dict[str, int] = {}
for _index, _month in enumerate(MONTHS, start=1):
    _MONTH_INDEX[_month.lower()] = _index
    _MONTH_INDEX[_month[:3].lower()] = _index
_MONTH_INDEX["sept"] = 9
#: Counts written as words: "two years ago", "one year later".
NUMBERS = {
    w: n
    for n, w in enumerate(
        words("zero one two three four five six seven eight nine ten eleven twelve")
    )
}


def parse_iso(value: str | None) -> date | None:
    """The day an ISO string starts with (a publication date), or None if it names none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


DateValue = tuple[str, str, bool] | None


def _day(y: int, m: int, d: int, stated: bool) -> DateValue:
    try:
        return date(y, m, d).isoformat(), "day", stated
    except ValueError:
        return None


def month_number(word: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept.", "Aug")."""
    key = word.rstrip(".").lower()
    return _MONTH_INDEX.get(key) or _MONTH_INDEX[key[:3]]


def _iso(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return _day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]), True)


def _slash(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    a, b, y = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
    month, day = (b, a) if a > 12 else (a, b)  # US order unless the first cannot be a month
    return _day(y, month, day, True)


def _number(day: str) -> int:
    return int(re.sub(r"\D", "", day))


def _mdy(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return _day(int(m["mdy_y"]), month_number(m["mdy_m"]), _number(m["mdy_d"]), True)


def _dmy(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return _day(int(m["dmy_y"]), month_number(m["dmy_m"]), _number(m["dmy_d"]), True)


def _my(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return f"{int(m['my_y']):04d}-{month_number(m['my_m']):02d}", "month", True


def _near_year(pub: date, month: int, day: int | None = None, tense: int = 0) -> int:
    """The year of a month (or a day) named without one, from the clause's tense: the next
    such month or day in the future, the last one in the past; with no tense, the
    publication year unless that is well ahead."""
    year = pub.year
    named = date(year, month, min(day or 1, 28))
    here = pub if day else pub.replace(day=1)
    if tense > 0:
        return year + 1 if named < here else year
    if tense < 0:
        return year - 1 if named > here else year
    return year - 1 if named > pub + timedelta(days=60) else year


def _md(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None:
        return None
    month, day = month_number(m["md_m"]), _number(m["md_d"])
    return _day(_near_year(pub, month, day, tense), month, day, False)


def _month_of_year(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None:
        return None
    step = {"last": -1, "next": 1}.get(m["mr_w"], 0)
    return f"{pub.year + step:04d}-{month_number(m['mr_m']):02d}", "month", False


def _between(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    a, b = int(m["bt_a"]), int(m["bt_b"])
    return (f"{a}/{b}", "range", True) if a < b else None


def _span(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    a, raw = int(m["sp_a"]), m["sp_b"]
    b = int(raw) if len(raw) == 4 else a // 100 * 100 + int(raw)
    return (f"{a}/{b}", "range", True) if a < b <= a + 50 else None


def _decade(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return f"{m['dec']}s", "decade", True


def _in_month(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return in_month_of(m.group(0).split()[0], month_number(m["im_m"]), pub, tense)


def in_month_of(lead: str, month: int, pub: date | None, tense: int) -> DateValue:
    """A month named without a year after ``lead`` ("in", "next", "since"...)."""
    if pub is None:
        return None
    lead = lead.lower()
    if lead == "since":
        tense = -1
    year = _near_year(pub, month, None, tense)
    if lead == "next" and month <= pub.month:
        year = pub.year + 1
    elif lead == "last" and month >= pub.month:
        year = pub.year - 1
    return f"{year:04d}-{month:02d}", "month", False


def _year(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    return m["yr"], "year", True


def _ago(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None or m["ago_n"] == "several":
        return None
    raw = m["ago_n"].lower()
    n = 1 if raw in ("a", "an") else NUMBERS.get(raw) or int(raw)
    unit = m["ago_u"].rstrip("s")
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day", False
    if unit == "week":
        return (pub - timedelta(weeks=n)).isoformat(), "day", False
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", False
    if unit == "decade":
        return f"{(pub.year - 10 * n) // 10 * 10}s", "decade", False
    return f"{pub.year - n:04d}", "year", False


def _relative_unit(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None:
        return None
    step = {"last": -1, "past": -1, "next": 1}.get(m["ru_w"].lower(), 0)
    unit = m["ru_u"].lower()
    if unit == "year":
        return f"{pub.year + step:04d}", "year", False
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", False
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "range", False


def _day_word(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None:
        return None
    word = m["dw"].lower()
    shift = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0
    return (pub + timedelta(days=shift)).isoformat(), "day", False


def _weekday(m: re.Match[str], pub: date | None, tense: int) -> DateValue:
    if pub is None:
        return None
    target = WEEKDAYS.index(m["wd"])
    lead = (m["wd_w"] or "").lower()
    if lead in ("next", "coming", "this coming"):
        days = (target - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=days)).isoformat(), "day", False
    if lead not in ("last", "since") and tense > 0:
        days = (target - pub.weekday()) % 7
        return (pub + timedelta(days=days)).isoformat(), "day", False
    back = (pub.weekday() - target) % 7
    if lead == "last" and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat(), "day", False


RESOLVERS: dict[str, Callable[[re.Match[str], date | None, int], DateValue]] = {
    "iso": _iso,
    "slash": _slash,
    "mdy": _mdy,
    "dmy": _dmy,
    "my": _my,
    "md": _md,
    "between": _between,
    "span": _span,
    "decade": _decade,
    "m_rel": _month_of_year,
    "in_month": _in_month,
    "year": _year,
    "ago": _ago,
    "rel_unit": _relative_unit,
    "day_word": _day_word,
    "weekday": _weekday,
}
