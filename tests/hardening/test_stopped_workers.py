"""A parallel ingest stopped while a worker sends its result still ends.

The workers are killed where they stand when an ingest stops (Ctrl+C, SIGTERM, a closed SSH
session).  One killed halfway through sending a result left half a message in the pool's
result pipe; the pool's manager thread waited for the rest for ever, and the ingest with
it, printing nothing and never exiting (one stop in a few hundred).  The half message is
written here by hand, so the stop meets it every time; the pool runs in a child process so
that a hang is seen as one and cannot stall the test run.
"""

from __future__ import annotations

import subprocess
import sys

from hardening_support import ROOT, cli_env

STOP_MIDWAY = """
import multiprocessing, os, struct, sys, threading
from concurrent.futures import ProcessPoolExecutor
from personae.store.ingest.workers import stop_workers

pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("forkserver"))
assert pool.submit(os.getpid).result() > 0  # the workers are up
# what a worker killed while sending leaves: a message's length and a tenth of it
pool._result_queue._writer._send(struct.pack("!i", 1000) + bytes(100))
stopping = threading.Thread(target=stop_workers, args=(pool,), daemon=True)
stopping.start()
stopping.join(60)
if stopping.is_alive():
    print("the pool did not end", flush=True)
    os._exit(3)
print("ended", flush=True)
"""


def test_workers_stopped_while_one_sends_a_result_end_the_pool() -> None:
    done = subprocess.run(
        [sys.executable, "-c", STOP_MIDWAY],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert done.stdout.strip() == "ended"
