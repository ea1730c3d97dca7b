"""Holding Ctrl+C (and the stop signals) over a few lines that must not be cut apart."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

#: What a reader uses to stop personae: Ctrl+C, and what the command line turns into it.
STOPPING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Run the block whole: a stop signal that arrives inside it is acted on (by whatever
    handler was set before) only once the block is done.

    For a commit and the count of what it stored: a Ctrl+C between the two left articles
    on disk that the summary did not count. Only the main thread may set handlers; in
    another, the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = {signum: signal.getsignal(signum) for signum in STOPPING}
    for signum in STOPPING:
        signal.signal(signum, lambda number, frame: held.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if held:
            signal.raise_signal(held[0])
