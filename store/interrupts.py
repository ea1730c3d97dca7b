"""Holding Ctrl+C (and the stop signals) where acting on them at once would do harm.

Python acts on a signal wherever the main thread stands, and the exception a handler raises
(KeyboardInterrupt, or the command line's Stopped) can land between a lock taken and the
block that releases it: a few lines of threading's own code (a queue, a future, a
condition) take a lock in a Python ``__enter__`` that returns after it.  A lock so left
taken hangs whoever needs it next, such as the pool of ingest's workers being shut down.
So where the main thread works with threads, a stop is noted and acted on only where the
code says it may be.  A commit holds stops the same way, so that what it stored is counted
before a stop is acted on.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType
from typing import Any

#: What a reader uses to stop personae: Ctrl+C, and what the command line turns into it.
STOPPING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class StopsNoted:
    """While inside: a stop signal is only noted, and acted on (by the handler set before)
    where ``act`` is called, or on the way out.  Only the main thread may set handlers; in
    another, nothing changes."""

    def __init__(self) -> None:
        self.noted: list[int] = []
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopsNoted:
        if threading.current_thread() is threading.main_thread():
            self._previous = {signum: signal.signal(signum, self._note) for signum in STOPPING}
        return self

    def _note(self, signum: int, frame: FrameType | None) -> None:
        self.noted.append(signum)

    def act(self) -> None:
        """Act here on the first stop noted, as its handler would have where it came: raise
        (Ctrl+C, the command line's stops), end the process (no handler) or nothing (an
        ignored one, as under ``nohup``)."""
        if not self.noted:
            return
        signum = self.noted[0]
        self.noted.clear()
        handler = self._previous[signum]
        if callable(handler):
            handler(signum, None)
        elif handler == signal.SIG_DFL:
            self._restore()
            signal.raise_signal(signum)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._restore()
        if self.noted:
            signal.raise_signal(self.noted[0])

    def _restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous = {}
