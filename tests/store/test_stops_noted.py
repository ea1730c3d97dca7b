"""Where the main thread works with threads (a parallel ingest), a stop signal is acted on
only where the code says it may be, as the handler set before would act on it."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from personae.store.interrupts import StopsNoted


@pytest.fixture
def sighup_ignored() -> Iterator[None]:
    """As ``nohup`` starts personae."""
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    yield
    signal.signal(signal.SIGHUP, before)


def test_ctrl_c_waits_for_the_place_that_acts_on_it() -> None:
    reached = []
    with pytest.raises(KeyboardInterrupt), StopsNoted() as stops:
        signal.raise_signal(signal.SIGINT)
        reached.append("after the signal")  # not cut short where it came
        stops.act()
        reached.append("after act")
    assert reached == ["after the signal"]


def test_a_stop_noted_and_not_acted_on_is_acted_on_leaving() -> None:
    reached = []
    with pytest.raises(KeyboardInterrupt), StopsNoted():
        signal.raise_signal(signal.SIGINT)
        reached.append("the block ran whole")
    assert reached == ["the block ran whole"]


@pytest.mark.usefixtures("sighup_ignored")
def test_a_hang_up_that_was_ignored_stays_ignored() -> None:
    with StopsNoted() as stops:
        signal.raise_signal(signal.SIGHUP)
        stops.act()
    assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
