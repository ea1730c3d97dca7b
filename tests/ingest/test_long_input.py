"""One huge sentence, one huge paragraph, thousands of actors: extraction stays linear.

Each shape is extracted at two sizes, ten times apart, in this process; the larger may take
at most 30 times as long (linear is 10, quadratic 100).  Best of three runs, CPU time, so a
busy machine does not fail the test.  The rewritten steps are also checked against the
straightforward code they replaced.
"""

from __future__ import annotations

import itertools
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from store.ingest.actors import _groups, find_actors
from store.ingest.extract import extract
from store.ingest.lexicon import ARMED_GROUP_NOUNS
from store.ingest.read import RawArticle, parse_plain
from store.ingest.relations import READ_LIMIT, _Breaks, pieces, relations_in
from store.ingest.verbs import CLAUSE_BREAK
from store.model import Span
from store.text import sentences_of

ASSETS = Path(__file__).resolve().parents[2] / "assets"
COUNTRIES = ["Iran", "Russia", "China", "Germany", "France", "Japan", "India", "Brazil", "Turkey"]
VERBS = ["signed a deal with", "accused", "threatened", "met", "sanctioned", "supplied drones to"]


def _hostile_line(size: int) -> str:
    # The hardening test's line: no clause break, thousands of mentions and triggers.
    return ("Iran and Russia [bold]talked[/] and " * (size // 30 + 1))[:size]


def _many_actors(size: int) -> str:
    parts, i = [], 0
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


def _seconds(text: str) -> float:
    raw = RawArticle("Long", text + ".", date="2024-01-02")
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        extract(raw, "long")
        best = min(best, time.process_time() - started)
    return max(best, 1e-3)


@pytest.mark.parametrize("shape", SHAPES)
def test_ten_times_the_text_takes_about_ten_times_as_long(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _seconds(make(4_000)), _seconds(make(40_000))
    assert large / small < 30, f"{shape}: {small:.3f} s, then {large:.3f} s for 10x the text"


def test_one_paragraph_of_ten_thousand_sentences_is_cut_in_linear_time() -> None:
    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            sentences_of(text)
            best = min(best, time.process_time() - started)
        return max(best, 1e-3)

    small, large = seconds(_paragraph(100_000)), seconds(_paragraph(1_000_000))
    assert large / small < 30, f"{small:.3f} s, then {large:.3f} s for 10x the paragraph"


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
    assert ("Iran", "Russia", "AGREE") in pairs  # its first clause
    assert len(links) < 400  # pairs within a piece, not every pair of the sentence


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
        breaks = _Breaks(text, Span(0, len(text)))
        # Mentions and triggers start and end between words: those are the offsets asked.
        edges = sorted({m.start() for m in re.finditer(r"\b\w", text)})
        edges += sorted({m.end() for m in re.finditer(r"\w\b", text)})
        rng = random.Random(seed)
        for _ in range(3_000):
            start, end = sorted(rng.sample(edges, 2))
            expected = CLAUSE_BREAK.search(text, start, end) is not None
            assert breaks.between(start, end) == expected, (start, end)


def test_armed_groups_in_two_steps_equal_the_one_pattern() -> None:
    one_pattern = re.compile(rf"\b((?:[A-Z][\w'’-]+ )+(?:[a-z]+ )?(?:{ARMED_GROUP_NOUNS}))\b")
    for seed in range(20):
        text = _generated(seed)
        assert list(_groups(text)) == [m.span() for m in one_pattern.finditer(text)]
