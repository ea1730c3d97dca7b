"""The explorer on the bundled article from an in-memory store: for snapshot and Pilot tests.

Run it by hand with ``python tests/tui/snap_app.py`` to see what the snapshots show.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import events
from textual.widgets import Input

import personae.tui.app
from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.tui.app import PersonaeApp


def bundled_corpus() -> Corpus:
    store = Store()
    store.put(bundled_records())
    return Corpus(store.snapshot())


class _SteadyCursorApp(PersonaeApp):
    """The explorer with every text box's cursor steady: a blinking one is drawn or not
    depending on when a snapshot is taken, which a slow machine shifts."""

    CSS_PATH = str(Path(personae.tui.app.__file__).with_name("app.tcss"))  # relative: to here

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input):
            event.widget.cursor_blink = False


def make_app(select: Sequence[str] = ()) -> PersonaeApp:
    return _SteadyCursorApp(bundled_corpus(), select=select)


if __name__ == "__main__":
    make_app().run()
