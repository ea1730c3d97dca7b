"""The relation rules' word gates: a pattern is skipped only where none of its words occurs.

Each gated pattern is matched on a phrase for every alternative it has, with its gate words
in lower and in upper case: the gate must let every one through.  The gate itself answers
True for a text with one of the three letters (dotless i, long s, dotted capital I) for
which lower-casing could move or miss a letter.
"""

from __future__ import annotations

import random
import re
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from personae.store.ingest import (
    act_frames,
    anaphora,
    appositions,
    breaks,
    clause_subjects,
    conditions,
    events,
    idle_triggers,
    intents,
    kinds,
    links,
    objects,
    parties,
    partners,
    place_names,
    readings,
    restrictions,
    sentence_subjects,
    sides,
    trigger_objects,
    trigger_pairs,
    venues,
)
from personae.store.ingest.scan import holds, holds_any, holds_one_of, lowered_article, word_pattern

GATES: list[tuple[re.Pattern[str], re.Pattern[str], list[str]]] = [
    (
        sides._FOUGHT_OVER_BEFORE,
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
        sides._TOPIC_BEFORE,
        sides._DEAL_WORDS,
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
        trigger_pairs._BOTH_WORDS,
        ["and both ", "and both sides ", ", the two leaders ", "while the two "],
    ),
    (
        trigger_objects._PLEDGE_BEFORE,
        trigger_objects._PLEDGE_WORDS,
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
        assert act_frames._MEDIATED.search(phrase)
        assert any(word in phrase for word in act_frames._MEDIATION_WORDS)
    for phrase in (
        " as mediator",
        " acting as broker",
        " serving as facilitators",
        " as guarantors",
    ):
        assert act_frames._MEDIATING.match(phrase)
        assert any(word in phrase for word in act_frames._MEDIATION_WORDS)


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


def _sample(items: Any, rng: random.Random, fold: bool) -> str:
    """One string a parsed pattern may match, drawn at random (look-arounds are left to
    the search that keeps only real matches); ``fold``: letters in either case."""
    out = []
    for op, av in items:
        if op is _parser.LITERAL:
            char = chr(av)
            out.append(char.upper() if fold and rng.random() < 0.5 else char)
        elif op is _parser.IN:
            out.append(_one_of(av, rng))
        elif op is _parser.BRANCH:
            out.append(_sample(rng.choice(av[1]).data, rng, fold))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            low, high, sub = av
            times = rng.randint(low, min(high, low + 3))
            out.extend(_sample(sub.data, rng, fold) for _ in range(times))
        elif op is _parser.SUBPATTERN:
            _, add, remove, sub = av
            inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            out.append(_sample(sub.data, rng, inner))
        elif op is _parser.CATEGORY:
            out.append(_CATEGORY_SAMPLES.get(av, " "))
        elif op in (_parser.ANY, _parser.NOT_LITERAL):
            out.append("x")
    return "".join(out)


def _one_of(items: Any, rng: random.Random) -> str:
    if items[0][0] is _parser.NEGATE:
        return " "
    op, av = rng.choice(items)
    if op is _parser.LITERAL:
        return chr(av)
    if op is _parser.RANGE:
        return chr(rng.randint(*av))
    return _CATEGORY_SAMPLES.get(av, " ")


_CATEGORY_SAMPLES = {
    _parser.CATEGORY_SPACE: " ",
    _parser.CATEGORY_WORD: "e",
    _parser.CATEGORY_DIGIT: "7",
    _parser.CATEGORY_NOT_WORD: " ",
    _parser.CATEGORY_NOT_SPACE: "x",
}


#: Patterns gated once per article (``holds_any``) or by a word found as written, and every
#: window gate above.
ALL_GATES = [
    (events._ANSWER_OPENS, word_pattern(*events._ANSWER_WORDS)),
    (events._ANSWERED_BEFORE, word_pattern(*events._ANSWER_WORDS)),
    (act_frames._MEDIATED, word_pattern(*act_frames._MEDIATION_WORDS)),
    (act_frames._MEDIATING, word_pattern(*act_frames._MEDIATION_WORDS)),
    (venues._SIDELINES_BEFORE, word_pattern(*venues._SIDELINES_WORDS)),
    (parties._CROSSING_FROM, word_pattern(*parties._ORIGIN_WORDS)),
    (idle_triggers._BRINGS_ON_AFTER, word_pattern(*idle_triggers._BROUGHT_WORDS)),
    (breaks.RELATIVE_LOWER, word_pattern("th", "wh")),  # read in lower case
    (sentence_subjects._AND_VERB_PHRASE, word_pattern("and")),  # read as written
    (act_frames._TERMS_BEFORE, word_pattern("which", "provid")),
    (act_frames._MEDIATED_LIST, act_frames._LIST_WORDS),
    (act_frames._INQUIRY_INTO, word_pattern("into")),
    (clause_subjects._CONVICTED_OF, word_pattern(*clause_subjects._CONVICTION_WORDS)),
    (conditions._DEMANDS_THAT, word_pattern("that")),
    (restrictions.RESTRICTED_BEFORE, word_pattern(*restrictions.RESTRICTION_WORDS)),
    (kinds._ARMED_BEFORE, word_pattern(*kinds._ARMED_WORDS)),
    (place_names._PLACE_OF_BEFORE, word_pattern(" of ")),  # its end, as place_names._PLACE_OF_TAILS
    (partners._WORKING_WITH, partners._WORKING_WORDS),
    (partners._WORKING_WITH_BEFORE, partners._WORKING_WORDS),
    (links._ASKED_BY, links._ASKED_BY_WORDS),
    (objects._OVER_WHAT_BEFORE, word_pattern("over")),
    (sides._GROUP_ANAPHOR, word_pattern(*sides._GROUP_NOUNS)),
    (appositions._OPPOSED_BEFORE, word_pattern("opposed", "hostile")),
    (readings._TIED_TO, word_pattern(*readings._TIES)),
    (readings._DISASTER_SUBJECT, word_pattern(*readings._DISASTERS)),
    (objects._CALLED_IN, word_pattern("call")),
    (objects._FILED_WITH, word_pattern("with")),
    (objects._PART_OF_BEFORE, word_pattern("part")),
    (objects._NEW_CLAUSE_BEFORE, word_pattern("and")),
    (objects._AND_SAID, word_pattern("and")),
    (objects._VENUE_OWNER, word_pattern("'s", "’s")),
    (parties._ABOARD, word_pattern("board")),
    (restrictions.RESTRICTED_BEFORE, restrictions.RESTRICTION_GATE),
    (anaphora._ITS_FOLLOWERS, word_pattern(*anaphora._FOLLOWERS, *anaphora._HIS_BODIES)),
    *((pattern, words) for pattern, words, _ in GATES),
]


@pytest.mark.parametrize(("pattern", "words"), ALL_GATES)
def test_random_matches_of_a_gated_pattern_hold_a_gate_word(
    pattern: re.Pattern[str], words: re.Pattern[str]
) -> None:
    """Matches drawn from the pattern itself: an alternative added to it later, without its
    word in the gate, fails here."""
    rng = random.Random(7)
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    fold = bool(pattern.flags & re.IGNORECASE)
    matched = 0
    for _ in range(600):
        text = "It said " + _sample(parsed.data, rng, fold)
        found = pattern.search(text)
        if found is not None:
            matched += 1
            assert holds_one_of(text, words, found.start(), found.end()), text
    assert matched > 100
