"""The explorer under a screen over it (`g`'s view across articles): drawn dimmed by the
screen on top, and left alone meanwhile.

Textual lets a covered screen cost the screen on top a redraw of every line of the
terminal (30-55 ms at 120x40, while `g` streams its rows in): its footer rebuilds its keys
when a screen is pushed over it, and once anything of it changed while covered, it
repaints itself whole at every later message it gets (a timer, a worker that ends), with
nothing changed.  And the screen on top dims what it covers cell by cell at each of its
own redraws.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.renderables.background_screen import BackgroundScreen
from textual.screen import ModalScreen, Screen, ScreenResultType
from textual.strip import Strip
from textual.visual import Visual
from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import RenderResult
    from textual.css.styles import RulesMap
    from textual.style import Style
    from textual.visual import RenderOptions


class ScreenFooter(Footer):
    """A Footer that leaves its keys as they are while another screen covers its own.

    Rebuilding them lays out the covered screen again.  Its keys are only seen dimmed
    there and cannot be pressed; when its screen is on top again, its bindings are said
    to have changed, and the keys are made then."""

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen.is_active:
            super().bindings_changed(screen)


class QuietWhenCovered(Screen[None]):
    """A screen that, while covered, repaints only what changed in it.

    After handing what changed to the screen on top, Textual marks a covered screen to be
    repainted whole at its next idle moment; that repaint changes nothing on screen (the
    one on top already drew the change), and it marks the next one again.  A screen coming
    back on top repaints itself whole anyway (Textual's ScreenResume)."""

    def _compositor_refresh(self) -> None:
        super()._compositor_refresh()
        if not self.is_active:
            self._repaint_required = False


class _Backdrop(Visual):
    """The covered screen's lines as the screen on top shows them: every style tinted."""

    def __init__(self, covered: BackgroundScreen) -> None:
        self.screen = covered.screen
        self.color = covered.color
        self.covers = (covered.screen, covered.color)
        self._tinted: dict[tuple[RichStyle, RichStyle | None], RichStyle] = {}

    def _tint(self, base: RichStyle, style: RichStyle | None) -> RichStyle:
        """The style tinted as Textual tints it, under the screen's own (``base``, which
        Textual adds to every cell of what a screen renders): worked out once a style."""
        tinted = self._tinted.get((base, style))
        if tinted is None:
            segment = next(
                iter(BackgroundScreen.process_segments([Segment(" ", style)], self.color))
            )
            tinted = base + segment.style if base else segment.style or RichStyle()
            if len(self._tinted) < STYLES_KEPT:
                self._tinted[base, style] = tinted
        return tinted

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        base = style.rich_style
        tinted, tint = self._tinted, self._tint
        strips = []
        for strip in self.screen._compositor.render_strips()[:height]:
            segments = [
                Segment(text, tinted.get((base, cell)) or tint(base, cell))
                for text, cell, _ in strip
            ]
            strips.append(Strip(segments, strip.cell_length).crop(0, width))
        return strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.screen._compositor.size.height


#: Styles a backdrop keeps tinted: a screen shows tens of them; bounded all the same.
STYLES_KEPT = 4096


class KeptBackdrop(ModalScreen[ScreenResultType]):
    """A screen over another that tints what it covers one style at a time, not one cell.

    Textual draws a translucent screen's backdrop by writing out the covered screen whole
    as text, tinting the style of every piece of it and cutting the text into lines again
    (16-22 ms at 120x40), each time anything makes the screen on top redraw itself, a new
    layout included.  The covered screen's lines are at hand, drawn, in its compositor,
    and it shows a few dozen styles: the lines are taken as they are, and each style is
    tinted once."""

    _backdrop: _Backdrop | None = None

    def render(self) -> RenderResult:  # type: ignore[override]  # a Widget may render a Visual
        rendered = super().render()
        if not isinstance(rendered, BackgroundScreen):
            return rendered
        backdrop = self._backdrop
        if backdrop is None or backdrop.covers != (rendered.screen, rendered.color):
            backdrop = self._backdrop = _Backdrop(rendered)
        return backdrop
