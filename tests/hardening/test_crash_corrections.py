"""SIGKILL in the middle of a correction loses that correction at most: the store opens,
with every correction committed before it, and the next writer removes what it left."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from hardening_support import copy_store, kill_when_paused, store_files
from personae.store.corpus import Corpus
from personae.store.db import Store
from personae.store.pieces import pieces_folder
from personae.store.reviewed import commit_correction

_PAUSED_CORRECTION = r"""
import os, sys, time
from pathlib import Path
from personae.store.db import Store
from personae.store.reviewed import commit_correction

where, nth = sys.argv[2], int(sys.argv[3])
real_fdopen, real_replace, real_write = os.fdopen, os.replace, os.write
calls = []

def pause():
    print("paused", flush=True); time.sleep(60)

class HalfWritten:
    def __init__(self, fd, *a, **k):
        self.file = real_fdopen(fd, *a, **k)
        calls.append(fd)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.file.close()
    def write(self, data):
        if len(calls) < nth:
            return self.file.write(data)
        self.file.write(data[: len(data) // 2]); self.file.flush(); pause()
    def flush(self): self.file.flush()
    def fileno(self): return self.file.fileno()

def half_write(fd, data):  # a new piece, bucket or layer file: its bytes in one call
    calls.append(fd)
    if len(calls) < nth:
        return real_write(fd, data)
    real_write(fd, bytes(data[: len(data) // 2])); pause()

def paused_replace(src, dst):
    calls.append(dst)
    if len(calls) < nth:
        return real_replace(src, dst)
    pause()

if where == "mid-file":
    os.fdopen, os.write = HalfWritten, half_write
else:
    os.replace = paused_replace
store = Store.open(Path(sys.argv[1]))
commit_correction(store, "actor.rename", {"entity": "russia"}, "Muscovy", "Russia")
"""


@pytest.mark.parametrize("where", ["mid-file", "before-rename"])
@pytest.mark.parametrize("stage", ["layer", "root"])
def test_a_kill_inside_a_correction_keeps_the_ones_before_it(
    tmp_path: Path, valid_store: Path, where: str, stage: str
) -> None:
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    commit_correction(Store.open(path), "actor.rename", {"entity": "iran"}, "Persia", "Iran")
    before = store_files(path)
    nth = {"layer": "1", "root": "2"}[stage]
    kill_when_paused(_PAUSED_CORRECTION, str(path), where, nth)
    left = store_files(path)
    assert {name: left[name] for name in before} == before
    orphans = [*tmp_path.glob(".personae.json.*.tmp"), *pieces_folder(path).glob("*")]
    orphans = [p for p in orphans if f"{pieces_folder(path).name}/{p.name}" not in before]
    assert orphans
    corpus = Corpus.open(Store.open(path))
    assert corpus.entity("iran").name == "Persia"  # the correction before the kill
    assert corpus.entity("russia").name == "Russia"  # the killed one: lost, alone
    # The next correction gets the lock at once and removes what the killed one left.
    store = Store.open(path, lock_timeout=2)
    commit_correction(store, "actor.kind", {"entity": "iran"}, "government", "state")
    # (the layer file of this commit may take the name the killed one's had: it is rewritten)
    root = orjson.loads(path.read_bytes())
    assert [p.name for p in orphans if p.exists()] in ([], [root["reviewed"]["1"]["file"]])
    corpus = Corpus.open(Store.open(path))
    assert (corpus.entity("iran").name, corpus.entity("iran").kind) == ("Persia", "government")
