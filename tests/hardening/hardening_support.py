"""Helpers shared by the hardening tests: article folders, CLI runs, store integrity checks."""

from __future__ import annotations

import fcntl
import hashlib
import os
import random
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.cells import cell_len

from personae.store.db import Snapshot, Store
from personae.store.pieces import pieces_folder
from personae.store.summary import SUMMARY_LEAST

ROOT = Path(__file__).resolve().parents[2]

COUNTRIES = [
    "Iran", "Russia", "China", "Germany", "France", "Japan", "India", "Brazil", "Turkey",
    "Israel", "Ukraine", "Poland", "Canada", "Mexico", "Egypt", "Saudi Arabia", "Pakistan",
]  # fmt: skip
COMPANIES = ["Apple", "Boeing", "Microsoft", "Siemens", "Toyota", "Gazprom", "Airbus", "Samsung"]
VERBS = [
    "signed an agreement with", "accused", "threatened", "met officials from", "sanctioned",
    "supplied drones to", "criticised", "held talks with", "praised", "condemned",
]  # fmt: skip


@dataclass
class ArticleFolder:
    """A folder of generated articles; every version ever written is remembered by hash."""

    folder: Path
    rng: random.Random
    versions: dict[str, tuple[Path, str, str]] = field(default_factory=dict)
    """content hash -> (path, first body sentence, closing marker)."""
    generation: int = 0

    def write(self, path: Path) -> None:
        self.generation += 1
        first, body, marker = article_body(self.rng, f"{path.stem}-g{self.generation}")
        title = f"Report {path.stem} number {self.generation}"
        text = f"# {title}\n\n{body}\n" if path.suffix == ".md" else f"{title}\n\n{body}\n"
        path.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self.versions[digest] = (path.resolve(), first, marker)

    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.iterdir() if p.suffix in (".txt", ".md"))

    def touch_some(self, share: float) -> None:
        """Rewrite a random share of the files, so the next ingest replaces them."""
        for path in self.files():
            if self.rng.random() < share:
                self.write(path)


def article_body(rng: random.Random, token: str) -> tuple[str, str, str]:
    sentences = []
    for _ in range(rng.randint(3, 8)):
        a, b = rng.sample(COUNTRIES + COMPANIES, 2)
        sentences.append(f"{a} {rng.choice(VERBS)} {b} on {rng.randint(1, 28)} March 2023.")
    marker = f"The closing reference is {token.replace('-', ' ')} indeed."
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return sentences[0], "\n\n".join([*paragraphs, marker]), marker


def make_folder(folder: Path, count: int, seed: int) -> ArticleFolder:
    folder.mkdir(parents=True, exist_ok=True)
    made = ArticleFolder(folder, random.Random(seed))
    for n in range(count):
        made.write(folder / f"art{n:03d}{'.md' if n % 3 == 0 else '.txt'}")
    return made


def personae(*args: str) -> list[str]:
    return [sys.executable, "-m", "personae.tui", *args]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERSONAE_")}
    env.update(extra)
    return env


def run_cli(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        personae(*args),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(**env),
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def start_cli(
    *args: str, new_session: bool = False, stdout: int = subprocess.DEVNULL, **env: str
) -> subprocess.Popen[str]:
    """personae running in the background, its stderr to read; ``new_session`` puts it (and
    its workers) in a process group of its own, to signal as a terminal would."""
    return subprocess.Popen(
        personae(*args),
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=cli_env(**env),
        start_new_session=new_session,
    )


def stored_ids(stderr: str) -> set[str]:
    """Article ids the ingest reported as committed ("stored <id> <path>" lines)."""
    return {line.split()[1] for line in stderr.splitlines() if line.startswith("stored ")}


def check_integrity(snapshot: Snapshot) -> None:
    """Every record points at a stored article and lies inside its text."""
    texts = {a.id: a.text for a in snapshot.articles}
    assert len(texts) == len(snapshot.articles), "duplicate article ids"
    entities = {e.id for e in snapshot.entities}
    for article in snapshot.articles:
        n = len(article.text)
        assert all(0 <= s.start < s.end <= n for s in article.passages), article.id
        assert all(0 <= s.start < s.end <= n for s in article.sentences), article.id
    for m in snapshot.mentions:
        assert m.article in texts, f"mention of a missing article {m.article}"
        assert m.entity in entities, f"mention of a missing entity {m.entity}"
        assert texts[m.article][m.start : m.end] == m.text
    for r in snapshot.relations:
        assert r.article in texts, f"relation of a missing article {r.article}"
        assert {r.source, r.target} <= entities
        assert 0 <= r.evidence.start < r.evidence.end <= len(texts[r.article])
    for e in snapshot.events:
        assert e.article in texts, f"event of a missing article {e.article}"
        assert set(e.actors) <= entities
        assert 0 <= e.evidence.start < e.evidence.end <= len(texts[e.article])


def check_summary(path: Path) -> None:
    """The summary in the catalog's root is the count and the first articles of the catalog
    its buckets hold (the newest first), as the explorer and `list` take it."""
    catalog = Store.open(path).catalog()
    assert not catalog.complete  # opened from the summary
    whole = Store.open(path).catalog().whole().articles
    assert len(catalog.articles) == len(whole)
    first = min(len(whole), SUMMARY_LEAST)
    assert list(catalog.articles[:first]) == list(whole[:first])


def copy_store(source: Path, path: Path) -> None:
    """A copy of the store at ``source`` (catalog and pieces) at ``path``."""
    path.write_bytes(source.read_bytes())
    shutil.copytree(pieces_folder(source), pieces_folder(path), dirs_exist_ok=True)


def store_files(path: Path) -> dict[str, bytes]:
    """Every file of the store at ``path``, by name: catalog and pieces, to compare."""
    files = {path.name: path.read_bytes()}
    folder = pieces_folder(path)
    if folder.is_dir():
        files.update({f"{folder.name}/{p.name}": p.read_bytes() for p in folder.iterdir()})
    return files


def kill_when_paused(script: str, *args: str) -> None:
    """Run ``script`` (Python source) with ``args`` until it prints "paused" (it has
    stopped itself at the point under test), then SIGKILL it there."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "paused", proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


def open_snapshot(path: Path) -> Snapshot:
    store = Store.open(path)
    try:
        return store.snapshot()
    finally:
        store.close()


def group_ends(pgid: int, timeout: float = 20) -> bool:
    """Whether every process of the group ``pgid`` (personae started in a session of its
    own, and the workers it started) is gone within ``timeout``: none is left orphaned."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


class PtyApp:
    """personae running in a 100x30 pseudo-terminal, as a reader's terminal would run it."""

    def __init__(self, args: list[str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = cli_env(TERM="xterm-256color", COLORTERM="truecolor", TEXTUAL_ANIMATIONS="none")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "personae.tui", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.out = bytearray()

    def read_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                if self.proc.poll() is not None:
                    return
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the app exited and its terminal closed
                return
            if not chunk:
                return
            self.out += chunk

    def read_until(self, text: str, timeout: float) -> bool:
        """Read until ``text`` is drawn (True) or ``timeout`` passes (False)."""
        start = len(self.out)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.running():
            self.read_for(0.1)
            if text.encode() in self.out[max(0, start - len(text)) :]:
                return True
        return False

    def send(self, keys: bytes, wait: float = 0.3) -> None:
        os.write(self.master, keys)
        self.read_for(wait)

    def running(self) -> bool:
        return self.proc.poll() is None

    def position_of(self, text: str) -> tuple[int, int]:
        """Screen column and row (1-based) where ``text`` was last drawn."""
        at = bytes(self.out).rfind(text.encode())
        assert at >= 0, text
        moves = list(re.finditer(rb"\x1b\[(\d+);(\d+)H", bytes(self.out[:at])))
        row, col = int(moves[-1].group(1)), int(moves[-1].group(2))
        drawn = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", bytes(self.out[moves[-1].end() : at]))
        return col + cell_len(drawn.decode("utf-8", "replace")), row

    def close(self) -> int | None:
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return None
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            os.close(self.master)
