"""Ingest throughput, stage by stage, on a batch of real-sized articles.

The batch cycles the bundled article and the Wikinews practice corpus (when it is beside the
repository), each copy slightly varied so that no stage can lean on a cache of the last text.
"""

from __future__ import annotations

import time
from pathlib import Path

from store.ingest.actors import find_actors
from store.ingest.dates import find_dates, parse_iso
from store.ingest.extract import extract
from store.ingest.formats import parse_markdown
from store.ingest.read import DATELINE, RawArticle, parse_plain
from store.ingest.relations import relations_in, sentence_hits
from store.text import passages_of, sentences_of

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


def _batch(n_articles: int) -> list[tuple[str, str]]:
    """``n_articles`` real-sized articles (3 KB or more, as news runs 3-8 KB).

    Corpus articles are short (about 2 KB), so each copy appends the following ones' bodies
    until it is real-sized; every copy gets its own closing line.
    """
    sources = _sources()
    batch = []
    for i in range(n_articles):
        kind, raw = sources[i % len(sources)]
        extra = 1
        while len(raw) < 3000 and extra < len(sources):
            _, more = sources[(i + extra) % len(sources)]
            raw += "\n\n" + more.rsplit("\n---\n", 1)[-1]  # a body, without its front matter
            extra += 1
        batch.append((kind, f"{raw}\n\nCopy {i} was filed on January {i % 28 + 1}, 2024.\n"))
    return batch


def bench_extract(n_articles: int = 1000) -> dict[str, float]:
    """CPU seconds per stage over ``n_articles`` articles, with MB/s and articles/s overall.

    CPU time, not wall time: the goal is per core, and a busy machine should not move it.
    """
    batch = _batch(n_articles)
    size = sum(len(raw.encode("utf-8")) for _, raw in batch)
    stages = dict.fromkeys(("read_clean", "segment", "actors", "relations", "dates"), 0.0)
    for kind, raw in batch:
        t0 = time.process_time()
        article: RawArticle = parse_markdown(raw) if kind == "markdown" else parse_plain(raw)
        text = article.text
        t1 = time.process_time()
        sentences = sentences_of(text, passages_of(text))
        t2 = time.process_time()
        dateline = DATELINE.match(text) if article.dateline else None
        actors = find_actors(text, sentences, skip=dateline.end() if dateline else 0)
        t3 = time.process_time()
        kinds = {a.name: a.kind for a in actors.by_name.values()}
        for sentence, hits in zip(sentences, sentence_hits(actors.hits, sentences), strict=True):
            relations_in(text, sentence, hits, kinds)
        t4 = time.process_time()
        published = parse_iso(article.date)
        for sentence in sentences:
            find_dates(text, sentence.start, sentence.end, published)
        t5 = time.process_time()
        for key, spent in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[key] += spent
    start = time.process_time()
    for i, (kind, raw) in enumerate(batch):
        article = parse_markdown(raw) if kind == "markdown" else parse_plain(raw)
        extract(article, f"bench-{i}")
    total = time.process_time() - start
    return {
        **stages,
        "total": total,
        "articles": float(n_articles),
        "megabytes": size / 1e6,
        "mb_per_s": size / 1e6 / total,
        "articles_per_s": n_articles / total,
    }


def main() -> None:
    result = bench_extract()
    for key, value in result.items():
        print(f"{key:>16}: {value:10.3f}")


if __name__ == "__main__":
    main()
