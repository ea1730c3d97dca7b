"""The all-articles view of an actor, and reloading when the store changes on disk."""

from __future__ import annotations

import time
from pathlib import Path

from screen_text import screen_lines
from textual.pilot import Pilot

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.model import Article, Entity, Event, Mention, Relation, Span
from personae.tui.app import PersonaeApp
from personae.tui.screens.across import AcrossArticles, AcrossList
from personae.tui.screens.article_picker import ArticlePicker, PickerList
from personae.tui.widgets.article_layout import EVIDENCE_MARK
from personae.tui.widgets.article_view import ArticleView

NARROW = (80, 24)
TEXT = (
    "Tehran courts Riyadh.\n\n"
    "Iran and Saudi Arabia restored ties in March 2023, a deal brokered quietly. "
    "[bold]Not markup[/bold] says Iran."
)


def second_article(
    article_id: str = "second", title: str = "Iran and Saudi Arabia"
) -> ArticleRecords:
    text = TEXT
    passages = (Span(0, text.index("\n\n")), Span(text.index("Iran and"), len(text)))
    deal = Span(text.index("Iran and"), text.index("quietly.") + len("quietly."))
    article = Article(
        id=article_id,
        title=title,
        text=text,
        passages=passages,
        sentences=(passages[0], deal, Span(deal.end + 1, len(text))),
        date="2024-03-10",
    )
    entities = (
        Entity(id="iran", name="Iran", kind="state", aliases=("Tehran",)),
        Entity(id="saudi-arabia", name="Saudi Arabia", kind="state", aliases=("Riyadh",)),
    )
    mentions = tuple(
        Mention(entity=entity, article=article_id, start=start, end=start + len(name), text=name)
        for entity, name in (("iran", "Tehran"), ("saudi-arabia", "Riyadh"), ("iran", "Iran"))
        for start in [text.index(name)]
    )
    relation = Relation(
        id=f"{article_id}:r1",
        article=article_id,
        source="iran",
        target="saudi-arabia",
        type="AGREE",
        evidence=deal,
        summary="restores ties with",
        hedge="quietly",
    )
    event = Event(
        id=f"{article_id}:e1",
        article=article_id,
        date="2023-03",
        precision="month",
        stated=True,
        label="Iran and Saudi Arabia restore ties",
        evidence=deal,
        actors=("iran", "saudi-arabia"),
    )
    return ArticleRecords(article, entities, mentions, (relation,), (event,))


def two_article_corpus() -> Corpus:
    store = Store()
    store.put(bundled_records())
    store.put(second_article())
    return Corpus(store.snapshot())


async def test_g_shows_the_actor_across_articles_and_enter_opens_the_evidence() -> None:
    corpus = two_article_corpus()
    app = PersonaeApp(corpus, article_id="iran-russia-alliance", select=["iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        rows = app.screen.query_one(AcrossList)
        ids = [row.id for row in rows.options]
        # one heading per article, newest first, each followed by its relations and events
        assert ids[0] == "a:second" and "r:second:r1" in ids and "e:second:e1" in ids
        assert "a:iran-russia-alliance" in ids
        assert ids.index("a:iran-russia-alliance") > ids.index("e:second:e1")
        shown = "\n".join(screen_lines(rows))
        assert "2024-03-10" in shown and "Iran and Saudi Arabia" in shown
        assert "2 mentions" in shown
        assert "Saudi Arabia" in shown and "AGREE" in shown and "? quietly" in shown
        assert "Mar 2023" in shown
        # Enter on the relation: its article opens at the evidence, the actor selected
        rows.highlighted = rows.get_option_index("r:second:r1")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.document is not None and app.explorer.document.article.id == "second"
        assert app.explorer.selection.pinned == ("iran",)
        assert app.explorer.selection.relation == "second:r1"
        lines = screen_lines(app.query_one(ArticleView))
        assert any(line[1:2] == EVIDENCE_MARK and "restored ties" in line for line in lines)


async def _open_from_across(pilot: Pilot[None], row_id: str) -> None:
    """g, then Enter on one row of the actor's view across articles."""
    await pilot.press("g")
    rows = pilot.app.screen.query_one(AcrossList)
    rows.highlighted = rows.get_option_index(row_id)
    await pilot.press("enter")
    await pilot.pause()


async def test_across_heading_opens_the_article_at_the_first_mention() -> None:
    corpus = two_article_corpus()
    app = PersonaeApp(corpus, article_id="second", select=["iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await _open_from_across(pilot, "a:iran-russia-alliance")
        assert (
            app.explorer.document is not None
            and app.explorer.document.article.id == "iran-russia-alliance"
        )
        assert (
            app.explorer.selection.pinned == ("iran",) and app.explorer.selection.relation is None
        )
        view = app.query_one(ArticleView)
        first = corpus.mentions_of("iran", "iran-russia-alliance")[0]
        assert first.text in "\n".join(screen_lines(view))
        # Esc in the view closes it without moving
        await pilot.press("g")
        assert isinstance(app.screen, AcrossArticles)
        await pilot.press("escape")
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.document.article.id == "iran-russia-alliance"


async def test_across_needs_a_selected_actor(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.check_action("across", ()) is None
        await pilot.press("g")
        assert not isinstance(app.screen, AcrossArticles)


async def test_across_shows_markup_in_titles_literally() -> None:
    store = Store()
    store.put(bundled_records())
    store.put(second_article(title="[@click=app.quit]Evil[/] \x1b]0;t\x07"))
    app = PersonaeApp(Corpus(store.snapshot()), select=["iran"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("g")
        shown = "\n".join(screen_lines(app.screen.query_one(AcrossList)))
        assert "[@click=app.quit]Evil[/]" in shown and "\x1b" not in shown
        assert "[bold]" not in shown or "Not markup" in shown


async def _wait_for(pilot: object, condition: object, seconds: float = 8.0) -> bool:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        await pilot.pause(0.1)
    return False


async def test_the_explorer_reloads_when_another_process_writes_the_store(
    tmp_path: Path,
) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    app = PersonaeApp(Corpus(store.snapshot()), select=["iran"], store=store)
    app.RELOAD_INTERVAL = 0.2
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.scroll_to(y=6, animate=False)
        await pilot.pause()
        Store.open(path).put(second_article())  # another writer, same file
        assert await _wait_for(pilot, lambda: len(app.corpus.articles) == 2)
        await pilot.pause()
        assert (
            app.explorer.document is not None
            and app.explorer.document.article.id == "iran-russia-alliance"
        )
        assert app.explorer.selection.pinned == ("iran",)
        assert view.scroll_y == 6
        assert any("reloaded" in str(n.message) for n in app._notifications)
        await pilot.press("a")
        assert isinstance(app.screen, ArticlePicker)
        assert "second" in [o.id for o in app.screen.query_one(PickerList).options]


async def test_a_store_that_cannot_be_read_again_keeps_the_screen(tmp_path: Path) -> None:
    path = tmp_path / "personae.json"
    store = Store.open_or_create(path)
    app = PersonaeApp(Corpus(store.snapshot()), select=["iran"], store=store)
    app.RELOAD_INTERVAL = 0.2
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        corpus = app.corpus
        path.write_text("{ not json")
        assert await _wait_for(
            pilot, lambda: any("could not be read" in str(n.message) for n in app._notifications)
        )
        assert app.corpus is corpus and app.explorer.selection.pinned == ("iran",)
        message = next(str(n.message) for n in app._notifications if "could not" in str(n.message))
        assert "\n" not in message


async def test_across_back_into_the_same_article_keeps_the_pins() -> None:
    corpus = two_article_corpus()
    app = PersonaeApp(corpus, article_id="iran-russia-alliance", select=["iran", "russia"])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await _open_from_across(pilot, "a:iran-russia-alliance")
        assert (
            app.explorer.document is not None
            and app.explorer.document.article.id == "iran-russia-alliance"
        )
        assert app.explorer.selection.pinned == ("iran", "russia")
