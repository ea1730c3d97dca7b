"""An article with more relations or events than a list pane lays out: the pane shows the
first ones, and says so first, with how to narrow the list."""

from __future__ import annotations

from screen_text import screen_lines

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Event, Relation, Span
from personae.tui.app import PersonaeApp
from personae.tui.widgets.explorer_list import MAX_ROWS
from personae.tui.widgets.relation_list import RelationList
from personae.tui.widgets.row_list import Row
from personae.tui.widgets.timeline import Timeline

COUNT = MAX_ROWS + 120


def _words(row: Row) -> str:
    return " ".join(row.prompt.plain.split())


def _crowded_corpus() -> Corpus:
    sentence = "Iran met Russia in 2020."
    text = " ".join([sentence] * COUNT)
    spans = tuple(Span(n * (len(sentence) + 1), n * (len(sentence) + 1) + len(sentence))
                  for n in range(COUNT))  # fmt: skip
    article = Article(
        id="crowded", title="Crowded", text=text, passages=(Span(0, len(text)),), sentences=spans
    )
    entities = (
        Entity(id="iran", name="Iran", kind="state"),
        Entity(id="russia", name="Russia", kind="state"),
    )
    relations = tuple(
        Relation(f"r{n}", "crowded", "iran", "russia", "CONSULT", span, summary=f"meeting {n}")
        for n, span in enumerate(spans)
    )
    events = tuple(
        Event(f"e{n}", "crowded", "2020", "year", True, f"meeting {n}", span, ("iran",))
        for n, span in enumerate(spans)
    )
    mentions = tuple(find_mentions(text, "crowded", entities, provenance="extracted"))
    store = Store()
    store.put(ArticleRecords(article, entities, mentions, relations, events))
    return Corpus(store.snapshot())


async def test_long_lists_stop_at_the_limit_and_say_so_first() -> None:
    app = PersonaeApp(_crowded_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.explorer.select_actor("iran")
        await pilot.pause()
        relations = app.query_one(RelationList)
        note, *rows = relations.options
        assert [row.id for row in rows] == [f"r{n}" for n in range(MAX_ROWS)]
        assert note.disabled and note.id is None
        assert _words(note) == f"First 500 of {COUNT} shown: pin a second actor to narrow"
        # seen first, without scrolling, and wrapped to the pane rather than cut at its edge
        assert " ".join(" ".join(screen_lines(relations)[:2]).split()) == _words(note)
        timeline = app.query_one(Timeline)
        note, *rows = timeline.options
        assert _words(note) == f"First 500 of {COUNT} shown: pin an actor, f keeps its own"
        assert [row.id for row in rows] == [f"e{n}" for n in range(MAX_ROWS)]
        # the note is not a relation: the cursor skips it
        relations.focus()
        await pilot.press("home")
        assert relations.highlighted_option is relations.options[1]  # r0, not the note


async def test_a_narrowed_list_that_is_still_long_gives_no_hint_it_cannot_keep() -> None:
    app = PersonaeApp(_crowded_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.explorer.select_actor("iran")
        app.explorer.selection = app.explorer.selection.toggled("russia")
        await pilot.pause()
        assert app.explorer.selection.pinned == ("iran", "russia")
        assert _words(app.query_one(RelationList).options[0]) == f"First 500 of {COUNT} shown"
        timeline = app.query_one(Timeline)
        timeline.focus()
        await pilot.press("f")
        assert timeline.only_pinned
        assert _words(timeline.options[0]) == f"First 500 of {COUNT} shown"
        # the pins' swatches go on the events' rows, not on the note
        assert timeline.decorate is not None
        assert timeline.decorate(0, 0).plain.strip() == ""
        assert timeline.decorate(1, 0).plain.strip() != ""
