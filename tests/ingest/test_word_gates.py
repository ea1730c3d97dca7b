"""The relation rules' word gates: a pattern is skipped only where none of its words occurs.

Each gated pattern is matched on a phrase for every alternative it has, with its gate words
in lower and in upper case: the gate must let every one through.  The gate itself answers
True for a text with one of the three letters (dotless i, long s, dotted capital I) for
which lower-casing could move or miss a letter.
"""

from __future__ import annotations

import re

import pytest

from personae.store.ingest import events, intents, parties, readings, relations, triggers
from personae.store.ingest.scan import holds, holds_any, holds_one_of, lowered_article, word_pattern

GATES: list[tuple[re.Pattern[str], re.Pattern[str], list[str]]] = [
    (
        parties._FOUGHT_OVER_BEFORE,
        word_pattern("over"),  # holds(text, "over", ...)
        [
            f"{noun} over the disputed "
            for noun in (
                "fighting",
                "war",
                "clashes",
                "conflict",
                "dispute",
                "row",
                "standoff",
                "tension",
                "tensions",
                "battle",
                "battles",
            )
        ],
    ),
    (
        parties._TOPIC_BEFORE,
        parties._DEAL_WORDS,
        [
            f"an {noun} on "
            for noun in (
                "agreement",
                "agreements",
                "accord",
                "deal",
                "declaration",
                "declaration of principles",
                "pact",
                "treaty",
                "treaties",
                "talks",
                "negotiations",
                "consensus",
                "memorandum",
                "memoranda of understanding",
                "framework",
            )
        ],
    ),
    (
        intents._WISH_BEFORE,
        intents._WISH_WORDS,
        [
            f"{verb} to "
            for verb in (
                "seek",
                "seeks",
                "seeking",
                "sought",
                "want",
                "wants",
                "wanted",
                "wanting",
                "wish",
                "wished",
                "hope",
                "hoped",
                "hoping",
                "plan",
                "planned",
                "aim",
                "aiming",
                "intend",
                "intends",
                "try",
                "tries",
                "tried",
                "trying",
                "threaten",
                "threatened",
            )
        ],
    ),
    (
        intents._COMMIT_BEFORE,
        intents._COMMIT_WORDS,
        [
            f"{verb} to "
            for verb in (
                "agree",
                "agreed",
                "pledge",
                "pledged",
                "promise",
                "vow",
                "vowed",
                "offer",
                "offered",
                "undertakes",
                "undertook",
                "committed",
                "commits itself",
                "is ready",
                "were willing",
                "stood prepared",
            )
        ],
    ),
    (
        readings.BOTH_BEFORE,
        relations._BOTH_WORDS,
        ["and both ", "and both sides ", ", the two leaders ", "while the two "],
    ),
    (
        triggers._PLEDGE_BEFORE,
        triggers._PLEDGE_WORDS,
        ["pledged more ", "promised $1 billion in ", "offered ", "vowed "],
    ),
]


@pytest.mark.parametrize(("pattern", "words", "phrases"), GATES)
def test_every_alternative_of_a_gated_pattern_holds_a_gate_word(
    pattern: re.Pattern[str], words: re.Pattern[str], phrases: list[str]
) -> None:
    for phrase in phrases:
        shouted = words.sub(lambda m: m.group(0).upper(), phrase)
        for text in (f"It said {phrase}", f"It said {shouted}"):
            assert pattern.search(text) is not None, text
            assert holds_one_of(text, words, 0, len(text)), text


def test_answers_and_mediation_hold_their_words() -> None:
    for phrase in (
        "in response to",
        "in reply to",
        "in retaliation for",
        "in revenge for",
        "in a reprisal for",
        "to avenge",
        "to retaliate for",
    ):
        assert events._ANSWER_OPENS.search(f"{phrase} the ")
        assert any(word in phrase for word in events._ANSWER_WORDS)
    mediating = [f"a truce {verb} by " for verb in ("brokered", "mediated", "facilitated")]
    for phrase in [*mediating, "mediation by "]:
        assert readings._MEDIATED.search(phrase)
        assert any(word in phrase for word in readings._MEDIATION_WORDS)
    for phrase in (
        " as mediator",
        " acting as broker",
        " serving as facilitators",
        " as guarantors",
    ):
        assert readings._MEDIATING.match(phrase)
        assert any(word in phrase for word in readings._MEDIATION_WORDS)


def test_the_gate_says_no_only_for_an_ascii_text_without_the_word() -> None:
    text = "Troops Fought OVER the border."
    assert holds(text, "over", 0, len(text))
    assert not holds(text, "over", 0, 12)
    assert holds(text, "over", -5, len(text))  # from 0, as a pattern's pos
    assert not holds_any(text, ("treaty", "accord"))
    assert not holds_one_of(text, word_pattern("treaty", "accord"), 0, len(text))
    assert holds_one_of(text, word_pattern("treaty", "fought"), -5, 15)
    assert lowered_article(text) == text.lower()
    assert lowered_article("Erdoğan met rebels") == "erdoğan met rebels"
    assert holds("Talks in Kraków over the \u212aurdish deal", "kurdish", 0, 40)  # Kelvin sign
    for text in ("ſtandoff over", "İran", "Dıyarbakır"):  # "ſ" is "s" to re, "ı" is "i"
        assert lowered_article(text) is None
        assert holds(text, "treaty", 0, len(text))
        assert holds_any(text, ("treaty",))
        assert holds_one_of(text, word_pattern("treaty"), 0, len(text))
