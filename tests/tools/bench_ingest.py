"""Ingest throughput, stage by stage, on a batch of real-sized articles.

The batch cycles the bundled article and the Wikinews practice corpus (when it is beside the
repository), each copy slightly varied so that no stage can lean on a cache of the last text.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from personae.store.ingest.extract import STAGES, extract
from personae.store.ingest.formats import parse_markdown
from personae.store.ingest.read import RawArticle, parse_plain

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "assets" / "iran-russia-alliance.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def _sources() -> list[tuple[str, str]]:
    """(kind, raw text) of every article available to the benchmark."""
    sources = [("text", BUNDLED.read_text(encoding="utf-8"))]
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*/articles/*.md")):
            sources.append(("markdown", path.read_text(encoding="utf-8")))
    return sources


def articles(n_articles: int) -> Iterator[tuple[str, str]]:
    """``n_articles`` real-sized articles (3 KB or more, as news runs 3-8 KB), one at a time.

    Corpus articles are short (about 2 KB), so each copy appends the following ones' bodies
    until it is real-sized; every copy gets its own closing line.
    """
    sources = _sources()
    for i in range(n_articles):
        kind, raw = sources[i % len(sources)]
        extra = 1
        while len(raw) < 3000 and extra < len(sources):
            _, more = sources[(i + extra) % len(sources)]
            raw += "\n\n" + more.rsplit("\n---\n", 1)[-1]  # a body, without its front matter
            extra += 1
        yield kind, f"{raw}\n\nCopy {i} was filed on January {i % 28 + 1}, 2024.\n"


def bench_extract(n_articles: int = 1000) -> dict[str, float]:
    """CPU seconds per stage over ``n_articles`` articles, with MB/s and articles/s overall.

    One pass over the batch through the very path ``personae ingest`` takes (``parse_*`` then
    ``extract``), each stage timed where it runs, so the stages add up to the total. CPU time,
    not wall time: the goal is per core, and a busy machine should not move it (much).
    The store write (store/db.py) is not included.
    """
    batch = list(articles(n_articles))
    size = sum(len(raw.encode("utf-8")) for _, raw in batch)
    timings: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    read_clean = 0.0
    for i, (kind, raw) in enumerate(batch):
        t0 = time.process_time()
        article: RawArticle = parse_markdown(raw) if kind == "markdown" else parse_plain(raw)
        read_clean += time.process_time() - t0
        extract(article, f"bench-{i}", timings=timings)
    total = read_clean + sum(timings.values())
    return {
        "read_clean": read_clean,
        **timings,
        "total": total,
        "articles": float(n_articles),
        "megabytes": size / 1e6,
        "mb_per_s": size / 1e6 / total,
        "articles_per_s": n_articles / total,
    }


_LABELS = {
    "read_clean": "read, clean (front matter, markup, controls, whitespace, leftovers)",
    "segment": "segment (passages, sentences)",
    "actors": "actors (gazetteer, discovery, short forms, kinds)",
    "records": "records (entity ids, mentions)",
    "relations": "relations (triggers, roles, negation, hedges, records)",
    "dates": "dates (date expressions, inferred events, labels, records)",
}


def describe_batch(n_articles: int = 1000) -> str:
    sources = _sources()
    kinds = Counter(kind for kind, _ in sources)
    batch = list(articles(n_articles))
    sizes = sorted(len(raw.encode("utf-8")) for _, raw in batch)
    return (
        f"{n_articles} articles cycled from {len(sources)} sources "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), each copy topped up "
        f"to 3 KB or more and given its own closing line: {sum(sizes) / 1e6:.2f} MB, "
        f"{sizes[0] / 1e3:.1f}-{sizes[-1] / 1e3:.1f} KB (median {sizes[len(sizes) // 2] / 1e3:.1f})"
    )


def main() -> None:
    result = bench_extract()
    print(describe_batch())
    print("CPU seconds on one core (time.process_time), one pass, store write excluded:")
    for key, label in _LABELS.items():
        share = result[key] / result["total"]
        print(f"  {label:<66} {result[key]:7.3f} s  {share:5.1%}")
    print(f"  {'total':<66} {result['total']:7.3f} s")
    print(
        f"throughput: {result['mb_per_s']:.2f} MB/s, {result['articles_per_s']:.0f} articles/s"
        " (goal: 1 MB/s on one core)"
    )


def write_copies(folder: Path, n_files: int) -> int:
    """``n_files`` copies of the practice articles, each with its own closing line (as
    tests/bench_scale.py makes them): an archive to ingest; returns the bytes written."""
    articles = sorted(CORPUS.glob("*/articles/*.md"))
    size = 0
    for n in range(n_files):
        data = articles[n % len(articles)].read_bytes() + f"\n\nCopy {n}.\n".encode()
        (folder / f"copy-{n:06d}.md").write_bytes(data)
        size += len(data)
    return size


def ingest_rates(folder: Path, store_path: Path, jobs: int) -> dict[str, float]:
    """``personae ingest`` of ``folder`` into a new store: MB/s over the whole run and over
    its first 1,000 files and its last tenth (at least 1,000, so that it holds several
    commits), and the writer's CPU seconds per 1,000 files in each (what a store's size costs shows in the writer: extraction does not
    depend on it).  The run ends once its last commit is done."""
    import resource

    from personae.store.db import ArticleRecords, Store
    from personae.store.ingest.batch import ingest_paths

    sizes = [p.stat().st_size for p in folder.iterdir()]
    per_file = sum(sizes) / len(sizes) / 1e6
    marks = [(0, time.perf_counter(), time.process_time())]
    commits: list[tuple[int, float]] = []  # (files settled, CPU seconds) of each commit
    settled = 0

    def mark(done: int, total: int, path: Path | None) -> None:
        nonlocal settled
        settled = done
        if done and done % 1000 == 0 and done != total:
            marks.append((done, time.perf_counter(), time.process_time()))

    store = Store.open_or_create(store_path)
    put_many = store.put_many

    def timed(batch: Iterable[ArticleRecords]) -> None:
        start = time.process_time()
        put_many(batch)
        commits.append((settled, time.process_time() - start))

    store.put_many = timed  # type: ignore[method-assign]
    ingest_paths(store, [folder], jobs=jobs, on_progress=mark)
    marks.append((len(sizes), time.perf_counter(), time.process_time()))
    tail = max(1, min(len(marks) - 1, len(sizes) // 10_000))  # windows in the last tenth

    def commit_cpu(a: int, b: int) -> float:
        """CPU seconds per 1,000 files of the commits between marks ``a`` and ``b``: the
        part of the writer's work that a store's size can change."""
        (n0, *_), (n1, *_) = marks[a], marks[b]
        return sum(cpu for at, cpu in commits if n0 < at <= n1) * 1000 / (n1 - n0)

    def rate(a: int, b: int) -> tuple[float, float]:
        (n0, t0, c0), (n1, t1, c1) = marks[a], marks[b]
        return (n1 - n0) * per_file / (t1 - t0), (c1 - c0) * 1000 / (n1 - n0)

    (whole, cpu), (first, first_cpu), (last, last_cpu) = (
        rate(0, -1),
        rate(0, 1),
        rate(-1 - tail, -1),
    )
    return {
        "mb_per_s": whole, "writer_cpu_per_1000": cpu,
        "first_mb_per_s": first, "first_cpu_per_1000": first_cpu,
        "last_mb_per_s": last, "last_cpu_per_1000": last_cpu,
        "first_commit_cpu_per_1000": commit_cpu(0, 1),
        "last_commit_cpu_per_1000": commit_cpu(-1 - tail, -1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }  # fmt: skip


def flatness(n_files: int, jobs: int = 2) -> None:
    """``python -m tests.tools.bench_ingest N``: ingest 1,000 copies and then ``N`` into new
    stores (a temporary folder; TMPDIR to put it elsewhere: 100,000 take about 1 GB)."""
    import tempfile

    for count in (1000, n_files):
        with tempfile.TemporaryDirectory(prefix="personae-flat-") as scratch:
            files = Path(scratch) / "files"
            files.mkdir()
            write_copies(files, count)
            found = ingest_rates(files, Path(scratch) / "store.json", jobs)
        print(
            f"{count:,} files, --jobs {jobs}: "
            + ", ".join(f"{k} {v:.2f}" for k, v in found.items())
        )


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:
        flatness(int(sys.argv[1]))
    else:
        main()


def write_batch(folder: Path, n_articles: int = 1000) -> int:
    """Write the batch as files a reader would ingest; returns the bytes written."""
    size = 0
    for i, (kind, raw) in enumerate(articles(n_articles)):
        data = raw.encode("utf-8")
        (folder / f"article-{i:04d}.{'md' if kind == 'markdown' else 'txt'}").write_bytes(data)
        size += len(data)
    return size
