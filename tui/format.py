"""Turning records into short plain-text labels: dates at their precision, relation rows.

Pure functions over the store's records, so the panes stay small and the wording is tested
once.  Nothing here parses markup: article and annotation text stays plain text.
"""

from __future__ import annotations

import calendar
import re

from personae.store.corpus import Corpus
from personae.store.model import COMENTION, Event, Relation
from personae.store.text import UNPRINTABLE

#: A symbol for each polarity, so cooperation and conflict differ without colour.
POLARITY_SYMBOLS = {"cooperation": "+", "conflict": "×", "neutral": "·"}

#: Curated (read by a person), extracted (found by the machine), or reviewed (corrected or
#: accepted by the reader): a mark that reads without colour.
PROVENANCE_SYMBOLS = {"curated": "✓", "extracted": "≈", "reviewed": "✎"}
REVIEWED_MARK = PROVENANCE_SYMBOLS["reviewed"]
BOOKMARK_MARK = "◆"
"""In the article's gutter: the first line of a sentence the reader bookmarked (m)."""
NOTE_MARK = "¶"
"""The reader wrote a note on it: a sentence (in the gutter), an actor or a relation."""

INFERRED_PREFIX = "~"

#: How far the extractor trusts a relation, in three steps a reader can tell apart: the
#: bars of a signal meter, drawn after the extracted mark, so they read without colour.
CONFIDENCE_MARKS = {"high": "▆", "medium": "▄", "low": "▂"}

#: The lowest confidence of each step: a verb of the lexicon between a clear subject and
#: object scores 0.75 or more; a hedged reading or a speaker's line, under 0.5.
CONFIDENCE_FLOORS = (("high", 0.75), ("medium", 0.5), ("low", 0.0))


def _single_date(value: str) -> str:
    """ "2023-10-07" → "7 Oct 2023", "2023-10" → "Oct 2023", "2008" and "1990s" unchanged."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            year, month, day = (int(p) for p in parts)
            return f"{day} {calendar.month_abbr[month]} {year}"
        if len(parts) == 2:
            year, month = (int(p) for p in parts)
            return f"{calendar.month_abbr[month]} {year}"
    except (ValueError, IndexError):
        return value
    return value


def _range(first: str, last: str) -> str:
    """ "7 Oct 2023" to "28 Oct 2023" → "7–28 Oct 2023"; the shared tail is said once."""
    a, b = first.split(" "), last.split(" ")
    if len(a) == len(b) > 1:
        shared = 0
        while shared < len(a) - 1 and a[-1 - shared] == b[-1 - shared]:
            shared += 1
        if shared:
            tail = " ".join(a[len(a) - shared :])
            return f"{' '.join(a[: len(a) - shared])}–{' '.join(b[: len(b) - shared])} {tail}"
    return f"{first}–{last}"


def date_label(event: Event) -> str:
    """The event's date as a reader writes it, at its precision, "~" when inferred."""
    if "/" in event.date:
        first, _, last = event.date.partition("/")
        label = _range(_single_date(first), _single_date(last))
    else:
        label = _single_date(event.date)
    return label if event.stated else f"{INFERRED_PREFIX}{label}"


def confidence_band(relation: Relation) -> str | None:
    """ "high", "medium" or "low"; None when no one scored it (curated, or an older store)."""
    if relation.confidence is None or relation.provenance == "reviewed":
        return None  # the reader's word stands for the extractor's score
    return next(band for band, floor in CONFIDENCE_FLOORS if relation.confidence >= floor)


def is_comention(relation: Relation) -> bool:
    """Two actors named in one sentence, with no type readable."""
    return relation.type == COMENTION


_BAND_RANK = {band: rank for rank, (band, _) in enumerate(CONFIDENCE_FLOORS)}


def relation_order(relation: Relation) -> tuple[int, int, int, str]:
    """Curated relations first, in reading order; then the extracted typed ones, the most
    trusted first and in reading order within a step (unscored last); co-mentions last."""
    if relation.provenance in ("curated", "reviewed"):
        group, rank = 0, 0
    else:
        group = 2 if is_comention(relation) else 1
        band = confidence_band(relation)
        rank = _BAND_RANK[band] if band is not None else len(_BAND_RANK)
    return group, rank, relation.evidence.start, relation.id


def provenance_mark(relation: Relation) -> str:
    """ "✓" curated; "≈" extracted, with its confidence step when it has one ("≈▆")."""
    band = confidence_band(relation)
    confidence = CONFIDENCE_MARKS[band] if band is not None else ""
    return PROVENANCE_SYMBOLS.get(relation.provenance, "") + confidence


def relation_markers(relation: Relation, corpus: Corpus) -> list[tuple[str, str]]:
    """The qualifiers of a relation as (text, kind) pairs: negated, hedged, attributed,
    and the reader's note on it."""
    markers: list[tuple[str, str]] = []
    if relation.negated:
        markers.append(("NOT", "negated"))
    if relation.hedge:
        markers.append((f"? {relation.hedge}", "hedged"))
    if relation.attribution:
        # The extractor names the speaker by actor id, a curator in words: show a name.
        speaker = corpus.actor_of_id(relation.attribution)
        said_by = speaker.name if speaker else None
        markers.append((f"said by {said_by or relation.attribution}", "attributed"))
    if corpus.relation_noted(relation):
        markers.append((f"{NOTE_MARK} your note", "noted"))
    return markers


def arrow(relation: Relation, viewpoint: str | None) -> str:
    """ "→" when the viewpoint actor acts, "←" when it is acted upon, "↔" for itself."""
    if relation.source == relation.target:
        return "↔"
    return "←" if viewpoint is not None and relation.target == viewpoint else "→"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC shows as "␛"
    return "␡" if code == 0x7F else "�"


def printable(text: str) -> str:
    """Text safe to put on a terminal, one character for one: controls become visible
    pictures, so offsets into the text still hold.  Ingest already strips these; an
    article built some other way must not reach the terminal's escape parser either."""
    if text.isprintable():  # none of UNPRINTABLE is: most text, checked without a search
        return text
    return UNPRINTABLE.sub(_picture, text)
