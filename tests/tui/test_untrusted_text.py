"""Article text is data: markup and terminal escapes in it are shown, never obeyed."""

from __future__ import annotations

from screen_text import screen_lines, whole_screen
from textual import events

from personae.store.corpus import Corpus
from personae.store.db import ArticleRecords, Store
from personae.store.mentions import find_mentions
from personae.store.model import Article, Entity, Span
from personae.tui.app import PersonaeApp
from personae.tui.widgets.actor_list import ActorList
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.search_bar import SearchBar

TEXT = (
    "Plain [bold]x[/bold] and [@click=app.quit]click me[/] here.\n\n"
    "A title \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m and [link=http://evil]link[/link]."
)


def hostile_corpus() -> Corpus:
    passages = (Span(0, TEXT.index("\n\n")), Span(TEXT.index("A title"), len(TEXT)))
    article = Article(
        id="hostile",
        title="[b]Title[/b] \x1b]0;pwned\x07",
        text=TEXT,
        passages=passages,
        sentences=passages,
        date="2024-01-01",
    )
    entity = Entity(id="x", name="[bold]x[/bold]", kind="person", aliases=("click me",))
    mentions = tuple(find_mentions(TEXT, article.id, [entity], provenance="extracted"))
    store = Store()
    store.put(ArticleRecords(article, (entity,), mentions, (), ()))
    return Corpus(store.snapshot())


async def test_markup_and_escapes_in_an_article_show_literally() -> None:
    app = PersonaeApp(hostile_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        shown = "\n".join(screen_lines(view))
        assert "[bold]x[/bold]" in shown
        assert "[@click=app.quit]click me[/]" in shown
        assert "[link=http://evil]link[/link]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "␛]0;pwned␇" in shown  # visible, inert
        header = str(app.query_one("#header").render())
        assert "[b]Title[/b]" in header and "\x1b" not in header
        # the actor named in markup is listed literally, and selecting it highlights
        actors = app.query_one(ActorList)
        assert any("[bold]x[/bold]" in line for line in screen_lines(actors))
        actors.focus()
        actors.highlighted = actors.get_option_index("x")
        await pilot.press("enter")
        assert app.explorer.selection.primary == "x"
        # clicking the would-be link does nothing but select its actor
        y = next(y for y, line in enumerate(screen_lines(view)) if "click me" in line)
        x = screen_lines(view)[y].index("click me") + 2  # past the border, into the word
        await pilot.click(ArticleView, offset=(x, y + 1))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert app.screen.query_one(ArticleView) is view


async def test_a_paste_into_the_search_bar_drops_its_control_characters() -> None:
    app = PersonaeApp(hostile_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"A ti")
        field = app.screen.query_one(SearchBar)
        field.post_message(events.Paste("tle \x1b]0;pwned\x07"))  # a paste holding controls
        await pilot.pause()
        assert field.value == "A title ]0;pwned"  # taken out, so never echoed
        assert app.screen.query_one(ArticleView).search == "A title ]0;pwned"
        screen = whole_screen(app)
        assert "\x1b" not in screen and "\x07" not in screen
        await pilot.press("enter")
        assert app.is_running
