"""SIGTERM and SIGHUP end personae as Ctrl+C does, the terminal given back whole."""

from __future__ import annotations

import asyncio
import signal
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App


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
        the terminal (alternate screen, mouse reporting, cursor) on the way out."""

        def exit_app(signum: int) -> None:
            self.signum = self.signum or signum
            app.exit()

        async def run() -> None:
            loop = asyncio.get_running_loop()
            for signum in self.SIGNALS:
                loop.add_signal_handler(signum, exit_app, signum)
            await app.run_async()

        asyncio.run(run())
