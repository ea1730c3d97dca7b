"""Writing the reader's layer from the explorer: a correction, a note or an undo is
committed in a worker thread, so keys stay live while another writer (an ingest) holds the
store's lock, and the explorer is redrawn from the result.  What is written is made by
store/reviewed.py and store/notes.py; the menus that ask for it are screens/correcting.py's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from textual.notifications import SeverityLevel

from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.reviewed import Committed
from personae.store.storage import StoreError

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.worker_manager import WorkerManager


class StoreHolder(Protocol):
    """What a correction needs of the app: its store, and a redraw from a new corpus."""

    store: Store | None
    corpus: Corpus

    def reload(self, corpus: Corpus, article_id: str | None = None) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None: ...

    def push_screen(self, screen: Screen[Any], callback: Callable[[Any], None]) -> Any: ...

    @property
    def workers(self) -> WorkerManager: ...

    def run_worker(
        self, work: Callable[[], None], *, thread: bool, group: str, exit_on_error: bool
    ) -> Any: ...

    def call_from_thread(self, callback: Callable[..., Any], *args: Any) -> Any: ...

    def clear_notifications(self) -> None: ...


#: The worker group of a correction being written: one at a time.
WRITING = "correction-write"
#: Said while another writer (an ingest) holds the store's lock.
WAITING = "Waiting for another writer…"


def writing(app: StoreHolder) -> bool:
    """Whether a correction is being written (the store's lock asked for, or held)."""
    return any(w.group == WRITING and not w.is_finished for w in app.workers)


def write_with(
    app: StoreHolder,
    change: Callable[[Store, Callable[[str], None]], Committed],
    then: Callable[[Committed], None],
    failed: Callable[[], None] | None = None,
) -> None:
    """Commit a change of the store's layer in a worker thread, so keys stay live while
    another writer holds the lock (WAITING is said meanwhile); then redraw and ``then``.
    A failure is one line, and nothing changes on screen (``failed`` is told).

    When no other commit came between the version shown and this one, only the layer
    changed: the corpus shown takes the new layer, and nothing else is read again."""
    store = app.store
    if store is None:
        app.notify("Corrections need a store: open one with --db.", severity="warning")
        if failed is not None:
            failed()
        return
    if writing(app):
        app.notify("The last change is still being saved: try again in a moment.", timeout=4)
        if failed is not None:
            failed()
        return
    shown = app.corpus
    said_waiting: list[bool] = []

    def say_waiting() -> None:
        said_waiting.append(True)
        app.notify(WAITING, timeout=60)

    def waiting(_: str) -> None:
        app.call_from_thread(say_waiting)

    def work() -> None:
        try:
            done = change(store, waiting)
            newer = None if shown.catalog.version[1] == done.commit - 1 else Corpus.open(store)
        except (OSError, StoreError) as exc:
            app.call_from_thread(not_saved, " ".join(str(exc).split()))
            return
        app.call_from_thread(saved, done, newer)

    def saved(done: Committed, newer: Corpus | None) -> None:
        if said_waiting:
            app.clear_notifications()  # the waiting line has had its say
        if newer is None and app.corpus is shown:
            app.reload(shown.with_layer(done.layer, (store.stamp, done.commit)))
        else:
            app.reload(newer or Corpus.open(store))
        then(done)

    def not_saved(reason: str) -> None:
        if said_waiting:
            app.clear_notifications()
        app.notify(f"Not saved: {reason}", severity="error", timeout=10)
        if failed is not None:
            failed()

    app.run_worker(work, thread=True, group=WRITING, exit_on_error=False)
