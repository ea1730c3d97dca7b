"""The explorer's layout holds with a 100,000-character line, a 5 MB article, wide text.

Records are built directly (extraction is tested elsewhere) and the app is driven in-process
at 80x24 and 200x60: opening, scrolling to the end, selecting, searching, resizing.  How
fast is `make bench`'s to say; a hang fails the test through the suite's hang guard.
"""

from __future__ import annotations

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Span
from personae.tui.app import PersonaeApp
from personae.tui.widgets.article_view import ArticleView


def _corpus(text: str, article_id: str = "big") -> Corpus:
    passages: list[Span] = []
    start = 0
    for part in text.split("\n\n"):
        passages.append(Span(start, start + len(part)))
        start += len(part) + 2
    article = Article(
        id=article_id, title=f"A big one {'漢字' * 40}", text=text,
        passages=tuple(passages), sentences=tuple(passages), date="2024-01-01",
    )  # fmt: skip
    entities = (
        Entity(id="iran", name="Iran", kind="state"),
        Entity(id="russia", name="Russia", kind="state"),
    )
    mentions = tuple(find_mentions(text, article_id, entities, provenance="extracted"))
    store = Store()
    store.put(ArticleRecords(article, entities, mentions, (), ()))
    return Corpus(store.snapshot())


async def _drive(corpus: Corpus, size: tuple[int, int]) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.focus()
        for key in ("end", "pageup", "home", "pagedown"):
            await pilot.press(key)
        app.explorer.select_actor("iran")
        await pilot.pause()
        await pilot.press("n", "n", "N")
        await pilot.press("slash", *"Russia", "enter", "escape")
        await pilot.resize_terminal(200 if size[0] < 200 else 80, 60 if size[1] < 60 else 24)
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert app.is_running
        # The end of the article is reached, after the resize re-wrapped all of it.
        assert view.max_scroll_y > 0 and view.scroll_y == view.max_scroll_y


async def test_a_hundred_thousand_character_line_at_80_columns() -> None:
    line = ("Iran and 漢字 Russia 👩‍👩‍👧 [bold]met[/] " * 4000)[:100_000]
    await _drive(_corpus(f"{line}\n\nRussia closed."), (80, 24))


async def test_a_five_megabyte_article_at_200_columns() -> None:
    paragraph = "The committee spent the afternoon reviewing the minutes of earlier meetings. " * 8
    text = "\n\n".join(
        paragraph.strip() + (" Iran met Russia." if n % 20 == 0 else "")
        for n in range(5_000_000 // (len(paragraph) + 1) + 1)
    )
    assert len(text) >= 5_000_000
    await _drive(_corpus(text), (200, 60))
