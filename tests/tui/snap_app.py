"""The explorer on the bundled article from an in-memory store: for snapshot and Pilot tests.

Run it by hand with ``python tests/tui/snap_app.py`` to see what the snapshots show.
"""

from __future__ import annotations

from collections.abc import Sequence

from personae.store.annotation import bundled_records
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.tui.app import PersonaeApp


def bundled_corpus() -> Corpus:
    store = Store()
    store.put(bundled_records())
    return Corpus(store.snapshot())


def make_app(select: Sequence[str] = ()) -> PersonaeApp:
    return PersonaeApp(bundled_corpus(), select=select)


if __name__ == "__main__":
    make_app().run()
