"""The explorer under the view across articles: drawn dimmed, as Textual draws it, and
left alone while covered (its footer is not rebuilt, it does not repaint itself whole)."""

from __future__ import annotations

import pytest
from test_across_and_reload import two_article_corpus
from textual.renderables.background_screen import BackgroundScreen
from textual.visual import RichVisual, Visual
from textual.widgets._footer import FooterKey

from personae.tui.app import PersonaeApp
from personae.tui.screens.across import AcrossArticles
from personae.tui.widgets.covered import _Backdrop


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_backdrop_is_the_dimmed_explorer_as_textual_draws_it(
    size: tuple[int, int],
) -> None:
    app = PersonaeApp(two_article_corpus(), article_id="iran-russia-alliance", select=["iran"])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AcrossArticles)
        covered = BackgroundScreen(app.explorer, screen.styles.background)
        width, height = screen.size
        style = screen.visual_style
        textual = Visual.to_strips(screen, RichVisual(screen, covered), width, height, style)
        backdrop = _Backdrop(covered)
        for _ in range(2):  # the styles tinted the first time are kept for the second
            ours = Visual.to_strips(screen, backdrop, width, height, style)
            assert [list(strip) for strip in ours] == [list(strip) for strip in textual]
            assert [strip.cell_length for strip in ours] == [s.cell_length for s in textual]


async def test_the_covered_explorer_keeps_its_footer_and_does_not_repaint() -> None:
    app = PersonaeApp(two_article_corpus(), article_id="iran-russia-alliance", select=["iran"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        keys = list(app.explorer.query(FooterKey))
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, AcrossArticles)
        assert list(app.explorer.query(FooterKey)) == keys  # the same widgets: not rebuilt
        assert not app.explorer._repaint_required  # nothing changed that needs a repaint
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AcrossArticles)
        assert app.explorer.query(FooterKey)  # made again for the explorer on top
