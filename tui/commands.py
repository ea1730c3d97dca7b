"""The non-interactive commands: ingest, list, eval, printed with Rich (never as markup)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from personae.store.corpus import Corpus
from personae.store.db import Store, default_path
from personae.store.ingest.batch import FileResult, Status, ingest_paths
from personae.store.text import escape_controls

STATUS_ORDER: tuple[Status, ...] = ("added", "replaced", "unchanged", "would add", "failed")


def _console(stderr: bool = False) -> Console:
    """Rich output that never reads markup from data; wide when piped, so nothing is cut."""
    console = Console(stderr=stderr, highlight=False, markup=False, emoji=False)
    if not console.is_terminal:
        console.width = 200
    return console


def ingest(db: Path | None, paths: list[Path], *, dry_run: bool) -> int:
    store = None if dry_run else Store.open_or_create(db or default_path())
    err = _console(stderr=True)
    if store is not None:
        store.on_wait = lambda message: err.print(Text(f"personae: {escape_controls(message)}"))
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None, name="")

        def advance(n: int, total: int, path: Path) -> None:
            progress.update(task, completed=n - 1, total=total, name=escape_controls(path.name))

        def stored(result: FileResult) -> None:
            if not err.is_terminal:  # a log for scripts: each line is already on disk
                err.print(Text(f"stored {result.article_id} {escape_controls(result.path)}"))

        results = ingest_paths(store, paths, on_progress=advance, on_stored=stored)
    # A file that failed is a mistake to fix: one line each on stderr, as for any other.
    for r in results:
        if r.status == "failed":
            reason = escape_controls(r.reason or "failed")
            err.print(Text(f"personae: cannot ingest {escape_controls(r.path)}: {reason}"))
    out = _console()
    done = [r for r in results if r.status != "failed"]
    if done:
        table = Table("status", "file", "title", "actors", "relations", "events")
        for r in done:
            table.add_row(
                Text(r.status),
                Text(escape_controls(r.path)),
                Text(escape_controls(r.title or "")),
                *(Text(str(r.counts.get(k, ""))) for k in ("actors", "relations", "events")),
            )
        out.print(table)
    tally = Counter(r.status for r in results)
    summary = ", ".join(f"{tally[s]} {s}" for s in STATUS_ORDER if tally[s])
    out.print(Text((summary or "no articles") + (" (dry run: nothing stored)" if dry_run else "")))
    return 1 if tally["failed"] else 0


def list_articles(store: Store) -> int:
    corpus = Corpus(store.snapshot())
    table = Table("id", "date", "title", "actors", "relations", "events", "layer")
    for article in corpus.articles:
        table.add_row(
            Text(article.id),
            Text(article.date or "—"),
            Text(article.title),
            Text(str(len(corpus.entities_in(article.id)))),
            Text(str(len(corpus.relations_in(article.id)))),
            Text(str(len(corpus.events_in(article.id)))),
            Text(article.provenance),
        )
    _console().print(table)
    return 0


def evaluate(corpus: Path | None) -> int:
    """Score extraction against the curated layer, then against a corpus's gold timelines and
    the relation development set beside the corpus (its parent's petrarch2-validation/)."""
    from personae.store.annotation import ASSETS, bundled_records
    from personae.store.ingest.evaluate import evaluate as score
    from personae.store.ingest.evaluate import (
        evaluate_corpus_timelines,
        evaluate_relation_set,
        format_scores,
        relation_set_beside,
    )
    from personae.store.ingest.extract import extract
    from personae.store.ingest.files import read_file

    gold = bundled_records()
    assert gold.article.path is not None
    predicted = extract(read_file(ASSETS / gold.article.path), gold.article.id)
    scores = score(gold.entities, gold.mentions, gold.relations, gold.events, predicted)
    out = _console()
    title = f"bundled article ({gold.article.id}): extracted, scored against curated"
    out.print(Text(format_scores(scores, title)))
    if corpus is not None:
        out.print()
        timeline = evaluate_corpus_timelines(corpus)
        name = escape_controls(corpus.name)
        out.print(Text(format_scores(timeline, f"corpus timelines ({name}, gold dates)")))
        relation_set = relation_set_beside(corpus)
        if relation_set is not None:
            out.print()
            relations = evaluate_relation_set(relation_set)
            title = f"relation set ({escape_controls(relation_set.parent.name)}, silver events)"
            out.print(Text(format_scores(relations, title)))
    return 0
