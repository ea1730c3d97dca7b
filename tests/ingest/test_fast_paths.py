"""The ingest speed-ups give exactly what the plain, slower code gave.

Each fast path (cheap tests before each cleaning pass, passages by string search, triggers
tried at word starts only, ASCII date anchors nested by first character and found once per
article, lower-cased hedges, negations and words before a verb, leftover lines and Markdown
passes looked for at once, the word gate of descriptive names, doubled marks) is checked
against the straightforward version it replaced, on real sentences and on generated text.
"""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import compress
from pathlib import Path

import pytest

from personae.store.ingest import (
    clause_subjects,
    clauses,
    dates,
    formats,
    kinds,
    read,
    speakers,
    timeline,
    tokens,
    verbs,
)
from personae.store.ingest.candidates import Candidate
from personae.store.ingest.described import DESCRIPTIVE
from personae.store.ingest.gazetteer import LOWER_STARTS, TOKEN, load_gazetteer
from personae.store.ingest.lexicon import COMPANY_CUES, ORGANISATION_CUES, PERSON_CUES
from personae.store.ingest.scan import (
    EndingAt,
    WordScanner,
    alternatives,
    ascii_words,
    by_first_character,
    heads,
)
from personae.store.model import Span
from personae.store.text import (
    _CONTROLS,
    _ESCAPES,
    _INVISIBLE,
    _LINE_EDGES,
    _SPACES,
    clean_text,
    passages_of,
    sentences_of,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _real_text() -> str:
    texts = [ASSETS.joinpath("iran-russia-alliance.txt").read_text(encoding="utf-8")]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/articles/*.md"))]
    return "\n\n".join(texts)


_PIECES = [
    "Iran", "Russia", "supplied", "supplies", "back", "backed", "to", "in", "met with", "met",
    "co-operate", "didn't", "sanctions", "arms sales", "forced them to", "fined $5", "U.S.",
    "may", "could not", "reportedly", "2010-11", "Jan. 5, 2008", "last week", "two years ago",
    "Monday", "the 1990s", "tobacco", "talks", "all", "allies", "wary", "ſ", "K", "é", "İ",
    "١٢", "\u200b", "\t", "  ", " ", " ", "\n", "\n\n", "\n\n\n", "\r\n", ".", ",", "—", "'s",
    "\x1b[31m", "\x9b2J", "\x07", "\u202e", "\u00a0", "e\u0301",
]  # fmt: skip


def _generated(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 30)))
        for _ in range(count)
    ]


def _sentences() -> list[str]:
    text = _real_text()
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s] + _generated(1)


def _clean_reference(text: str) -> str:
    """clean_text as it was: seven passes, always."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _LINE_EDGES.sub("\n", _SPACES.sub(" ", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _passages_reference(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", text))


def test_clean_text_equals_the_seven_passes() -> None:
    for text in [_real_text(), *_generated(2, 2000)]:
        assert clean_text(text) == _clean_reference(text)
        cleaned = clean_text(text)
        assert clean_text(cleaned) == cleaned


def test_passages_equal_the_pattern() -> None:
    cases = ["", "\n", "a", "a\n", "\na", "a\n\n", "a\n\nb\n", "a\n\n\nb", "\n\n\na\nb\n\n"]
    for text in [*cases, _real_text(), *_generated(3, 1000)]:
        assert passages_of(text) == _passages_reference(text)


def test_heads_read_the_first_characters() -> None:
    assert heads(re.compile(r"\b(?:ab|c\w+|d?e)")) == frozenset({"ab", "c", "e", "de"})
    assert heads(re.compile(r"\b(?:x*)")) is None  # may match the empty string
    assert heads(re.compile(r"\b\w+")) is None
    assert heads(re.compile(r"(?i)\bab")) is None
    assert heads(re.compile(r"\b(?:abcd|ab|[xy]z)"), 3) == frozenset({"abc", "ab", "xz", "yz"})


@pytest.mark.parametrize(
    "pattern",
    [verbs.TRIGGER_LOWER, verbs.HEDGE_LOWER, re.compile(r"\bab|\bc(?=d)|\bx")],
    ids=["triggers", "hedges", "small"],
)
def test_word_scanner_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    scanner = WordScanner(pattern)
    assert scanner.filtered
    for sentence in _sentences():
        lowered = sentence.lower()
        expected = [(m.span(), m.lastgroup) for m in pattern.finditer(lowered)]
        assert [(m.span(), m.lastgroup) for m in scanner.finditer(lowered)] == expected
        for pos, end in ((1, len(lowered)), (0, len(lowered) // 2), (3, len(lowered) - 2)):
            want = [m.span() for m in pattern.finditer(lowered, pos, end)]
            assert [m.span() for m in scanner.finditer(lowered, pos, end)] == want


def test_the_trigger_scanner_by_opening_finds_what_finditer_finds() -> None:
    """The trigger scan tries at each word only the stems opening with its letter."""
    for sentence in _sentences():
        lowered = sentence.lower()
        expected = [(m.span(), m.lastgroup) for m in verbs.TRIGGER_LOWER.finditer(lowered)]
        assert [(m.span(), m.lastgroup) for m in verbs.TRIGGER_SCAN.finditer(lowered)] == expected


def test_date_expressions_by_opening_match_as_the_whole_pattern() -> None:
    texts = [*_sentences(), "On Monday, 3 March 2020 and in March, 2019-05-01 or 1990s ago."]
    for text in texts:
        for offset in range(len(text)):
            whole = dates.DATE_EXPRESSION.match(text, offset)
            part = dates._DATE_BY_OPENING.get(text[offset], dates.DATE_EXPRESSION).match(
                text, offset
            )
            assert (whole and (whole.span(), whole.lastgroup)) == (
                part and (part.span(), part.lastgroup)
            ), (text, offset)


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"a|b(?:c|d)|[|x]|\||[]|]") == ["a", "b(?:c|d)", "[|x]", r"\|", "[]|]"]
    for stems in verbs.TRIGGERS.values():
        assert all(re.compile(stem) for stem in alternatives(stems))


def test_word_scanner_falls_back_when_it_cannot_filter() -> None:
    loose = WordScanner(re.compile(r"ab|\d+"))  # no leading \b: a match may start mid-word
    assert not loose.filtered
    assert [m.group() for m in loose.finditer("slab 12 abc")] == ["ab", "12", "ab"]


def test_hedges_on_lowered_ascii_equal_case_insensitive_hedges() -> None:
    for sentence in _sentences():
        if not sentence.isascii():
            continue
        want = verbs.HEDGE.search(sentence)
        got = verbs.HEDGE_LOWER.search(sentence.lower())
        assert (got.span() if got else None) == (want.span() if want else None)


def test_negations_on_lowered_ascii_equal_case_insensitive_negations() -> None:
    for sentence in [*_sentences(), "He DIDN'T give", "Iran Refused Monday To supply"]:
        if not sentence.isascii():
            continue
        for start in range(0, len(sentence), 7):  # windows as negation_before cuts them
            window = sentence[start : start + 60]
            want = verbs.NEGATION.search(window)
            got = verbs.NEGATION_LOWER.search(window.lower())
            assert (got.span() if got else None) == (want.span() if want else None)


@pytest.mark.parametrize(
    "pattern",
    [
        clauses._PASSIVE_BEFORE,
        clause_subjects.OWN_SUBJECT_BEFORE,
        speakers._SAYING_BEFORE,
        clause_subjects._INFINITIVE_BEFORE,
        verbs.ATTRIBUTION_BEFORE,
    ],
    ids=["passive", "own subject", "saying", "infinitive", "attribution"],
)
def test_words_before_read_in_lower_case_equal_the_case_insensitive_search(
    pattern: re.Pattern[str],
) -> None:
    ending = EndingAt(pattern)
    texts = [*_sentences(), "It WAS Attacked", "eIS hit", "Chile Said: Peru", "K is \u212a"]
    for text in texts:
        for end in range(0, len(text) + 1, 3):
            for reach in (16, 24, 30):
                low = max(0, end - reach)
                want = pattern.search(text, low, end) is not None
                assert ending.found(text, low, end) == want, (text, low, end)


def test_speaking_words_nested_by_first_character_equal_the_flat_alternation() -> None:
    flat = re.compile("|".join(speakers._SPEAKING_WORDS))
    for sentence in _sentences():
        lowered = sentence.lower()
        want = [m.span() for m in flat.finditer(lowered)]
        assert [m.span() for m in speakers._SPEAKING.finditer(lowered)] == want


def test_words_before_refuse_a_pattern_they_cannot_read_in_lower_case() -> None:
    for pattern in (r"(?<=a)b\s+$", r"\bTo\s+$", r"(?-i:to)\s+$"):
        with pytest.raises(ValueError):
            EndingAt(re.compile(pattern, re.IGNORECASE))
    with pytest.raises(ValueError):
        EndingAt(re.compile(r"\bto\s+$"))  # not case-insensitive: nothing to gain


def test_ascii_date_anchors_equal_the_general_anchors() -> None:
    for sentence in _sentences():
        if sentence.isascii():
            general = [m.span() for m in dates._ANCHOR.finditer(sentence)]
            assert [m.span() for m in dates._ASCII_ANCHOR.finditer(sentence)] == general


def _flat_anchors(digit: str) -> re.Pattern[str]:
    """The date anchors as one flat alternation, as they were written before nesting."""
    numbers = [
        r"1[5-9][0-9][0-9](?![0-9])",
        r"20[0-9][0-9](?![0-9])",
        *(rf"{d}[0-9]?(?![0-9]){dates._NUMBER_TAIL}" for d in "0123456789"),
    ]
    if digit == r"\d":
        numbers = [rf"(?:1[5-9]|20)\d\d(?!\d)|\d\d?(?!\d){dates._NUMBER_TAIL}"]
    return re.compile("|".join([*numbers, *dates._ANCHOR_WORDS, dates._ANCHOR_TAIL]))


def test_date_anchors_nested_by_first_character_equal_the_flat_alternation() -> None:
    ascii_flat, general_flat = _flat_anchors("[0-9]"), _flat_anchors(r"\d")
    for sentence in _sentences():
        for nested, flat in ((dates._ANCHOR, general_flat), (dates._ASCII_ANCHOR, ascii_flat)):
            if nested is dates._ASCII_ANCHOR and not sentence.isascii():
                continue
            for pos, end in ((0, len(sentence)), (2, len(sentence) - 1)):
                want = [m.span() for m in flat.finditer(sentence, pos, end)]
                assert [m.span() for m in nested.finditer(sentence, pos, end)] == want


def test_nesting_refuses_an_alternative_it_cannot_nest() -> None:
    with pytest.raises(ValueError):
        by_first_character(["ab", "c?d"])
    with pytest.raises(ValueError):
        by_first_character(["ab", r"\d"])
    assert by_first_character(["ab", "a", "cd"]) == "a(?:b|)|cd"


_LEFTOVER_PIECES = [
    "Share this article", "  Read more ", "Facebook | Twitter", "Facebook\n| Twitter",
    "copyright ", "Copyright 2024 Acme", "Loading...", "Comments (3)", "We use cookies.",
    "By continuing to use this site you accept cookies", "Iran and Russia signed a pact.",
    "\u2028Advertisement", "related:", "Sign up for our newsletter", "- a list item",
]  # fmt: skip


def _with_leftovers(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    return [
        "\n".join(rng.choice(_LEFTOVER_PIECES + _PIECES) for _ in range(rng.randint(0, 12)))
        for _ in range(count)
    ]


def test_leftover_lines_found_at_once_equal_the_line_by_line_reading() -> None:
    for text in [_real_text(), *_with_leftovers(4), *_generated(5)]:
        lines = text.split("\n")
        want = "\n".join(line for line in lines if not read.LEFTOVER_LINES.match(line.strip()))
        assert read.drop_leftovers(text) == want
        assert read.clean_body(text) == clean_text(read.drop_leftovers(clean_text(text)))


def test_markdown_rules_skipped_by_their_openings_equal_every_rule_run() -> None:
    def every_rule(text: str) -> str:
        for _, pattern, repl in formats._MD_RULES:
            text = pattern.sub(repl, text)
        return text

    for text in [_real_text(), *_with_leftovers(6), *_generated(7)]:
        for variant in (text, "---\n" + text, " 1. " + text, "\n  * " + text):
            assert formats._strip_markdown(variant) == every_rule(variant)


def test_descriptive_names_end_with_a_whole_word_the_gate_knows() -> None:
    extra = [
        "The Biden administration's envoy met the Obama administrations.",
        "Sunni fundamentalist groups' leaders and Iraqi Shia militias-linked men met.",
        "The Hamas regime_x and the Assad regimes and the Kremlin cabinet's plan.",
    ]
    for sentence in [*_sentences(), *extra]:
        words = set(TOKEN.findall(sentence))
        for names, _, nouns in DESCRIPTIVE:
            if nouns.isdisjoint(words):
                assert list(names(sentence)) == []


def test_a_sentence_reads_the_article_anchors_its_own_scan_would_find() -> None:
    texts = [_real_text(), *(" ".join(_generated(seed, 40)) for seed in (9, 10, 11))]
    texts.append("Talks began on 12. Then in May. By 2001 they ended 2 weeks ago. Top 10\n\nJan 5")
    read_alone = 0
    for text in texts:
        anchors = dates.ArticleAnchors(text)
        pattern = dates._ANCHOR
        spans = [(s.start, s.end) for s in sentences_of(text)]
        spans += [(i, j) for i in range(0, len(text), 97) for j in (i + 5, i + 40, i + 301)]
        for start, end in spans:
            end = min(end, len(text))
            inside = anchors.within(start, end)
            if inside is not None:
                read_alone += 1
                want = [m.span() for m in pattern.finditer(text, start, end)]
                assert inside == [start for start, _ in want]
    assert read_alone > 500  # the shortcut is taken, not only the fallback


def test_doubled_marks_are_rewritten_only_where_two_marks_meet() -> None:
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(rng.choice("ab ,;:.") for _ in range(rng.randint(0, 12)))
        if timeline._TWO_MARKS.search(text) is None:
            assert timeline._DOUBLED_MARKS.sub("", text) == text


_ANCHOR_PIECES = [
    "ago", "agó", "ago_", "Chicago", "agony", "years", "yesterday", "yesterdayear", "today",
    "Today", "todayear", "tonight", "tomorrow", "tomorroweek", "week", "weekend", "month",
    "Monthly", "Monday", "morning", "afternoon", "evening", "Jan", "January", "May", "2 days",
    "3", "14", "1999", "20010", "2024/5", "٢٠٢٤", "ago\u0301", "Sun", "e", "t", "a", " ", ".",
]  # fmt: skip


def test_anchors_found_in_two_kinds_equal_the_single_scan() -> None:
    rng = random.Random(12)
    generated = [
        "".join(rng.choice(_ANCHOR_PIECES) + rng.choice(("", " ", "", ",")) for _ in range(n))
        for n in [rng.randint(0, 30) for _ in range(3000)]
    ]
    for text in [_real_text(), *_sentences(), *_generated(13), *generated]:
        assert dates.anchor_spans(text) == [m.span() for m in dates._ANCHOR.finditer(text)]


def test_words_split_with_ascii_classes_equal_the_unicode_split() -> None:
    texts = [_real_text(), *_sentences(), *_generated(14), "".join(map(chr, range(256)))]
    texts += ["“Iran’s” £5 – €3 … 2024", "Café Müller", "١٢ May", "x_y ＡＢ"]
    used = 0
    for text in texts:
        pieces = tokens._WORD_SPLIT.split(text)
        got = tokens.tokenise(text)
        assert (got.words, got.gaps) == (pieces[1::2], pieces[2::2])
        assert dates.anchor_spans(text) == [m.span() for m in dates._ANCHOR.finditer(text)]
        if ascii_words(text):
            used += not text.isascii()
            assert tokens._ASCII_WORD_SPLIT.split(text) == pieces
            spans = [m.span() for m in dates._ASCII_ANCHOR.finditer(text)]
            assert spans == [m.span() for m in dates._ANCHOR.finditer(text)]
    assert used > 10  # text with curly quotes and currency signs takes the ASCII classes
    assert not ascii_words("Café") and not ascii_words("١٢") and ascii_words("“£5”")


def _votes_reference(cand: Candidate, text: str) -> tuple[int, int, int, int]:
    """kinds._votes as it was: the words around each mention found by the pattern, as str
    (which company words describe the mention, not a name beside them, is kinds._own_cues's
    to say: tested in test_kinds_context)."""
    company = person = place = organisation = 0
    for start, end in cand.spans + cand.context:
        before = kinds._WORDS_AROUND.findall(text, max(0, start - 60), start)
        # the words after it end with its sentence, if it ends it, or its paragraph
        hi = min(len(text), end + 60)
        if text[end : end + 2] in (". ", ".\n", "? ", "! "):
            hi = end
        elif "\n" in text[end:hi]:
            hi = text.index("\n", end)
        after = kinds._WORDS_AROUND.findall(text, end, hi)
        around = set(map(str.lower, before[-6:] + after[:6]))
        cues = {cue.encode() for cue in around & COMPANY_CUES}
        window = (max(0, start - 60), start, end, hi)
        company += kinds._own_cues(text, window, cues) if cues else 0
        located = bool(before) and before[-1] in kinds._PLACE_BEFORE
        stop = text.rfind(". ", max(0, start - 40), start)
        near = (before if stop < 0 else kinds._WORDS_AROUND.findall(text[stop:start]))[-3:]
        if not located:  # a campaign word before "in" describes no one located there
            organisation += len(ORGANISATION_CUES & {b.lower() for b in near})
        if after and text.startswith(" ", end):
            organisation += after[0].lower() in ORGANISATION_CUES
        if len(cand.tokens) > 1:
            person += len(around & PERSON_CUES)
        place += located
    return company, person, place, organisation


_AROUND_PIECES = [
    "Inc", "company", "Company", "shares", "CEO", "charity", "activists", "minister", "said", "in", "In", "near",
    "x_in", "in2", "3rd", "é", "Müller", "İn", "ſ", "K", "’s", "-", ".", ",", " ", "\n", "",
]  # fmt: skip


def test_words_around_a_name_read_as_bytes_equal_the_pattern() -> None:
    rng = random.Random(15)
    texts = [_real_text(), *_generated(16, 100)]
    texts += [
        "".join(rng.choice(_AROUND_PIECES) + rng.choice(" ,") for _ in range(rng.randint(0, 60)))
        for _ in range(400)
    ]
    for text in texts:
        for start in range(0, max(len(text) - 8, 1), 37):
            window = text[start : start + rng.randint(0, 90)]
            want = [w.encode() for w in kinds._WORDS_AROUND.findall(window)]
            assert kinds.words_around(window) == want
        for _ in range(20):
            spans = [
                (s, s + rng.randint(0, 12)) for s in (rng.randint(0, len(text)) for _ in "abc")
            ]
            cand = Candidate("X", spans[:2], rng.choice((["X"], ["X", "Y"])), context=spans[2:])
            assert kinds._votes(cand, text) == _votes_reference(cand, text)


def test_name_openers_looked_up_by_capitals_equal_every_word_looked_up() -> None:
    gaz = load_gazetteer()
    extra = ["al Qaeda met 20 von der Leyen", "1920 Revolution in İran", "ǅemal 7th Division el"]
    for text in [_real_text(), *_sentences(), *_generated(17), *extra]:
        found = tokens.tokenise(text)
        every = {
            word
            for word in gaz._table.keys() & found.distinct
            if word[0].isupper() or word[0].isdigit() or word in LOWER_STARTS
        }
        capitalised = set(compress(found.words, found.capitalised))
        assert gaz.openers(found.distinct, capitalised) == every


def _in_role_reference(cand: Candidate, text: str) -> int:
    """kinds._in_role as it was: the 80 characters before each mention searched whole."""
    if any(kinds._HONORIFIC_BEFORE.search(text, max(0, s - 5), s) for s, _ in cand.context):
        return 2
    said = 0
    for start, end in cand.spans:
        before = text[max(0, start - 80) : start]
        if kinds._ROLE_BEFORE.search(before) or kinds._ROLE_APPOSED_AFTER.match(
            text, end, end + 80
        ):
            return 2
        if kinds._ROLE_APPOSED_BEFORE.search(before) and text.startswith(",", end):
            return 2
        if kinds._SAID_BEFORE.search(before) and kinds._CLAUSE_END.match(text, end):
            said = 1
    return said


def test_roles_read_back_as_far_as_their_longest_match_equal_the_80_characters() -> None:
    written = [
        "Contoso senior vice president Bram Hollis said", "the managing director Ann Lee",
        "Fabrikam's vice-president of sales for Europe, Bram Hollis, said", "said Bram Hollis.",
        "xpresident Bram Hollis", "a spokeswoman, Ann Lee, said", "CEO Tim Cook", "Ann Lee, chairman",
    ]  # fmt: skip
    found = 0
    for sentence in [*written, *_sentences()]:
        spans = [m.span() for m in re.finditer(r"[A-Z]\w+(?: [A-Z]\w+)?", sentence)]
        for span in spans:
            cand = Candidate(
                sentence[span[0] : span[1]], [span], sentence[span[0] : span[1]].split()
            )
            expected = _in_role_reference(cand, sentence)
            assert kinds._in_role(cand, sentence) == expected, (sentence, span)
            found += expected
    assert found > 10  # roles, appositions and speakers are met
