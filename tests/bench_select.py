"""Select-actor-to-repaint cost, measured inside a running explorer.

Wall time around Textual's frame timer mostly measures the timer, so this counts the
process's CPU time from the selection until the repainted frame is ready to write: the
work a selection costs, which is what must stay under a frame (16 ms).

Run headless, Textual composes each frame but skips turning it into terminal output, and
the test pilot's own wait for idle costs a few milliseconds of its own.  So the app here
turns every frame into the bytes a terminal would get, the clock stops when that is done,
and the pilot's wait comes after, unclocked.  Anything the selection left for a later
frame would land during that wait: such a frame is counted, and its time too.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import RenderableType
from textual.screen import Screen

import personae.tui.app
from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.tui.app import PersonaeApp
from personae.tui.state import Selection

ROUNDS = 5


class _TerminalApp(PersonaeApp):
    """The explorer, writing each frame as a terminal would get it, noting when it did."""

    CSS_PATH = str(Path(personae.tui.app.__file__).with_name("app.tcss"))  # relative: to this file

    def __init__(self, corpus: Corpus) -> None:
        super().__init__(corpus)
        self.frames: list[float] = []
        self.frame_written = asyncio.Event()

    def _display(self, screen: Screen[object], renderable: RenderableType | None) -> None:
        super()._display(screen, renderable)
        render_segments = getattr(renderable, "render_segments", None)
        if render_segments is not None:
            render_segments(self.console)
            self.frames.append(time.process_time())
            self.frame_written.set()


@dataclass
class SelectTimes:
    """CPU seconds from each selection to its frame, and frames drawn per selection."""

    seconds: list[float] = field(default_factory=list)
    frames: list[int] = field(default_factory=list)


async def measure_select(
    size: tuple[int, int] = (120, 40), pinned: tuple[str, ...] = ()
) -> SelectTimes:
    """Select every actor in turn, ``ROUNDS`` times, with ``pinned`` pinned besides."""
    store = Store()
    store.put(bundled_records())
    corpus = Corpus(store.snapshot())
    app = _TerminalApp(corpus)
    times = SelectTimes()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        article = corpus.articles[0].id
        actors = [entity.id for entity, _ in corpus.entities_in(article)]
        # Start from the last actor: every selection then changes what is selected.
        app.explorer.selection = Selection(pinned=(actors[-1], *pinned))
        await pilot.pause()
        for _ in range(ROUNDS):
            for actor in actors:
                app.frame_written.clear()
                before = len(app.frames)
                start = time.process_time()
                app.explorer.select_actor(actor)
                # a selection that drew nothing would wait for ever: fail instead
                await asyncio.wait_for(app.frame_written.wait(), timeout=30)
                await pilot.pause()
                times.seconds.append(app.frames[-1] - start)
                times.frames.append(len(app.frames) - before)
    return times
