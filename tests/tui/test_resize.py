"""What the article marks follows its text when the terminal's size re-wraps it."""

from __future__ import annotations

import pytest
from screen_text import screen_lines

from personae.store.corpus import Corpus
from personae.tui.app import PersonaeApp
from personae.tui.widgets.article_layout import EVIDENCE_MARK, GUTTER
from personae.tui.widgets.article_view import ArticleView
from personae.tui.widgets.timeline import Timeline

INVASION = "iran-russia-alliance:e12"
"""Russia's full-scale invasion of Ukraine: a sentence over several lines."""


def marked_text(view: ArticleView) -> str:
    """The words of every line the evidence mark is drawn on, in order."""
    lines = screen_lines(view)
    return " ".join(line[GUTTER:].strip() for line in lines if line[1:2] == EVIDENCE_MARK)


@pytest.mark.parametrize(
    ("before", "after"), [((80, 24), (120, 40)), ((120, 40), (80, 24)), ((80, 24), (200, 60))]
)
async def test_the_evidence_mark_follows_its_sentence_across_a_resize(
    corpus: Corpus, before: tuple[int, int], after: tuple[int, int]
) -> None:
    article = corpus.article(corpus.articles[0].id)
    event = next(e for e in corpus.events_in(article.id) if e.id == INVASION)
    sentence = " ".join(article.text[event.evidence.start : event.evidence.end].split())
    app = PersonaeApp(corpus)
    async with app.run_test(size=before) as pilot:
        await pilot.press("3")
        timeline = app.query_one(Timeline)
        timeline.highlighted = timeline.get_option_index(INVASION)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert sentence in marked_text(view)
        await pilot.resize_terminal(*after)
        await pilot.pause()
        view.scroll_to_span(event.evidence, center=True)
        await pilot.pause()
        shown = marked_text(view)
        assert sentence in shown
        # only the sentence's own lines: what is marked begins and ends with it
        assert sentence[:12] in shown[: len(sentence[:12]) + 40]
        assert len(shown) < len(sentence) + 2 * app.size.width


async def test_a_resize_keeps_the_reader_at_the_same_words(corpus: Corpus) -> None:
    app = PersonaeApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.scroll_to(y=30, animate=False)
        await pilot.pause()
        first_words = " ".join(screen_lines(view)[0][GUTTER:].split()[:3])
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert first_words in " ".join(" ".join(screen_lines(view)[:2]).split())
