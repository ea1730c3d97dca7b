"""Loaded only into the process that forks ingest's workers (multiprocessing's fork server).

When the writer is killed (SIGKILL, the out-of-memory killer) while that server is
receiving a new worker's descriptors, the server ends on an EOFError, and Python would
print its traceback onto the reader's terminal, under a message that already said what
was kept. The writer's going away is no fault of the server's: it ends quietly then.
Anything else still prints as usual.

It is imported first, and ignores Ctrl+C from then on, as the server does once it has
imported personae: the writer may store its first files while the server is still
importing (it reads them itself meanwhile), and a Ctrl+C then, which the terminal sends
to the whole process group, is the writer's to answer.
"""

from __future__ import annotations

import signal
import sys
from types import TracebackType

_WRITER_GONE = (EOFError, ConnectionError)


def _quiet_when_the_writer_is_gone(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    if not issubclass(kind, _WRITER_GONE):
        sys.__excepthook__(kind, value, trace)


sys.excepthook = _quiet_when_the_writer_is_gone
signal.signal(signal.SIGINT, signal.SIG_IGN)
