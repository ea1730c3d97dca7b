"""A parallel ingest whose worker dies while it sends its result still ends.

The workers are killed where they stand when an ingest stops (Ctrl+C, SIGTERM, a closed SSH
session), and the system may kill one at any time (out of memory).  One killed halfway
through sending a result left half a message in the pool's result pipe; the pool's manager
thread waited for the rest for ever, and the ingest with it, printing nothing and never
exiting (one stop in a few hundred).  The half message is written here by hand, so the
death meets it every time; each pool runs in a child process, so that a hang is seen as one
and cannot stall the test run.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

from hardening_support import ROOT, cli_env
from personae.store.ingest.workers import ingest_in_worker
from tests.tools.bench_ingest import write_batch

#: What a worker killed while sending leaves: a message's length and a little of it (the
#: longest length there is, so that other workers' results cannot complete the message).
HALF_MESSAGE = struct.pack("!i", 2**31 - 1) + bytes(100)

STOP_MIDWAY = f"""
import multiprocessing, os, threading
from concurrent.futures import ProcessPoolExecutor
from personae.store.ingest.workers import stop_workers

pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("forkserver"))
assert pool.submit(os.getpid).result() > 0  # the workers are up
pool._result_queue._writer._send({HALF_MESSAGE!r})
stopping = threading.Thread(target=stop_workers, args=(pool,), daemon=True)
stopping.start()
stopping.join(60)
print("the pool did not end" if stopping.is_alive() else "ended", flush=True)
os._exit(0)
"""

STOP_WHILE_ONE_STARTS = """
import multiprocessing, os, tempfile, threading, time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import forkserver
from pathlib import Path
from personae.store.ingest.workers import start_worker, stop_workers

context = multiprocessing.get_context("forkserver")
watched, held = context.Pipe(duplex=False)
log = Path(tempfile.mkdtemp()) / "known"
log.touch()
pool = ProcessPoolExecutor(2, mp_context=context, initializer=start_worker,
                           initargs=((), log, watched))
busy = pool.submit(time.sleep, 120)  # the first worker is busy: a second one starts
while not pool._processes:
    time.sleep(0.01)
starting = threading.Event()
read_pid = forkserver.read_signed

def slowly(fd: int) -> int:  # the fork server answers late, as on a loaded machine
    if not starting.is_set():
        starting.set()
        time.sleep(1)  # meanwhile the new worker runs, ignoring SIGTERM
    return read_pid(fd)

forkserver.read_signed = slowly  # how a new worker's process id comes back
threading.Thread(target=pool.submit, args=(time.sleep, 120), daemon=True).start()
starting.wait(30)
stopping = threading.Thread(target=stop_workers, args=(pool,), daemon=True)
stopping.start()
stopping.join(60)
print("the pool did not end" if stopping.is_alive() else "ended", flush=True)
os._exit(0)
"""

STOP_AFTER_A_LOCK = """
import os, signal, sys, threading
from pathlib import Path
import personae.store.ingest.batch as batch

armed = []
main = threading.get_ident()
take_lock = threading.Condition.__enter__

def taken_then_stopped(self):  # Ctrl+C in the instant after a lock is taken
    taken = take_lock(self)
    if armed == [True] and threading.get_ident() == main:
        armed.append(False)
        signal.raise_signal(signal.SIGINT)
    return taken

def on_progress(done, total, path):
    if done == 20:
        armed.append(True)

def watchdog():
    if not finished.wait(60):
        print("hung", flush=True)
        os._exit(0)

finished = threading.Event()
threading.Thread(target=watchdog, daemon=True).start()
threading.Condition.__enter__ = taken_then_stopped
try:
    batch.ingest_paths(None, [Path(sys.argv[1])], jobs=2, on_progress=on_progress)
    print("not stopped" if armed else "never armed", flush=True)
except KeyboardInterrupt:
    print("stopped", flush=True)
finished.set()
os._exit(0)
"""

DIES_SENDING = """
import multiprocessing, os, signal, time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from personae.store.ingest.workers import PoolWatch

pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver"))
worker = pool.submit(os.getpid).result()
with PoolWatch(pool):
    waiting = pool.submit(time.sleep, 120)
    time.sleep(0.5)  # the worker sleeps in its task
    pool._result_queue._writer._send(HALF_MESSAGE)
    os.kill(worker, signal.SIGKILL)
    try:
        waiting.result(timeout=60)
    except BrokenProcessPool:
        print("broken", flush=True)
    except TimeoutError:
        print("still waiting", flush=True)
os._exit(0)
""".replace("HALF_MESSAGE", repr(HALF_MESSAGE))

INGEST = """
import os, sys
from pathlib import Path
import personae.store.ingest.batch as batch
import test_stopped_workers

batch.ingest_in_worker = test_stopped_workers.dies_sending_the_fifth
batch.READ_WHILE_STARTING = False  # every file goes to the workers
results = batch.ingest_paths(None, [Path(sys.argv[1])], jobs=2)
print(len(results), sorted({r.status for r in results}), flush=True)
os._exit(0)
"""


def dies_sending_the_fifth(path: Path, previous: str | None, dry_run: bool) -> Any:
    """A worker the system kills in the instant it sends a file's result (run in a worker
    by INGEST)."""
    if path.name == "article-0005.md":
        frame = sys._getframe()
        while frame.f_code.co_name != "_process_worker":  # the pool's loop in this worker
            frame = frame.f_back  # type: ignore[assignment]
        frame.f_locals["result_queue"]._writer._send(HALF_MESSAGE)
        os.kill(os.getpid(), signal.SIGKILL)
    return ingest_in_worker(path, previous, dry_run)


def _run(script: str, *args: str) -> str:
    env = cli_env(PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    return done.stdout.strip()


def test_workers_stopped_while_one_sends_a_result_end_the_pool() -> None:
    assert _run(STOP_MIDWAY) == "ended"


def test_a_worker_still_starting_when_the_ingest_stops_is_stopped_too() -> None:
    """Ingest's workers ignore SIGTERM (stop signals are the writer's), and a stop that came
    while a worker was still starting left that one running its task: the pool waited for
    it, and the stopped ingest never exited."""
    assert _run(STOP_WHILE_ONE_STARTS) == "ended"


def test_a_stop_that_comes_just_after_a_lock_is_taken_still_ends_the_ingest(
    tmp_path: Path,
) -> None:
    """Python raises a signal's exception wherever the main thread stands, even between a
    lock taken in threading's own code and the block that releases it; the lock so left
    taken hung the pool's shutdown, and the stopped ingest never exited (one stop in a few
    hundred).  While workers run, a stop is noted and acted on where the writer waits."""
    folder = tmp_path / "articles"
    folder.mkdir()
    write_batch(folder, 120)
    assert _run(STOP_AFTER_A_LOCK, str(folder)) == "stopped"


def test_a_worker_killed_as_it_sends_breaks_the_pool_instead_of_hanging_it() -> None:
    assert _run(DIES_SENDING) == "broken"


def test_an_ingest_whose_worker_dies_sending_reads_every_file_itself(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_batch(folder, 30)
    assert _run(INGEST, str(folder)) == "30 ['would add']"
