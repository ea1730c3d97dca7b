"""One writer at a time: a file lock beside the store, held across processes for a whole
read-modify-write, so two ``personae ingest`` runs cannot lose each other's articles."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from personae.store.storage import StoreError

if TYPE_CHECKING:
    import filelock

#: Seconds a writer waits for another one to finish; ``PERSONAE_LOCK_TIMEOUT`` overrides it.
LOCK_TIMEOUT = 30.0


def configured_lock_timeout() -> float:
    """``PERSONAE_LOCK_TIMEOUT`` (seconds) if set, else ``LOCK_TIMEOUT``."""
    env = os.environ.get("PERSONAE_LOCK_TIMEOUT", "").strip()
    if not env:
        return LOCK_TIMEOUT
    try:
        value = float(env)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise StoreError(f"PERSONAE_LOCK_TIMEOUT={env!r} is not a number of seconds.")
    return value


class WriterLock:
    """The lock of the store at ``store`` (``<store>.lock``), on its resolved path."""

    def __init__(self, store: Path, timeout: float) -> None:
        self.store = store
        self.timeout = timeout
        self._lock: filelock.BaseFileLock | None = None
        self._told_waiting = False

    @contextlib.contextmanager
    def held(
        self, on_wait: Callable[[str], None] | None = None, *, every_time: bool = False
    ) -> Iterator[None]:
        """Hold the lock for the block; ``on_wait`` is told once if another writer has it
        (or, ``every_time``, at each wait)."""
        # Imported on the first write, not at start: the explorer only reads.
        import filelock

        lock_path = f"{self.store}.lock"
        if self._lock is None:
            self._lock = filelock.FileLock(lock_path, timeout=self.timeout)
        try:
            try:
                self._lock.acquire(timeout=0)
            except filelock.Timeout:
                if on_wait is not None and (every_time or not self._told_waiting):
                    self._told_waiting = not every_time  # once, not at every commit
                    on_wait(
                        f"waiting for another personae process writing {self.store} "
                        f"(up to {_seconds(self.timeout)})"
                    )
                self._lock.acquire()
        except filelock.Timeout as exc:
            raise StoreError(
                f"another personae process is writing {self.store}; waited "
                f"{_seconds(self.timeout)}. Try again when it has finished."
            ) from exc
        except OSError as exc:  # a folder we may not write, a lock file owned by another user
            raise StoreError(
                f"cannot take the lock {lock_path} ({exc.strerror or exc}); nothing was "
                "changed. Check that you may write that file and its folder, or pass --db."
            ) from exc
        try:
            yield
        finally:
            self._lock.release()


def _seconds(value: float) -> str:
    """A wait in words: "30 s", "0.5 s"; a short wait is never rounded to "0 s"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} s" if text != "0" or value == 0 else "under 0.01 s"
