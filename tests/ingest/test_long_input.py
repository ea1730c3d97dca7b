"""One huge sentence, one huge paragraph, thousands of actors: extraction stays linear.

Each shape is extracted at two sizes, ten times apart; the larger may cost at most 20 times
the work of the smaller (linear is 10, quadratic 100).  Work is counted, not timed, so the
same code gives the same figures on any machine, busy or idle: the steps the extractor's
Python takes (every line it runs) and the characters it copies out of the article text (a
slice to the end of the paragraph per sentence, say).  What one regular expression does
inside the engine is in neither count, so a pattern that re-reads a long run is given a run
of a million characters: seconds when linear, hours when not, which the suite's hang guard
(pytest-timeout) turns into a failure.  The rewritten steps are also checked against the
straightforward code they replaced.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, ClassVar, SupportsIndex

import pytest

from personae.store.ingest.actors import find_actors
from personae.store.ingest.breaks import CLAUSE_BREAK, Breaks
from personae.store.ingest.described import _groups
from personae.store.ingest.extract import extract
from personae.store.ingest.lexicon import ARMED_GROUP_NOUNS
from personae.store.ingest.read import RawArticle, parse_plain
from personae.store.ingest.relations import relations_in
from personae.store.ingest.sentence_pieces import READ_LIMIT, pieces
from personae.store.ingest.verbs import TRIGGER_LOWER
from personae.store.model import Span
from personae.store.text import sentences_of

ASSETS = Path(__file__).resolve().parents[2] / "assets"
COUNTRIES = ["Iran", "Russia", "China", "Germany", "France", "Japan", "India", "Brazil", "Turkey"]
VERBS = ["signed a deal with", "accused", "threatened", "met", "sanctioned", "supplied drones to"]


def _hostile_line(size: int) -> str:
    # The hardening test's line: no clause break, thousands of mentions and triggers.
    return ("Iran and Russia [bold]talked[/] and " * (size // 30 + 1))[:size]


def _many_actors(size: int) -> str:
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < size:
        a, b = COUNTRIES[i % 9], COUNTRIES[(i * 4 + 1) % 9]
        parts.append(
            f"{a} {VERBS[i % 6]} {b} in May {1990 + i % 30}, which Zorb{i} Corp said; "
            f"Mr Blip{i} Smith{i} and Blip{i} and "
        )
        i += 1
    return "".join(parts)[:size]


def _co_mentions(size: int) -> str:  # distinct actors and no trigger: every pair is a co-mention
    return "".join(f"Zorb{i} Corp and Quux{i} Ltd and " for i in range(size // 30 + 1))[:size]


def _paragraph(size: int) -> str:
    sentence = "Iran met Russia in Tehran on 4 May 2023. Officials said China was wary! "
    return (sentence * (size // len(sentence) + 1))[:size]


def _shouting(size: int) -> str:  # an all-caps run, with a group noun in the article
    return ("ALPHA BETA " * (size // 11 + 1))[:size] + " X groups met Iran!!!!" + "!" * size


SHAPES: dict[str, Callable[[int], str]] = {
    "hostile line": _hostile_line,
    "many actors": _many_actors,
    "co-mentions": _co_mentions,
    "paragraph": _paragraph,
    "shouting": _shouting,
}


class _Article(str):
    """Article text that counts the characters read out of it, by slice or one at a time."""

    __slots__ = ()
    copied: ClassVar[int] = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = super().__getitem__(key)
        _Article.copied += len(part)
        return part


@dataclass(frozen=True)
class Work:
    steps: int  # Python lines run, calls and returns: the same on any machine
    copied: int  # characters copied out of the article text


def _work(run: Callable[[], object]) -> Work:
    steps = 0

    def count(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        return count

    _Article.copied = 0
    previous = sys.gettrace()
    sys.settrace(count)
    try:
        run()
    finally:
        sys.settrace(previous)
    return Work(steps, _Article.copied)


def _extraction_work(text: str) -> Work:
    raw = RawArticle("Long", _Article(text + "."), date="2024-01-02")
    return _work(lambda: extract(raw, "long"))


def _assert_linear(small: Work, large: Work, what: str) -> None:
    assert small.copied > 0, "the counted text no longer reaches the code: nothing to compare"
    assert large.steps < 20 * small.steps, f"{what}: {small}, then {large} for 10x the text"
    assert large.copied < 20 * small.copied, f"{what}: {small}, then {large} for 10x the text"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    # The gazetteer and compiled patterns are loaded once per process: not the text's work.
    extract(RawArticle("Warm", "Iran met Russia in Tehran on 4 May 2023.", date="2024-01-02"), "w")


@pytest.mark.parametrize("shape", SHAPES)
def test_ten_times_the_text_costs_about_ten_times_the_work(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _extraction_work(make(4_000)), _extraction_work(make(40_000))
    _assert_linear(small, large, shape)


def test_one_paragraph_of_ten_thousand_sentences_is_cut_in_linear_work() -> None:
    def work(text: str) -> Work:
        counted = _Article(text)
        return _work(lambda: sentences_of(counted))

    small, large = work(_paragraph(100_000)), work(_paragraph(1_000_000))
    _assert_linear(small, large, "one paragraph")


def test_a_million_character_run_of_capitals_and_of_marks_is_read_through() -> None:
    """An all-caps dump, and "!" a million times before a lower-case word (no sentence end).

    Read linearly, that is about a second of work.  A pattern that re-read a run from each of
    its words or marks (the one-step armed-group pattern; a sentence end tried from inside a
    run of "!") would take hours here: the suite's hang guard fails the test, not CI stalling.
    """
    size = 1_000_000
    text = f"{_shouting(size)} Russia agreed{'!' * size}x, said Iran."
    found = extract(RawArticle("Loud", text, date="2024-01-02"), "loud")
    assert {"Iran", "Russia"} <= {e.name for e in found.entities}
    assert len(found.article.sentences) == 2  # "!" before "x" ends no sentence
    assert found.article.sentences[-1].end == len(text)


def test_an_over_long_sentence_is_read_in_pieces_that_keep_its_mentions_whole() -> None:
    text = _many_actors(20_000) + "."
    [sentence] = sentences_of(text)
    found = find_actors(text, (sentence,))
    cut = pieces(text, sentence, found.hits)
    assert cut[0][0].start == sentence.start and cut[-1][0].end == sentence.end
    assert all(a.end == b.start for (a, _), (b, _) in itertools.pairwise(cut))
    assert [h for _, hits in cut for h in hits] == found.hits
    for piece, hits in cut:
        assert piece.end - piece.start <= READ_LIMIT
        assert all(piece.start <= h.start and h.end <= piece.end for h in hits)
    kinds = {a.name: a.kind for a in found.by_name.values()}
    links = relations_in(text, sentence, found.hits, kinds)
    assert {link.evidence for link in links} == {sentence}  # evidence: still the sentence
    pairs = {(link.source, link.target, link.type) for link in links}
    assert ("Iran", "Russia", "SUPPORT") in pairs  # its first clause: a signed deal (057)
    # pairs within a piece (a few hundred), not every pair of the sentence's hundreds of actors
    assert len(links) < 500


def test_news_sentences_are_read_whole() -> None:
    # The cap is for dumps and attacks: real sentences fit it with room to spare.
    raw = parse_plain(ASSETS.joinpath("iran-russia-alliance.txt").read_text(encoding="utf-8"))
    longest = max(s.end - s.start for s in sentences_of(raw.text))
    assert longest * 2 < READ_LIMIT


def _generated(seed: int) -> str:
    rng = random.Random(seed)
    words = [
        *COUNTRIES, "the", "there", "thereby", "another", "a", "an", "which", "however", "and",
        "talked", "Alpha", "BETA", "O'Neil", "Shia", "militias", "groups", "fighters", "x",
    ]  # fmt: skip
    glue = [" ", " ", " ", ", ", "; ", ": ", " – ", " — ", ",  ", "-"]
    return "".join(rng.choice(words) + rng.choice(glue) for _ in range(3_000))


def test_clause_breaks_found_once_equal_a_search_each_time() -> None:
    for seed in range(5):
        text = _generated(seed)
        breaks = Breaks(text, Span(0, len(text)))
        # Mentions and triggers start and end between words: those are the offsets asked.
        edges = sorted({m.start() for m in re.finditer(r"\b\w", text)})
        edges += sorted({m.end() for m in re.finditer(r"\w\b", text)})
        rng = random.Random(seed)
        for _ in range(3_000):
            start, end = sorted(rng.sample(edges, 2))
            expected = CLAUSE_BREAK.search(text, start, end) is not None
            assert breaks.between(start, end) == expected, (start, end)


def test_armed_groups_in_two_steps_equal_the_one_pattern() -> None:
    one_pattern = re.compile(
        rf"(?<![\w-])(?:[Pp]ro-|[Aa]nti-)?"  # "pro-Russia rebels", not "Russia rebels"
        rf"((?:[A-Z][\w'’-]+ )+(?:([a-z]+) )?(?:{ARMED_GROUP_NOUNS}))\b"
    )
    for seed in range(20):
        text = _generated(seed)
        assert list(_groups(text)) == [
            m.span()
            for m in one_pattern.finditer(text)
            if not (m[2] and TRIGGER_LOWER.fullmatch(m[2]))  # "Brazil attacked rebels"
        ]
