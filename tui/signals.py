"""SIGTERM and SIGHUP end personae as Ctrl+C does, the terminal given back whole."""

from __future__ import annotations

import asyncio
import select
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App


def hung_up(fds: tuple[int, ...] = (0, 1, 2)) -> bool:
    """Whether one of ``fds`` (standard input, output, error) has hung up: its terminal
    closed with the SSH session or the tmux pane.  Only hang-ups and errors are polled
    for, so no input is taken from whoever reads it."""
    poller = select.poll()
    for fd in fds:
        poller.register(fd, 0)
    return any(events & (select.POLLHUP | select.POLLERR) for _, events in poller.poll(0))


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program stood, so that it unwinds as on Ctrl+C:
    a progress bar gives the cursor back, a write in flight is abandoned whole."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


class StopSignals:
    """While inside: SIGTERM and SIGHUP (what a closed SSH session sends) end personae as
    Ctrl+C does, instead of killing it where it stands with the terminal still set up for
    a progress bar or the explorer.  The first one raises ``Stopped``; later ones are only
    noted, so that they cannot cut short the clean-up the first one started."""

    SIGNALS = (signal.SIGTERM, signal.SIGHUP)
    WATCH_EVERY = 0.5  # seconds between looks at whether the explorer's terminal is still there

    def __init__(self) -> None:
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():  # only it may set handlers
            self._previous = {s: signal.signal(s, self._raise) for s in self.SIGNALS}
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _raise(self, signum: int, frame: object) -> None:
        if self.signum is None:
            self.signum = signum
            raise Stopped(signum)

    def run_app(self, app: App[Any]) -> None:
        """Run a Textual app that a stop signal asks to exit, so that its driver restores
        the terminal (alternate screen, mouse reporting, cursor) on the way out.

        A terminal can also go away with no SIGHUP sent to personae (it ran under `make`,
        or in a session of its own, when the SSH connection or tmux pane closed); its input
        then reads as endless end-of-file and the explorer would spin on it forever.  So
        the terminal is watched too, and its hang-up ends the explorer as SIGHUP does."""

        def exit_app(signum: int) -> None:
            self.signum = self.signum or signum
            app.exit()

        async def watch_terminal(fd: int) -> None:
            while not hung_up((fd,)):
                await asyncio.sleep(self.WATCH_EVERY)
            exit_app(signal.SIGHUP)

        async def run() -> None:
            loop = asyncio.get_running_loop()
            for signum in self.SIGNALS:
                loop.add_signal_handler(signum, exit_app, signum)
            terminal = sys.__stdin__
            watcher = None
            if terminal is not None and terminal.isatty():
                watcher = asyncio.create_task(watch_terminal(terminal.fileno()))
            try:
                await app.run_async()
            finally:
                if watcher is not None:
                    watcher.cancel()

        asyncio.run(run())
