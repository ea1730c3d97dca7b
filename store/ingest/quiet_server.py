"""Loaded only into the process that forks ingest's workers (multiprocessing's fork server).

When the writer is killed (SIGKILL, the out-of-memory killer) while that server is
receiving a new worker's descriptors, the server ends on an EOFError, and Python would
print its traceback onto the reader's terminal, under a message that already said what
was kept. The writer's going away is no fault of the server's: it ends quietly then.
Anything else still prints as usual.
"""

from __future__ import annotations

import sys
from types import TracebackType

_WRITER_GONE = (EOFError, ConnectionError)


def _quiet_when_the_writer_is_gone(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    if not issubclass(kind, _WRITER_GONE):
        sys.__excepthook__(kind, value, trace)


sys.excepthook = _quiet_when_the_writer_is_gone
