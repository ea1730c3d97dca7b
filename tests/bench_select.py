"""Select-actor-to-repaint cost, measured inside a running explorer.

Wall time around Textual's frame timer mostly measures the timer, so this counts the
process's CPU time from the selection until the repainted frame has been composed: the
work a selection costs, which is what must stay under a frame (16 ms).  The same wait with
nothing selected is measured alongside, as the reference the test harness itself costs.
"""

from __future__ import annotations

import time

from store.annotation import bundled_records
from store.corpus import Corpus
from store.db import Store
from tui.app import PersonaeApp

ROUNDS = 5


async def measure_select() -> tuple[list[float], list[float]]:
    """CPU seconds per selection, and per idle wait (the harness's own cost)."""
    store = Store()
    store.put(bundled_records())
    corpus = Corpus(store.snapshot())
    app = PersonaeApp(corpus)
    samples: list[float] = []
    idle: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        article = corpus.articles[0].id
        actors = [entity.id for entity, _ in corpus.entities_in(article)]
        for _ in range(ROUNDS):
            for actor in actors:
                start = time.process_time()
                app.select_actor(actor)
                await pilot.pause()
                samples.append(time.process_time() - start)
                start = time.process_time()
                await pilot.pause()
                idle.append(time.process_time() - start)
    return samples, idle
