"""SIGKILL at any moment of an ingest leaves a store that opens and keeps what was reported.

`personae ingest` prints "stored <id> <path>" on stderr once an article is on disk.  Here
real ingest processes are killed at seeded random moments, from start-up to the last
commit, over fresh and over existing stores whose articles are being replaced; after
every kill the store must open, hold every article reported before the kill, and hold
only whole articles.  Further tests stop a writer exactly inside the write (mid-file, and
between the fsync and the rename, of the new piece, of its bucket of the catalog and of the
catalog's root) and kill it there.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hardening_support import (
    ArticleFolder,
    check_integrity,
    check_summary,
    copy_store,
    group_ends,
    kill_when_paused,
    make_folder,
    open_snapshot,
    start_cli,
    store_files,
    stored_ids,
)
from personae.store.db import Store
from personae.store.pieces import PIECE_NAME, WRITING_NAME, Pieces, pieces_folder
from personae.store.storage import StoreError

KILLS_PER_LANE = 26  # two lanes run side by side: 52 kills in all
SPREAD = 3  # each lane kills at least this often before its first commit, and after it
EXTRA_KILLS = 12  # at most, per lane, to reach that spread
FILES_PER_LANE = 60


@dataclass
class Lane:
    """One store and one folder of articles, killed again and again."""

    root: Path
    seed: int
    jobs: int
    rng: random.Random = field(init=False)
    articles: ArticleFolder = field(init=False)
    outcomes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.articles = make_folder(self.root / "articles", FILES_PER_LANE, self.seed)
        self.store = self.root / "personae.json"

    def ingest(self) -> subprocess.Popen[str]:
        # its workers share its group: none may outlive it
        return start_cli(
            "--db",
            str(self.store),
            "ingest",
            "--jobs",
            str(self.jobs),
            str(self.articles.folder),
            new_session=True,
        )

    def full_run_seconds(self) -> float:
        """How long one whole run takes here: the span the kills are spread over.

        A measure, not a check: a slower machine widens the span along with the runs.
        """
        started = time.monotonic()
        done = self.ingest()
        _, err = done.communicate(timeout=120)
        assert done.returncode == 0, err
        return time.monotonic() - started

    def kill_once(self, run: int, span: float, earliest: float = 0.0) -> None:
        # Between runs: sometimes start afresh, sometimes rewrite articles to be replaced.
        if self.rng.random() < 0.3:
            self.store.unlink(missing_ok=True)
            shutil.rmtree(pieces_folder(self.store), ignore_errors=True)
        else:
            self.articles.touch_some(self.rng.choice([0.2, 0.6, 1.0]))
        before = self._temporaries()
        delay = self.rng.uniform(earliest, span)
        proc = self.ingest()
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        reported = stored_ids(err)
        context = f"lane {self.seed} run {run} killed after {delay:.3f}s: {err[-500:]!r}"
        assert group_ends(proc.pid), f"{context}: a worker outlived the killed ingest"
        assert "Traceback" not in err, context
        finished = proc.returncode == 0
        self.outcomes.append("finished" if finished else "partial" if reported else "before-commit")
        self._check(reported, context)
        left = self._temporaries()
        assert len({n for n in left if "/" not in n}) <= 1, (context, left)
        if reported:  # it committed: whatever an earlier kill left was cleaned up
            assert not (before & left), (context, before, left)

    def _temporaries(self) -> set[str]:
        """What a kill left: temporaries of the catalog, and files in the pieces folder that
        the catalog neither names nor retires (half-written or never committed pieces and
        buckets)."""
        left = {p.name for p in self.root.glob(f".{self.store.name}.*.tmp")}
        folder = pieces_folder(self.store)
        if folder.is_dir():
            try:
                catalog = Store.open(self.store)._read_catalog()
            except StoreError:
                catalog = {}
            kept = {r["piece"] for r in catalog.get("articles", {}).values()}
            kept.update(catalog.get("buckets", {}).get("1", {}).values())
            kept.update(slot[0] for slot in catalog.get("actors", {}).get("1", {}).values())
            kept.update(catalog.get("meta", {}).get("1", {}).get("retired", []))
            left.update(f"{folder.name}/{p.name}" for p in folder.iterdir() if p.name not in kept)
        return left

    def _check(self, reported: set[str], context: str) -> None:
        if not self.store.exists():
            # Killed before the first write of a fresh store: nothing was reported.
            assert not reported, context
            return
        snapshot = open_snapshot(self.store)  # opens: no StoreError
        check_integrity(snapshot)
        check_summary(self.store)
        present = {a.id: a for a in snapshot.articles}
        assert reported <= present.keys(), (context, reported - present.keys())
        for article_id, article in present.items():
            if article.provenance == "curated":
                continue
            assert article.content_hash in self.articles.versions, (context, article_id)
            path, first, marker = self.articles.versions[article.content_hash]
            assert article.path == str(path), context
            # Whole: the text runs from the first sentence to the closing line.
            assert first in article.text and article.text.endswith(marker), (context, article_id)
            assert any(m.article == article_id for m in snapshot.mentions), (context, article_id)
            if article_id in reported:  # this run's version of the file, not an older one
                assert article.content_hash == _sha256(path), (context, article_id)
        mentions_by_article = {m.article for m in snapshot.mentions}
        assert mentions_by_article <= present.keys(), context

    def finish(self) -> None:
        """An uninterrupted run afterwards stores everything and leaves no temporaries."""
        done = self.ingest()
        _, err = done.communicate(timeout=120)
        assert done.returncode == 0, err
        assert self._temporaries() == set()
        snapshot = open_snapshot(self.store)
        check_integrity(snapshot)
        current = {_sha256(p) for p in self.articles.files()}
        assert current <= {a.content_hash for a in snapshot.articles}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _lane(root: Path, seed: int, jobs: int) -> Lane:
    lane = Lane(root, seed, jobs)
    lane.full_run_seconds()  # creates the store and stores every article
    lane.articles.touch_some(1.0)
    span = lane.full_run_seconds()  # a run that replaces every article: the longest kind
    for run in range(KILLS_PER_LANE):
        lane.kill_once(run, span)
    # A busy machine can bunch the random moments on one side of the first commit: a few
    # more kills aimed at the short side keep both kinds of moment tried.
    for run in range(KILLS_PER_LANE, KILLS_PER_LANE + EXTRA_KILLS):
        if lane.outcomes.count("before-commit") < SPREAD:
            lane.kill_once(run, span / 4)
        elif lane.outcomes.count("partial") + lane.outcomes.count("finished") < SPREAD:
            lane.kill_once(run, span * 1.2, earliest=span / 2)
    lane.finish()
    return lane


def test_sigkill_at_random_moments_never_loses_a_reported_article(tmp_path: Path) -> None:
    roots = [tmp_path / "lane0", tmp_path / "lane1"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        lanes = list(pool.map(_lane, roots, [1001, 2002], [1, 2]))  # one process, and workers
    outcomes = [o for lane in lanes for o in lane.outcomes]
    assert len(outcomes) >= 50
    # The kills were spread: some before any commit, some between commits or at the end.
    assert outcomes.count("before-commit") >= 5, outcomes
    assert outcomes.count("partial") + outcomes.count("finished") >= 5, outcomes


# -- kills inside the write itself --------------------------------------------------------

_PAUSED_WRITER = """
import os, sys, time
from pathlib import Path
from personae.store.db import Store
from personae.store.pieces import pieces_folder
from personae.store.annotation import bundled_records
from dataclasses import replace

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
records = bundled_records()
store = Store.open(Path(sys.argv[1]))
store.put(replace(records, article=replace(records.article, title="Changed title")))
"""


@pytest.mark.parametrize("where", ["mid-file", "before-rename"])
@pytest.mark.parametrize("stage", ["piece", "bucket", "catalog"])
def test_a_kill_inside_the_write_keeps_the_old_store_and_the_next_write_cleans_up(
    tmp_path: Path, valid_store: Path, where: str, stage: str
) -> None:
    """Killed writing the new piece, its bucket of the catalog, or the catalog's root."""
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    before = store_files(path)
    nth = {"piece": "1", "bucket": "2", "catalog": "3"}[stage]
    kill_when_paused(_PAUSED_WRITER, str(path), where, nth)
    # The old catalog, byte for byte, naming the old pieces, all there; orphans beside them.
    left = store_files(path)
    assert {name: left[name] for name in before} == before
    orphans = [*tmp_path.glob(".personae.json.*.tmp"), *pieces_folder(path).glob("*")]
    orphans = [p for p in orphans if f"{pieces_folder(path).name}/{p.name}" not in before]
    # ...and the marker of the commit, made before its first file: the next writer looks.
    assert [p.name for p in orphans if WRITING_NAME.fullmatch(p.name)] == [".writing-2"]
    assert len(orphans) == int(nth) + 1, orphans
    assert (stage != "piece") == any("catalog-" in p.name for p in orphans), orphans
    assert Store.open(path).snapshot().articles[0].title != "Changed title"
    # The lock died with the process: the next writer gets it at once and removes the orphans.
    store = Store.open(path, lock_timeout=2)
    snapshot = store.snapshot()
    store.remove_article("no-such-article")
    assert not any(p.exists() for p in orphans)
    assert Store.open(path).snapshot() == snapshot


# -- kills inside a commit of several articles ---------------------------------------------

_PAUSED_BATCH = """
import os, sys, time
from pathlib import Path
from personae.store.db import Store
from personae.store.ingest.batch import ingest_one
from personae.store.ingest.extract import KnownEntities

where, files = sys.argv[2], sorted(Path(sys.argv[3]).iterdir())
real = getattr(os, where)
calls = []

def paused(*args):
    calls.append(args)
    if len(calls) == 2:  # the commit's second file: the first is through this step
        print("paused", flush=True); time.sleep(60)
    return real(*args)

batch = [ingest_one(path, KnownEntities(), {}, dry_run=False)[1] for path in files]
setattr(os, where, paused)
Store.open(Path(sys.argv[1])).put_many(batch)
"""


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_kill_while_a_commit_flushes_or_renames_its_pieces_keeps_the_old_store(
    tmp_path: Path, valid_store: Path, where: str
) -> None:
    """A commit writes all its pieces, flushes them together, then renames them: killed in
    the middle of the flushes (all written, none in place) or of the renames (some in
    place), the old catalog stands and the next writer removes every file of the commit."""
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    before = store_files(path)
    articles = make_folder(tmp_path / "articles", 3, seed=7).folder
    kill_when_paused(_PAUSED_BATCH, str(path), where, str(articles))
    left = store_files(path)
    assert {name: left[name] for name in before} == before
    folder = pieces_folder(path)
    orphans = [p for p in folder.iterdir() if f"{folder.name}/{p.name}" not in before]
    temporaries = [p for p in orphans if p.name.endswith(".tmp")]
    in_place = [p for p in orphans if PIECE_NAME.fullmatch(p.name)]
    assert (folder / ".writing-2").exists()
    if where == "fsync":  # every piece written, none renamed: nothing in place yet
        assert len(temporaries) >= 2 and not in_place, orphans
    else:  # the first renamed, the others still temporaries
        assert len(in_place) == 1 and len(temporaries) == 2, orphans
    assert {a.id for a in open_snapshot(path).articles} == {
        a.id for a in open_snapshot(valid_store).articles
    }
    store = Store.open(path, lock_timeout=2)
    snapshot = store.snapshot()
    store.remove_article("no-such-article")
    assert not any(p.exists() for p in orphans)
    assert Store.open(path).snapshot() == snapshot


def test_a_writer_already_running_cleans_up_after_one_killed_mid_commit(
    tmp_path: Path, valid_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long ingest does not go through the pieces folder at every commit (100,000 files
    in a large store): only at its first, and when a writer killed mid-commit left its
    marker, even where the folder's clock is too coarse to show the change."""
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    articles = make_folder(tmp_path / "articles", 3, seed=11).folder
    running = Store.open(path)
    running.remove_article("no-such-article")  # its first commit: goes through the folder
    folder, listed = pieces_folder(path), []
    real_listdir, real_scandir = os.listdir, os.scandir
    monkeypatch.setattr(os, "listdir", lambda *a: listed.append(*a) or real_listdir(*a))
    monkeypatch.setattr(os, "scandir", lambda *a: listed.append(*a) or real_scandir(*a))
    running.remove_article("no-such-article")
    assert folder not in listed  # nothing changed the folder since its last commit
    kept = set(folder.iterdir())
    # Another writer, killed while it renames its pieces into place:
    kill_when_paused(_PAUSED_BATCH, str(path), "replace", str(articles))
    orphans = set(folder.iterdir()) - kept
    assert len(orphans) == 4, orphans  # one piece in place, two temporaries, the marker
    # As if the folder's modification time had not moved: only the marker tells.
    monkeypatch.setattr(Pieces, "_folder_stamp", lambda self: running._pieces._left)
    running.remove_article("no-such-article")
    assert folder in listed and not any(p.exists() for p in orphans)
