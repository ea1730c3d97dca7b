"""When the cyclic garbage collector runs: never between a key and its frame.

A collection walks every object it tracks; with a corpus loaded that can be tens of
milliseconds, and even a young one is a millisecond.  The app pauses the collector while it
builds itself and while the panes redraw for a new selection, freezes what lives as long as
the app, and lets a full collection run when the reader pauses.  Textual pauses the
collector while it scrolls for the same reason (``App.PAUSE_GC_ON_SCROLL``).
"""

from __future__ import annotations

import gc


def settle_memory() -> None:
    """Collect what was made since the last freeze, then move what lives as long as the app
    (the corpus, the widget tree) out of the cyclic garbage collector's way.

    Frozen objects are skipped by the collector and still freed by reference counting when
    released (a reloaded corpus's records are: they hold no cycles), so only what was made
    since the last freeze is walked. Unfreezing first would walk the whole corpus: 1.1 s
    with the screen held on a store of 10,000 articles.
    """
    gc.collect()
    gc.freeze()


def keep_out_of_collections() -> None:
    """Freeze what was made so far: for a view that keeps building rows for a while, so
    collections during it walk only the newest rows and never all of them again."""
    gc.freeze()


FULL_COLLECTION_EVERY = 100
"""The collector's third threshold while the app runs (Python's default is 10): a full
collection every 100 middle ones instead of every 10.  After :func:`settle_memory` froze
the corpus and the widget tree, what a full collection walks is mostly the draw caches,
which live on, so it finds little.  Measured over 140 selections (tests/bench_select.py),
it cut the collector's time by a fifth to a third and its longest pause from 23-37 ms to
4-9 ms.  Garbage cycles wait a little longer: the collection when the reader pauses
(``SETTLE_DELAY``) clears them."""

SETTLE_DELAY = 1.5
"""Seconds without a new selection, after the first frame, before the full collection of
:func:`settle_memory`: it costs tens of milliseconds, which must stand neither between
the reader and the first frame nor in the middle of a burst of selections."""


class Collector:
    """The app's say over the collector, put back as it was found when the app ends."""

    def __init__(self) -> None:
        self._paused = False
        self._thresholds: tuple[int, int, int] | None = None

    def pause(self) -> bool:
        """Hold collections until :meth:`resume`; False if the collector was already off."""
        if not gc.isenabled():
            return False
        gc.disable()
        self._paused = True
        return True

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            gc.enable()

    def settle_in(self) -> None:
        """Once the first frame is up: keep what start-up made out of later collections
        (freezing walks nothing) and make full collections rarer.  The full collection
        that clears start-up's garbage waits until the reader pauses."""
        gc.freeze()
        self.resume()
        self._thresholds = gc.get_threshold()
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)

    def restore(self) -> None:
        self.resume()
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
