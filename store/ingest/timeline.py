"""An article's timeline: which sentence's event each date belongs to, and a readable label.

A date dates the clause that holds it as a temporal adverbial ("in 1991", "on Monday"); a
year that only describes a thing ("the 1991 agreement") dates nothing.  A report whose own
clause has no date ("X announced that ... in 2007") happened on the publication date.
Labels are the clause without its date phrases: "In 1986 he bought Pixar" reads "He bought
Pixar", never "In he bought Pixar".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from personae.store.ingest.actors import Hit
from personae.store.ingest.date_values import parse_iso
from personae.store.ingest.dates import ArticleAnchors, DateMention, find_dates, years_on
from personae.store.ingest.lexicon import STOPWORDS, words
from personae.store.ingest.read import RawArticle, dateline_date
from personae.store.model import Event, Span

#: A past-tense report: a sentence with an actor and one of these (and no date) happened on
#: or just before the publication date.
_REPORTED = re.compile(
    r"(?:['’]s)?,?\s+(?:\w+ly\s+)?(?:has\s+|have\s+)?(?:\w{3,}ed|said|told|made|took|gave|won|lost|met"
    r"|began|left|held|showed|shown|sold|bought|spoke|wrote|sent|brought|struck|fought|led|ran)\b"
)


def _with_marks(vocabulary: str) -> frozenset[str]:
    """Words as whitespace splits them out of a sentence: bare or with a mark after them."""
    return frozenset(
        w + mark for w in words(vocabulary) for mark in ("", ",", ".", ";", ":", '"', "”")
    )


#: Verbs that report an event: a sentence saying one, and no date, happened on or just before
#: the publication date.  A sentence is read as its words (faster than a regular expression).
_REPORTING = _with_marks(
    """announced unveiled launched introduced released confirmed revealed signed resigned died
    filed sued acquired invaded attacked imposed approved rejected denied declared reported said
    told says claims states argues alleges announces confirms denies"""
)
#: A sentence about the future reports nothing yet: these words, or one of _TO_FUTURE + "to".
_FUTURE = _with_marks("will would could may might scheduled slated")
_TO_FUTURE = frozenset(words("plan plans expected set due is are going"))
#: Where a sentence's main clause ends: what follows is reported or describes a noun.
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose)\b")
#: A clause: up to a mark, but not the comma of a number ("a 500,000 square foot centre").
_CLAUSE = re.compile(r"[^,;:—–()]+(?:(?<=\d),(?=\d{3})[^,;:—–()]*)*")
_RELATIVE = re.compile(r"\b(?:which|who)\b")
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\b")
_LIST_TAIL = re.compile(r"\s*(?:and|or) [A-Z]")
#: A clause that opens with its verb, its subject left in the sentence's first clause.
_VERB_OPENING = re.compile(
    r"\s*(?P<joined>(?:and|but|then) )?(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does"
    r"|said|says|told|[a-z]{2,}ed)\b"
)
_ARTICLES = frozenset(words("The A An This That These Those Its His Her Their"))
#: Words that lead into a date and go with it when the date is cut from a label.
_LEAD = re.compile(
    r"(?:(?<![\w'’])(?i:in|on|at|since|by|until|till|during|as of|around|about|early|late|mid"
    r"|starting|beginning|over|nearly|almost|some|just|more than|less than|and|or"
    r"|(?:the )?(?:fall|spring|summer|winter|autumn|end|start|middle|first half|second half) of"
    r")[\s-]+)+$"
)
_CONNECTIVE = re.compile(r"^(?:(?:and|but|or|so|then|yet)\b[\s,]*)+(?:that\b\s*)?", re.IGNORECASE)
#: "X said that ...": a date after it belongs to the reported clause, which the label keeps.
_THAT = re.compile(r"\bthat\s+")
_REPORTS_BEFORE = re.compile(
    r"(?:ed|said|told|says?|claims?|states?|argues?|alleges?|reports?|announces?|warns?"
    r"|believes?|thinks?|thought|knows?|knew|shows?|hopes?|denies|deny|insists?|adds?|notes?)\s+$"
)
#: Spaces before a mark, and marks doubled where a date was cut out ("In 1986, ,").
_SPACE_BEFORE_MARK = re.compile(r" (?=[,;:.!?])")
_DOUBLED_MARKS = re.compile(r"(?<=[,;:])[,;:]+")
#: Two marks in a row, looked for first: ``re`` skips ahead to a mark, where the look-behind
#: above is tried at every position.
_TWO_MARKS = re.compile(r"[,;:][,;:]")
_POSSESSIVE = re.compile(r"['’]s\b")
_DANGLING = frozenset(("in", "on", "at", "since", "by", "of", "from", "and"))
_ANTECEDENT = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our)\s+(?:[\w'’.-]+\s+){0,3}[\w'’-]+"
    r"|(?<![\w'’.&-])(?:[a-z]?[A-Z][\w'’.&-]*\s+)*[a-z]?[A-Z][\w'’.&-]*)\s*[,(]?\s*$"
)
#: The last noun phrase opened by a determiner before a "which" whose clause ends with no
#: noun ("... suggest waiting for the first release (10.4.1) before jumping in, which is
#: expected in May"): what the "which" most likely stands for.
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s")
_NOT_IN_NOUN_PHRASE = re.compile(
    r"(?:before|after|in|on|at|for|to|by|with|from|into|and|or|but|as|than|when|while|if"
    r"|[a-z]+ing|is|are|was|were|has|have|had|will|would|can|could)$"
)
#: A past participle opening a clause after its subject: "Jobs, born in San Francisco in
#: 1955,", "The agreement, signed in 2015,".
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:born|known|built|made|held|sold|given|taken|seen|shown|written|chosen|[a-z]{3,}ed)\b"
)

_NEWS_WEEK = 7  # days before publication in which a named day can be the news's own day

#: How much of a clause a label is read from, either side of its date: a label keeps about
#: 60 characters, so a sentence of 100,000 characters and as many dates costs no more per
#: date than a short one.
_LABEL_READ = 500


def events_of(
    text: str,
    article_id: str,
    sentences: Sequence[Span],
    per_sentence: Sequence[list[Hit]],
    ids: dict[str, str],
    raw: RawArticle,
    dateline: re.Match[str] | None,
    version: str,
) -> list[Event]:
    """Dated events, sentence by sentence; the dateline's date first, labelled "Published"."""
    published = parse_iso(raw.date)
    skip = dateline.end() if dateline else 0
    events: list[Event] = []

    def add(when: DateMention, label: str, sentence: Span, actors: tuple[str, ...]) -> None:
        events.append(
            Event(  # positional, in the fields' order: keywords cost twice as much
                f"{article_id}:e{len(events) + 1}",  # id
                article_id,
                when.date,
                when.precision,
                when.stated,
                label,
                sentence,  # evidence
                actors,
                "extracted",  # provenance
                version,
            )
        )

    dated_line = _dateline_event(text, dateline, published) if dateline is not None else None
    # The day the news happened: the publication day, until the article names a day of the
    # week before it ("announced Friday"); reports after that without a date of their own
    # ("Jobs said ...") are of that day.
    news_day = published.isoformat() if published else ""
    week_before = (published - timedelta(days=_NEWS_WEEK)).isoformat() if published else ""
    news_days = (week_before, news_day)
    last_year = 0  # the year of the last date named, which "one year later" counts from
    anchors = ArticleAnchors(text)
    for sentence, hits in zip(sentences, per_sentence, strict=True):
        start, end = sentence.start, sentence.end
        if start < skip:
            if dated_line is not None:
                add(dated_line, f"Published ({raw.dateline})", sentence, _actor_ids(hits, ids))
                dated_line = None
            start = skip
            if start >= end:
                continue
        inside = anchors.within(start, end)  # [] for most sentences: nothing to read
        found = find_dates(text, start, end, published, inside) if inside != [] else []
        if found and any(d.modifies_noun for d in found):
            found = [d for d in found if not d.modifies_noun]
        if last_year and text.find(" year", start, end) != -1:
            more = years_on(text, start, end, last_year)
            if more:
                found = sorted([*found, *more], key=lambda d: d.start)
        if found:
            if found[-1].date[:4].isdigit():
                last_year = int(found[-1].date[:4])
            dates = _Dates(found)
            actor_ids = _actor_ids(hits, ids)
            here = Span(start, end)
            # once per sentence: a sentence may hold a thousand dates
            clauses = [m.span() for m in _CLAUSE.finditer(text, start, end)]
            for when in found:
                add(when, _label(text, here, when, dates, clauses), sentence, actor_ids)
                if when.precision == "day" and news_days[0] <= when.date <= news_days[1]:
                    news_day = when.date
        else:
            dates = _NO_DATES
        if published and hits and _reports_undated(text, start, end, hits, found):
            when = DateMention(start, start, news_day, "day", False)
            head = _without_dates(text, start, min(end, start + _LABEL_READ), dates)
            add(when, _tidy(head), sentence, _actor_ids(hits, ids))
    return events


def _actor_ids(hits: list[Hit], ids: dict[str, str]) -> tuple[str, ...]:
    """The entities a sentence names, once each, in reading order (asked only for the
    sentences that give an event: most give none)."""
    return tuple(dict.fromkeys([ids[h.actor] for h in hits])) if hits else ()


class _Dates:
    """A sentence's dates in reading order, with the ones between two offsets at hand."""

    def __init__(self, found: list[DateMention]) -> None:
        self.all = found
        self._starts = [d.start for d in found]

    def between(self, start: int, end: int) -> list[DateMention]:
        lo = bisect.bisect_left(self._starts, start)
        return self.all[lo : bisect.bisect_left(self._starts, end, lo)]


_NO_DATES = _Dates([])


def _dateline_event(
    text: str, dateline: re.Match[str], published: date | None
) -> DateMention | None:
    """The dateline's own date; without a year ("Oct. 28") the publication year completes it;
    a numeric date that reads both ways (03/04/2023) gives none."""
    stamp = dateline_date(dateline)
    if stamp is not None:
        return DateMention(dateline.start(), dateline.end(), stamp, "day", True)
    if dateline["num"] or not (dateline["mdy"] or dateline["dmy"]):
        return None
    found = find_dates(text, dateline.start(), dateline.end(), published)
    days = [d for d in found if d.precision == "day"]
    return replace(days[-1], stated=True) if days else None


def _reports_undated(
    text: str, start: int, end: int, hits: list[Hit], found: list[DateMention]
) -> bool:
    """The sentence reports an event and its main clause holds no date: the publication date
    is then the best date we have (marked inferred).  Without any date, a reporting verb, or
    an actor followed by a past-tense verb in a sentence not about the future, will do; with
    dates only in a reported or relative clause, the main clause must report."""
    if not found:
        said = text[start:end].split()
        if not _REPORTING.isdisjoint(said):
            return True
        if not any(_REPORTED.match(text, h.end, min(h.end + 40, end)) for h in hits):
            return False
        return _FUTURE.isdisjoint(said) and (
            "to" not in said  # most sentences: no pair to walk through word by word
            or _TO_FUTURE.isdisjoint(said)
            or not any(word in _TO_FUTURE and after == "to" for word, after in pairwise(said))
        )
    if not hits:
        return False
    boundary = _SUBORDINATE.search(text, start, end)
    if boundary is None or found[0].start < boundary.start():
        return False
    return not _REPORTING.isdisjoint(text[start : boundary.start()].split())


def _label(
    text: str,
    sentence: Span,
    when: DateMention,
    found: _Dates,
    clauses: list[tuple[int, int]],
) -> str:
    """The clause holding ``when``, with every date phrase cut out, trimmed to ~60 characters.

    A clause that is only the date phrase ("On Monday,") reads on into the next one, or back
    into the one before when it closes the sentence.  Two dates on either side of "which" or
    "who" each keep their side; the relative side takes its antecedent ("Pixar was ...").
    """
    index = bisect.bisect_right(clauses, (when.start, len(text))) - 1
    if index < 0 or when.start >= clauses[index][1]:
        start, end = sentence.start, sentence.end
    else:
        start, end = clauses[index]
    start, end = max(start, when.start - _LABEL_READ), min(end, when.end + _LABEL_READ)
    start, end, subject = _relative_side(text, start, end, when, found)
    for that in (
        _THAT.finditer(text, start, when.start) if text.find("that", start, when.start) >= 0 else ()
    ):
        if _REPORTS_BEFORE.search(text, max(start, that.start() - 12), that.start()):
            start = that.end()
    if index > 0 and _LIST_TAIL.match(text, start, when.start):  # "The US, Russia, and X met"
        first = index
        item_start, item_end = clauses[first - 1]
        while item_start > start - _LABEL_READ and len(text[item_start:item_end].split()) <= 3:
            first -= 1
            if first == 0:
                break
            item_start, item_end = clauses[first - 1]
        start = clauses[first][0]
    relative = _RELATIVE_OPENING.match(text, start, when.start)
    if relative is not None and not subject:  # ", who had been arrested": say who
        antecedent = _ANTECEDENT.search(text, max(sentence.start, start - 60), start)
        bracketed = text[max(sentence.start, start - 2) : start].strip().endswith("(")
        # "(which ...)" stands for the noun right before its bracket, never the sentence's
        whole = index == 1 and "which" in relative[0] and not bracketed
        thing = _subject(text, clauses[0], found) if whole else ""
        if thing:  # "Talks between Iran and the EU, which began ...": the whole subject
            subject, start = thing + " ", relative.end()
        elif antecedent is not None:
            subject, start = antecedent.group(0).strip(" ,(") + " ", relative.end()
        elif noun := _last_noun_phrase(text, sentence.start, start):
            subject, start = noun + " ", relative.end()
    elif (
        not subject
        and index > 0
        and (
            (verb := _opens_with_verb(text, start, when.start, index))  # "The deal, ..., was"
            or _PARTICIPLE_OPENING.match(text, start, when.start)  # "Jobs, born in 1955,"
        )
    ):
        joined = verb is not None and verb["joined"] is not None  # ", and launched X in 2003"
        subject = _subject(text, clauses[0], found, verb_ends=joined)
        if subject and verb is not None and joined:
            start = verb.end("joined")
        subject += " " if subject else ""
    if (
        not subject
        and start == when.start - _leading_space(text, start, when.start)
        and _DATE_AS_SUBJECT.match(text, when.end)  # "2007 was the year of the iPhone"
    ):
        subject, start = text[when.start : when.end] + " ", when.end
    phrase = _tidy(subject + _without_dates(text, start, end, found))
    if not subject and index >= 0 and _adverbial(phrase):  # "In a July 16 press conference,"
        phrase = _main_clause(text, clauses, index, when, found) or phrase
    steps = 0
    while len(phrase.split()) < 3 and index >= 0 and steps < 3:  # "On Monday," or ", and X met"
        steps += 1
        if index == 0:
            end = max(end, min(clauses[min(steps, len(clauses) - 1)][1], end + _LABEL_READ))
        else:
            earlier = min(start, max(clauses[max(index - steps, 0)][0], start - _LABEL_READ))
            if earlier < start:  # read back over the subject a relative clause was given:
                subject, start = "", earlier  # "Fighting, which began", not "Fighting Fighting"
        phrase = _tidy(subject + _without_dates(text, start, end, found))
    if steps and not subject and _adverbial(phrase):  # "at Moscone Center, California on Monday"
        phrase = _main_clause(text, clauses, index, when, found) or phrase
    return phrase


#: A date that is its clause's subject: "2007 was the year ...", "2010 saw ...".
_DATE_AS_SUBJECT = re.compile(r" (?:was|is|will be|has been|had been|saw|marked|brought)\b")


def _leading_space(text: str, start: int, end: int) -> int:
    """How many spaces stand at ``start`` before ``end``."""
    return len(text[start:end]) - len(text[start:end].lstrip())


#: A clause that only says where, when or by whose account: a preposition opens it...
_PREPOSITION_OPENING = re.compile(
    r"(?:In|At|On|During|After|Before|Following|Earlier|Later|Throughout|Amid|Within)\b"
    r"(?!.*\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|said|says"
    r"|told|made|took|gave|won|lost|met|began|left|held|sold|bought|rose|fell|went|came"
    r"|became|\w{3,}ed)\b)|According to\b"
)
#: ... and the main clause has a verb.
_VERB_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
    r"|did|does|said|says|told|made|took|gave|won|lost|met|began|left|held|sold|bought|rose"
    r"|fell|went|came|became|\w{3,}ed)\b"
)


def _adverbial(phrase: str) -> bool:
    """ "In a media event", "According to a report in Ars Technica": no event of its own."""
    return not phrase or _PREPOSITION_OPENING.match(phrase) is not None


def _main_clause(
    text: str, clauses: list[tuple[int, int]], index: int, when: DateMention, found: _Dates
) -> str | None:
    """The clause an adverbial date clause belongs to: what follows the date in its last
    clause ("on September 21, 2004 the parties agreed"); else the next clause that is no
    adverbial when only short words ("Earlier,") come before; else the one before it."""
    last = bisect.bisect_right(clauses, (when.end, len(text))) - 1
    spans = [(when.end, clauses[last][1])] if last > index else []
    if all(len(text[a:b].split()) <= 2 for a, b in clauses[:index]):
        spans += [clauses[k] for k in range(index + 1, min(index + 4, len(clauses)))]
    else:
        spans += [
            (clauses[k][0], clauses[index][1]) for k in range(index - 1, max(-1, index - 4), -1)
        ]
    for start, end in spans:
        whole = _tidy(_without_dates(text, start, min(end, start + _LABEL_READ), found), 200)
        if not _adverbial(whole) and _VERB_WORD.search(whole):
            return _tidy(whole)
    return None


def _opens_with_verb(text: str, start: int, end: int, index: int) -> re.Match[str] | None:
    """The clause's opening verb, if it opens with one; right after the subject, "signed in
    2015" is a participle describing it ("The deal, signed in 2015,"), not its verb, unless
    "and" joins it to the verb before ("X was founded in 1976, and launched Y in 2003")."""
    verb = _VERB_OPENING.match(text, start, end)
    if verb is None or (index == 1 and not verb["joined"] and verb[0].endswith("ed")):
        return None
    return verb


def _last_noun_phrase(text: str, start: int, end: int) -> str:
    """The last noun phrase opened by a determiner between ``start`` and ``end``, up to four
    words, cut before a preposition, a conjunction or a verb ("the first release (10.4.1)")."""
    openings = list(_DETERMINED.finditer(text, max(start, end - 120), end))
    if not openings:
        return ""
    opening = openings[-1]
    kept = [opening.group(0).strip()]
    for word in text[opening.end() : end].split()[:4]:
        if _NOT_IN_NOUN_PHRASE.match(word.strip(",;")) or word.endswith((",", ";")):
            break
        kept.append(word)
    return " ".join(kept) if len(kept) > 1 else ""


def _subject(text: str, clause: tuple[int, int], found: _Dates, *, verb_ends: bool = False) -> str:
    """A sentence's opening clause as the subject of a later one, when it reads as one: a
    name or a short noun phrase ("Kenya", "Talks between Iran and the EU"), not "However".

    ``verb_ends``: the clause has a verb of its own, which the later one shares ("Apple was
    founded in 1976, and launched ..."), so its subject is the words before that verb."""
    words = _without_dates(text, clause[0], min(clause[1], clause[0] + _LABEL_READ), found).split()
    if verb_ends:  # "Apple Computer was started by ...": the words before its verb
        verb = next((i for i, word in enumerate(words) if _VERB_WORD.fullmatch(word)), 0)
        words = words[:verb] if verb <= 6 else []
    if not 1 <= len(words) <= 8 or (words[0] in STOPWORDS and words[0] not in _ARTICLES):
        return ""
    if len(words) == 1 and not words[0][:1].isupper():
        return ""
    return " ".join(words)


def _relative_side(
    text: str, start: int, end: int, when: DateMention, found: _Dates
) -> tuple[int, int, str]:
    """Narrow [start, end) to the side of a "which"/"who" that holds ``when``, when another
    date stands on the other side; the relative side gains its antecedent as subject."""
    if len(found.all) < 2:
        return start, end, ""
    others = [d for d in found.between(start, end) if d is not when]
    if not others:
        return start, end, ""
    for relative in _RELATIVE.finditer(text, start, end):
        cut = relative.start()
        if when.start < cut and any(d.start > cut for d in others):
            return start, cut, ""
        if when.start > relative.end() and any(d.start < cut for d in others):
            antecedent = _ANTECEDENT.search(text, max(start, cut - 60), cut)
            subject = antecedent.group(0).strip(" ,") + " " if antecedent else ""
            return relative.end(), end, subject
    return start, end, ""


def _without_dates(text: str, start: int, end: int, found: _Dates) -> str:
    """text[start:end] with each date in it cut out, with the words that lead into it."""
    pieces: list[str] = []
    pos = start
    for when in found.between(start, end):
        if when.start < pos:
            continue
        lead = _LEAD.search(text, max(pos, when.start - 20), when.start)
        pieces.append(text[pos : lead.start() if lead else when.start])
        owns = _POSSESSIVE.match(text, when.end)  # "Monday's email": the 's goes with the date
        pos = min(owns.end() if owns else when.end, end)
    pieces.append(text[pos:end])
    return " ".join(pieces)


def _tidy(phrase: str, limit: int = 60) -> str:
    """One readable line: spaces squeezed, no stray punctuation or leading "and", a capital
    first letter, at most ``limit`` characters (cut at a word, with an ellipsis)."""
    # All a label can show, and then some: squeezed from the phrase's opening, which is enough
    # unless it was mostly spaces (squeezing a prefix gives a prefix of the squeezed phrase).
    squeezed = " ".join(phrase[: 4 * limit].split())
    if len(squeezed) < 2 * limit and len(phrase) > 4 * limit:
        squeezed = " ".join(phrase.split())
    phrase = squeezed[: 2 * limit]
    phrase = _SPACE_BEFORE_MARK.sub("", phrase)
    if _TWO_MARKS.search(phrase) is not None:
        phrase = _DOUBLED_MARKS.sub("", phrase)
    phrase = phrase.strip(" .,;:")
    connective = _CONNECTIVE.match(phrase)
    if connective is not None:
        phrase = phrase[connective.end() :].strip(" .,;:")
    head, _, last = phrase.rpartition(" ")
    if head and last in _DANGLING:
        phrase = head.rstrip(" ,;:")
    first = phrase.split(" ", 1)[0]
    if first.islower():  # not "iPhone", whose capitals are its own
        phrase = phrase[0].upper() + phrase[1:]
    if len(phrase) <= limit:
        return phrase
    cut = phrase[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
