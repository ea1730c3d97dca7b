"""The relations pane on an extracted article: a confidence mark on every extracted row,
the most trusted typed relations first, low-confidence ones filtered with l, and
co-mentions kept back behind c with a row that says how many."""

from __future__ import annotations

from dataclasses import replace

from extracted_app import COMENTIONS, HIGH, LOW, MEDIUM, MINISTERS, make_app
from screen_text import screen_lines
from snap_app import bundled_corpus

from personae.store.model import Relation, Span
from personae.tui.app import PersonaeApp
from personae.tui.format import CONFIDENCE_MARKS, PROVENANCE_SYMBOLS, provenance_mark
from personae.tui.screens.help import HelpScreen
from personae.tui.widgets.relation_list import RelationList

WIDE = (120, 40)
NARROW = (80, 24)


def listed(relations: RelationList) -> list[str]:
    return [row.id for row in relations.options if row.id is not None]


def notes(relations: RelationList) -> list[str]:
    """The rows that are not relations (headings, counts, hints), as one line each."""
    return [" ".join(row.prompt.plain.split()) for row in relations.options if row.disabled]


def said(app: PersonaeApp) -> str:
    """Every notification shown so far, one a line."""
    return "\n".join(str(n.message) for n in app._notifications)


def row_text(relations: RelationList, relation_id: str) -> str:
    return relations.options[relations.get_option_index(relation_id)].prompt.plain


async def test_each_extracted_row_shows_its_confidence_as_a_glyph() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        extracted = PROVENANCE_SYMBOLS["extracted"]
        assert f"{extracted}{CONFIDENCE_MARKS['high']}" in row_text(relations, HIGH)
        assert f"{extracted}{CONFIDENCE_MARKS['medium']}" in row_text(relations, MEDIUM)
        assert f"{extracted}{CONFIDENCE_MARKS['low']}" in row_text(relations, LOW)
        # what is drawn, not only what is built: the marks are on screen, in plain text
        drawn = "\n".join(screen_lines(relations))
        assert f"AID {extracted}{CONFIDENCE_MARKS['high']}" in drawn


async def test_confident_typed_relations_come_first_then_reading_order() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        # the low-confidence accusation opens the article, yet comes last
        assert listed(app.query_one(RelationList)) == [HIGH, MINISTERS, MEDIUM, LOW]


async def test_curated_relations_keep_the_order_of_the_text() -> None:
    corpus = bundled_corpus()
    app = PersonaeApp(corpus, select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        in_text = sorted(
            corpus.relations_of("iran", corpus.articles[0].id),
            key=lambda r: (r.evidence.start, r.id),
        )
        assert listed(app.query_one(RelationList)) == [r.id for r in in_text]
        assert not notes(app.query_one(RelationList))  # nothing hidden, nothing to say


async def test_comentions_are_hidden_and_counted_until_c() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        iran_comentions = [COMENTIONS[0], COMENTIONS[1]]  # with Russia, with China
        assert not set(iran_comentions) & set(listed(relations))
        assert notes(relations) == ["2 co-mentions hidden: c shows them"]
        assert "2 hidden" in str(relations.border_subtitle)
        await pilot.press("c")
        # after every typed relation, under a heading that says how to hide them again
        assert listed(relations) == [HIGH, MINISTERS, MEDIUM, LOW, *iran_comentions]
        assert notes(relations) == ["2 co-mentions: c hides them"]
        assert "hidden" not in str(relations.border_subtitle)
        await pilot.press("c")
        assert listed(relations) == [HIGH, MINISTERS, MEDIUM, LOW]


async def test_l_hides_low_confidence_relations_and_says_how_many() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        await pilot.press("l")
        assert listed(relations) == [HIGH, MINISTERS, MEDIUM]
        assert "1 low-confidence relation hidden: l shows it" in notes(relations)
        assert "l: low-confidence hidden (1 here)" in said(app)
        await pilot.press("l")
        assert LOW in listed(relations)


async def test_l_never_hides_curated_relations() -> None:
    corpus = bundled_corpus()
    app = PersonaeApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        relations = app.query_one(RelationList)
        before = listed(relations)
        await pilot.press("l")
        assert listed(relations) == before


async def test_a_relation_chosen_elsewhere_is_listed_though_a_filter_hides_it() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.explorer.selection = replace(app.explorer.selection, relation=COMENTIONS[0])
        await pilot.pause()
        relations = app.query_one(RelationList)
        assert COMENTIONS[0] in listed(relations)
        assert relations.highlighted_id == COMENTIONS[0]
        assert notes(relations) == ["1 co-mention hidden: c shows it"]


async def test_the_filters_work_in_a_narrow_terminal_from_another_pane() -> None:
    app = make_app(select=["Iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("c")  # the actors pane is shown: the key still says what it did
        assert "c: co-mentions shown (2 here)" in said(app)
        await pilot.press("2")
        assert COMENTIONS[0] in listed(app.query_one(RelationList))


async def test_help_explains_the_filter_keys_and_the_confidence_marks() -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = screen_lines(app.screen.query_one("#help-keys"))
        assert any(line.startswith("c ") and "co-mentions" in line for line in keys)
        assert any(line.startswith("l ") and "low-confidence" in line for line in keys)
        marks = "\n".join(screen_lines(app.screen.query_one("#help-marks")))
        assert " ".join(f"≈{glyph}" for glyph in CONFIDENCE_MARKS.values()) in marks
        assert "high, medium, low confidence" in marks


def test_confidence_steps_and_a_store_written_before_confidence() -> None:
    base = Relation("a:r1", "a", "x", "y", "AID", Span(0, 1))
    for confidence, mark in ((0.95, "▆"), (0.75, "▆"), (0.74, "▄"), (0.5, "▄"), (0.45, "▂")):
        assert provenance_mark(replace(base, confidence=confidence)) == f"≈{mark}"
    assert provenance_mark(base) == "≈"  # an older store: no step claimed
    assert provenance_mark(replace(base, provenance="curated")) == "✓"
