"""Dates in an article: written (stated) or computed from the publication date (inferred).

One compiled alternation finds every date expression in a sentence; each named group has its
resolver in ``date_values``, which turns the match into an ISO date at its precision ("2008",
"2023-10", "2023-10-07", "1990s", "2009/2012").  Here is where a date is written, the tense
of its clause and whether it only describes a noun.  Relative expressions need the
publication date and are skipped without one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from personae.store.ingest.date_values import NUMBERS, RESOLVERS, in_month_of, month_number
from personae.store.ingest.lexicon import MONTHS, WEEKDAYS, words
from personae.store.ingest.scan import ascii_words, by_first_character, groups_by_opening

_MON = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH = r"(?:" + "|".join(MONTHS) + "|" + _MON + r")"
_COUNT = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
#: Words a number after which is a name's, no year: "Resolution 1701", "Flight 1549".
_NUMBERED = "".join(
    rf"(?<!{word} )"
    for word in ("Resolution", "resolution", r"No\.", "Flight", "flight", "Article", "Route",
                 "Highway", "Room", "Section", "Bill", "Act", "Decree", "Order", "Unit")
)  # fmt: skip
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_PATTERNS = {
    "iso": rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01])\b",
    "slash": rf"\b(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>{_YEAR})\b",
    "mdy": rf"\b(?P<mdy_m>{MONTH}) (?P<mdy_d>{_DAY}),? (?P<mdy_y>{_YEAR})\b",
    "dmy": rf"\b(?P<dmy_d>{_DAY}) (?P<dmy_m>{MONTH}),? (?P<dmy_y>{_YEAR})\b",
    "my": rf"\b(?P<my_m>{MONTH}),? (?:of )?(?P<my_y>{_YEAR})\b",
    "m_rel": rf"\b(?:(?i:in|since|until|by|during) )?(?P<mr_m>{MONTH}) of (?P<mr_w>this|last|next) year\b",
    "md": rf"\b(?P<md_m>{MONTH}) (?P<md_d>{_DAY})\b(?!,? \d)",
    "between": rf"\b(?:[Bb]etween|[Ff]rom) (?P<bt_a>{_YEAR}) (?:and|to|until|through) (?P<bt_b>{_YEAR})\b",
    "span": rf"\b(?P<sp_a>{_YEAR}) ?[-–/] ?(?P<sp_b>{_YEAR}|\d\d)\b(?![-–/]\d)",
    "decade": r"\b(?:the )?(?:early |mid-|late )?(?P<dec>1[5-9]\d0|20[0-9]0)['’]?s\b",
    "in_month": r"\b(?i:in|since|until|by|during|last|this|next|early|mid-|late) (?:early |mid-|late )?"
    r"(?P<im_m>" + "|".join(MONTHS) + r")\b(?!,? \d)",
    "year": rf"(?<![\d$£€.,-]){_NUMBERED}\b(?P<yr>{_YEAR})\b(?![-–/]?\d|%| percent|,\d)",
    "ago": rf"(?i:\b(?P<ago_n>{_COUNT}) (?P<ago_u>days?|weeks?|months?|years?|decades?) ago\b)",
    "rel_unit": r"(?i:\b(?P<ru_w>last|this|next|earlier this|later this|past) (?P<ru_u>week|month|year)\b)",
    "day_word": r"(?i:\b(?P<dw>yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b(?!['’]s))",
    "weekday": r"\b(?:(?P<wd_w>[Oo]n|[Ll]ast|[Tt]his(?: coming)?|[Cc]oming|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil) )?(?P<wd>"
    + "|".join(WEEKDAYS)
    + r")\b(?: (?:morning|afternoon|evening|night)\b)?",
}
DATE_EXPRESSION = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _PATTERNS.items()))
#: DATE_EXPRESSION for a text at a given character: only the expressions that open with it.
_DATE_BY_OPENING = groups_by_opening(_PATTERNS, "{}")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text: where, what it means, how sure.

    ``modifies_noun`` marks a date that only describes a thing ("the 1991 agreement", "this
    year's conference"): it says when that thing was, not when the sentence's event happened.
    """

    start: int
    end: int
    date: str
    precision: str
    stated: bool
    modifies_noun: bool = False


#: Words that make a following year part of a noun phrase: "the 1991 agreement", "its 2010
#: conference".  After "in", "during", "since"... the phrase still dates the clause's verb
#: ("in the 2008 election"), so the word before the determiner counts too.
_DETERMINERS = frozenset(words("the a an its his her their our this that these those"))
_TEMPORAL_PREPOSITIONS = frozenset(words("in during since after before until by at through"))
_YEAR_LIKE = frozenset(("year", "span", "my"))
#: The kinds of expression that may describe a noun rather than date the clause.
_NOMINAL = _YEAR_LIKE | {"rel_unit"}
#: Where the tense of a clause shows: the future ("will", "is to", "set to", "scheduled",
#: "plans to", "this coming", "starting") points a bare weekday or month forward, the past
#: back.
_TENSE = re.compile(
    r"\b(?P<future>(?:will|would|shall|(?:is|are|am) (?:\w+ )?to|set to|due to|plans? to|expected to"
    r"|going to|intends? to|(?<=\w['’])ll)(?: not)?(?: (?:be|have) (?:\w+ly )?\w+)?"
    r"|scheduled|slated|planned|planning|upcoming|coming|next|due"
    r"|starting|beginning|effective)\b"  # "a truce starting on Saturday": from then on
    r"|\b(?P<past>was|were|had|has|have|did|said|told|met|began|held|took|gave|made|went|came"
    r"|left|won|lost|saw|spoke|wrote|sent|brought|fought|led|ran|sold|bought|last|ago|[a-z]{2,}ed)\b"
)
_TENSE_REACH = 80  # characters either side of a date where its clause's verb is looked for
_DIRECTED = frozenset(("weekday", "md", "in_month"))


#: Words one of which every date expression contains (digits, month and weekday names,
#: relative words); the full pattern is tried only at and just before them.
_ANCHOR_WORDS = words(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun"
    " Yesterday yesterday Today today Tomorrow tomorrow Tonight tonight"
)
_ANCHOR_TAIL = r"ago\b|week|month|year|morning|afternoon|evening"
#: A number is an anchor only where a date can start with it: a year (1500-2099), or a day
#: or count before "/", a capitalised word ("14 November") or "... ago" ("3 days ago");
#: "3 billion", "$399" or "28%" cost nothing more.
_NUMBER_TAIL = r"(?:st|nd|rd|th)?(?=/| [A-Z]| [a-z]+ ago\b)"
_WORD_ANCHORS = [*_ANCHOR_WORDS, *_ANCHOR_TAIL.split("|")]
_NUMBER_ANCHORS = rf"(?:1[5-9]|20)\d\d(?!\d)|\d\d?(?!\d){_NUMBER_TAIL}"
_ANCHOR = re.compile(f"{_NUMBER_ANCHORS}|{by_first_character(_WORD_ANCHORS)}")
#: The same anchors for text whose digits are all ASCII (``ascii_words``), where ``\d`` is
#: [0-9]: every alternative starts with a literal, so ``re`` skips ahead to the characters
#: that can begin one (twice as fast; six times, with the capitalised words alone).
_ASCII_NUMBER_ANCHORS = [
    r"1[5-9][0-9][0-9](?![0-9])",
    r"20[0-9][0-9](?![0-9])",
    *(rf"{digit}[0-9]?(?![0-9]){_NUMBER_TAIL}" for digit in "0123456789"),
]
_ASCII_ANCHOR = re.compile(by_first_character([*_ASCII_NUMBER_ANCHORS, *_WORD_ANCHORS]))
#: The anchors that open with a lower-case letter ("year", "today", "ago"), as plain strings,
#: each with whether a word must end after it.  "e", "t" and "a", the commonest letters, open
#: them: ``re`` would try them at a third of an article's characters; a string search for
#: each, merged with the other anchors as ``finditer`` would merge them, costs half as much.
_LOWER_ANCHORS = tuple(
    (word.removesuffix(r"\b"), word.endswith(r"\b")) for word in _WORD_ANCHORS if word[0].islower()
)
#: The other anchors (numbers, capitalised words): they open with characters rare in text.
_UPPER_WORDS = [word for word in _WORD_ANCHORS if not word[0].islower()]
_UPPER_ANCHOR = re.compile(f"{_NUMBER_ANCHORS}|{by_first_character(_UPPER_WORDS)}")
_ASCII_UPPER_ANCHOR = re.compile(by_first_character([*_ASCII_NUMBER_ANCHORS, *_UPPER_WORDS]))


def anchor_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``_ANCHOR.finditer(text)`` gives.

    No lower-case anchor holds a digit or a capital, so none of the others starts inside
    one: the two kinds are found apart, then kept left to right, each starting after the end
    of the last kept, as ``finditer`` keeps them.
    """
    pattern = _ASCII_UPPER_ANCHOR if ascii_words(text) else _UPPER_ANCHOR
    spans = [m.span() for m in pattern.finditer(text)]
    found = len(spans)
    size = len(text)
    for word, bounded in _LOWER_ANCHORS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not bounded or end == size or not (text[end].isalnum() or text[end] == "_"):
                spans.append((at, end))
            at = text.find(word, at + 1)
    if len(spans) == found:
        return spans
    spans.sort()
    kept = []
    last = 0
    for start, end in spans:
        if start >= last:
            kept.append((start, end))
            last = end
    return kept


#: Words that may open an expression before its anchor ("two weeks ago", "Between 2009",
#: "in early March", "this coming Friday"): only these are tried in the few characters
#: before an anchor, so ordinary words cost no attempt.
_LEAD_WORD = re.compile(
    r"\b(?i:between|from|the|early|mid|late|in|since|until|by|during|last|this|next|earlier"
    r"|later|past|on|coming|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|several)\b"
)
#: Before a number, only a range or a decade can start earlier: "Between 2009", "the late 1980s".
_NUMBER_LEAD_WORD = re.compile(r"\b(?i:between|from|the|early|mid|late)\b")
_LOOK_BACK = 25  # characters before an anchor where an expression may start


def find_dates(
    text: str,
    start: int,
    end: int,
    published: date | None,
    anchors: Iterable[int] | None = None,
) -> list[DateMention]:
    """Date expressions between ``start`` and ``end`` of ``text``, in reading order.

    ``anchors``, when given, are the starts of those ``ArticleAnchors.within`` found there.
    """
    found: list[DateMention] = []
    pos = start
    if anchors is None:
        pattern = _ASCII_ANCHOR if ascii_words(text) else _ANCHOR
        anchors = (anchor.start() for anchor in pattern.finditer(text, start, end))
    for here in anchors:
        if here < pos:
            continue
        window = max(pos, here - _LOOK_BACK)
        leads = _NUMBER_LEAD_WORD if text[here].isdigit() else _LEAD_WORD
        offsets = [m.start() for m in leads.finditer(text, window, here)]
        offsets.append(here)
        for offset in offsets:
            match = _DATE_BY_OPENING.get(text[offset], DATE_EXPRESSION).match(text, offset, end)
            if match is None:
                continue
            pos = match.end()
            kind = match.lastgroup or ""
            handler = RESOLVERS.get(kind)
            if handler is None or (published is None and kind in _DIRECTED):
                break
            tense = _tense(text, match.start(), match.end(), start, end) if kind in _DIRECTED else 0
            value = handler(match, published, tense)
            if value is not None:
                iso, precision, stated = value
                nominal = kind in _NOMINAL and _modifies_noun(text, match, kind, start)
                found.append(
                    DateMention(match.start(), match.end(), iso, precision, stated, nominal)
                )
                if kind == "in_month":
                    pos = _more_months(text, match, published, tense, end, found)
            break
    return found


class ArticleAnchors:
    """The anchors of a whole article, found in one pass and handed to each sentence.

    A sentence's own scan, bounded at its ends, finds exactly the article's anchors inside it
    when no anchor of the article runs across its start and its last character is neither a
    letter, a digit nor a space: no anchor, and no look-ahead of one, reads past such a
    character.  A sentence that does not end so (a heading, a dateline's cut) scans itself.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        spans = anchor_spans(text)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def within(self, start: int, end: int) -> list[int] | None:
        """Where the anchors between ``start`` and ``end`` start; None if the sentence must
        scan itself."""
        text = self._text
        if end < len(text) and (text[end - 1].isalnum() or text[end - 1].isspace()):
            return None
        lo = bisect.bisect_left(self._starts, start)
        if lo and self._ends[lo - 1] > start:
            return None
        return self._starts[lo : bisect.bisect_left(self._starts, end, lo)]


#: Months coordinated after "in March": "in March and June", "in May, June or July".
_AND_MONTH = re.compile(r"(?:,? (?:and|or) |, )(?P<im_m>" + "|".join(MONTHS) + r")\b(?!,? \d)")


def _more_months(
    text: str,
    match: re.Match[str],
    published: date | None,
    tense: int,
    end: int,
    found: list[DateMention],
) -> int:
    """Add the months coordinated with ``match``'s, each read as the first; return where
    reading goes on."""
    pos = match.end()
    lead = match.group(0).split()[0]
    while (more := _AND_MONTH.match(text, pos, end)) is not None:
        value = in_month_of(lead, month_number(more["im_m"]), published, tense)
        if value is not None:
            found.append(DateMention(more.start("im_m"), more.end(), *value))
        pos = more.end()
    return pos


def _tense(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """1 if the verb nearest the date speaks of the future, -1 of the past, 0 if none is near.

    A verb before the date in its own clause decides ("which began on Monday, will resume");
    else the nearest, before or after ("On Monday, the ministers will meet")."""
    before = None
    for match in _TENSE.finditer(text, max(lo, start - _TENSE_REACH), start):
        before = match
    clause = max(text.rfind(",", lo, start), text.rfind(";", lo, start))
    if before is not None and before.start() > clause:
        return -1 if before["past"] else 1
    after = _TENSE.search(text, end, min(hi, end + _TENSE_REACH))
    if before is None and after is None:
        return 0
    if after is None or (before is not None and start - before.end() <= after.start() - end):
        nearest = before
    else:
        nearest = after
    return 1 if nearest is not None and nearest["past"] is None else -1


def _modifies_noun(text: str, match: re.Match[str], kind: str, lo: int) -> bool:
    """A year after a determiner or a possessive ("the 1991 agreement", "Apple's 2010
    conference"), or "this year's": it describes a thing, not when the event happened."""
    if kind == "rel_unit":
        return text.startswith(("'s", "’s"), match.end())
    if kind not in _YEAR_LIKE:
        return False
    before = text[max(lo, match.start() - 30) : match.start()].split()[-2:]
    if not before:
        return False
    last = before[-1]
    if last.endswith(("'s", "’s")):
        return True
    if last.lower() not in _DETERMINERS:
        return False
    return len(before) < 2 or before[0].lower() not in _TEMPORAL_PREPOSITIONS


#: Years counted from the article's last date: "One year later", "two years earlier", "the
#: following year" ("He started Apple in 1976 ... One year later he was fired").
_YEARS_ON = re.compile(
    rf"(?i:\b(?P<n>{_COUNT}) (?P<unit>years?) (?P<way>later|earlier)\b|\bthe following year\b)"
)


def years_on(text: str, start: int, end: int, year: int) -> list[DateMention]:
    """Years written relative to ``year``, the last one the article named before them."""
    found = []
    for match in _YEARS_ON.finditer(text, start, end):
        raw = (match["n"] or "one").lower()
        if raw == "several":
            continue
        n = 1 if raw in ("a", "an") else NUMBERS.get(raw) or int(raw)
        step = -n if (match["way"] or "").lower() == "earlier" else n
        found.append(DateMention(match.start(), match.end(), f"{year + step:04d}", "year", False))
    return found
