"""Line-API views: repaint only the lines whose look changed, draw each at the frame's width."""

from __future__ import annotations

from collections.abc import Sequence

from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip


def changed_lines(before: Sequence[object], after: Sequence[object], width: int) -> list[Region]:
    """Regions covering the lines where ``before`` and ``after`` differ, one per run.

    Each ``refresh(region)`` call walks the widget's offsets and styles, and each region
    is a span the compositor handles apart: a selection that changes thirty adjacent lines
    is one region, passed in one call, not thirty.
    """
    regions: list[Region] = []
    first: int | None = None
    for y, (old, new) in enumerate(zip(before, after, strict=True)):
        if old != new:
            if first is None:
                first = y
        elif first is not None:
            regions.append(Region(0, first, width, y - first))
            first = None
    if first is not None:
        regions.append(Region(0, first, width, len(before) - first))
    return regions


class LineScrollView(ScrollView):
    """A ScrollView drawn a line at a time that measures its drawing width once a frame.

    ``scrollable_content_region`` walks the styles, the region and the scrollbars on every
    call: asked per line, it was about 7% of the cost of repainting a selection."""

    _line_width = 0
    """The width ``render_line`` draws to, set for each frame by ``render_lines``."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self._line_width = self.scrollable_content_region.width
        return super().render_lines(crop)
