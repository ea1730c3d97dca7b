"""The non-interactive commands: ingest, list, eval, printed with Rich (never as markup)."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from personae.store.catalog import ArticleEntry, CatalogChanged
from personae.store.corpus import Corpus, one_line
from personae.store.db import SNAPSHOT_TRIES, Store, default_path
from personae.store.export import terminal_safe_json
from personae.store.ingest.batch import FileResult, ingest_paths, usable_cores
from personae.store.ingest.cluster import ClusterError
from personae.store.storage import StoreError
from personae.store.text import escape_controls
from personae.tui.summary import Outcomes


def _console(stderr: bool = False) -> Console:
    """Rich output that never reads markup from data; wide when piped, so nothing is cut."""
    console = Console(stderr=stderr, highlight=False, markup=False, emoji=False)
    if not console.is_terminal:
        console.width = 200
    return console


class _Rate(ProgressColumn):
    """Articles settled per second, once there is enough to say."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f} articles/s")


def ingest(
    db: Path | None,
    paths: list[Path],
    *,
    dry_run: bool,
    jobs: int | None = None,
    dask: str | None = None,
) -> int:
    """Ingest with ``jobs`` processes (default: one per usable core), then report every
    file: a table of what was stored, one stderr line per failure, what was skipped and
    why.  Stopped early (Ctrl+C, a store that cannot take more), it still says what was
    kept, and exits 130 or 1."""
    err = _console(stderr=True)

    def say(message: str) -> None:
        err.print(Text(f"personae: {escape_controls(message)}"), soft_wrap=True)

    store = None if dry_run else Store.open_or_create(db or default_path(), notify=say)
    if store is not None:
        store.on_wait = store.on_upgrade = say
    outcomes = Outcomes()
    total = 0
    stopped: tuple[str, int] | None = None  # why the batch ended early, and the exit status
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None, name="")

        def advance(settled: int, files: int, last: Path | None) -> None:
            nonlocal total
            total = files
            name = "" if last is None else escape_controls(last.name)
            progress.update(task, completed=settled, total=files, name=name)

        def stored(result: FileResult) -> None:
            if not err.is_terminal:  # a log for scripts: each line is already on disk
                # one write: a Ctrl+C between a line and its newline would glue the next
                # line, the summary, to it
                sys.stderr.write(f"stored {result.article_id} {escape_controls(result.path)}\n")
                sys.stderr.flush()

        try:
            ingest_paths(
                store,
                paths,
                jobs=jobs or usable_cores(),
                dask=dask,
                on_progress=advance,
                on_stored=stored,
                results=outcomes,
            )
        except KeyboardInterrupt:
            kept, left = outcomes.kept(total, dry_run)
            again = "; run the same ingest again to finish (unchanged files are skipped)"
            stopped = f"interrupted: {kept}{again if left and not dry_run else ''}", 130
        except (StoreError, ClusterError) as exc:
            if not outcomes.stored_any():
                if isinstance(exc, StoreError):
                    raise  # nothing was stored: the store's own message is the whole story
                say(str(exc))
                return 1
            kept, _ = outcomes.kept(total, dry_run)
            stopped = f"{str(exc).rstrip('.')}. Ingest stopped: {kept}.", 1
    # Ctrl+C can land inside a Rich print and leave that console holding its output (its
    # buffer entered, never left): the report goes through consoles of its own.
    err = _console(stderr=True)
    failed = outcomes.report(dry_run, _console(), err)
    if stopped is not None:
        message, status = stopped
        err.print(Text(f"personae: {escape_controls(message)}"), soft_wrap=True)
        return status
    return 1 if failed else 0


#: Rows read before the first is written: while none is written, a store that a writer
#: changes meanwhile is read again from its newest catalog.
FIRST_ROWS = 50


def list_articles(store: Store, *, limit: int = 0, as_json: bool = False) -> int:
    """The articles, newest first: a table, or with ``as_json`` a JSON array written one
    article at a time; ``limit`` (0: all) keeps the newest ones, and says how many are left.

    The list comes from the catalog (its first page from the summary in its root: no bucket
    read); each listed article's piece is read for its counts as its row is made, and not
    kept, so a listing of every article holds one at a time."""
    count = min(limit or FIRST_ROWS, FIRST_ROWS)
    corpus, first = _first_rows(store, count, whole=not limit)
    total = len(corpus.articles)
    shown = corpus.articles[:limit] if limit else corpus.articles
    rest = (_listing(corpus, article) for article in shown[len(first) :])
    rows = itertools.chain(first, rest)
    if as_json:
        _write_json_array(rows)
    else:
        table = Table("id", "date", "title", "actors", "relations", "events", "layer")
        for row in rows:  # a store from elsewhere may hold terminal controls: printed cleaned
            table.add_row(
                *(Text(one_line("—" if row[c] is None else str(row[c]))) for c in LISTED_COLUMNS)
            )
        _console().print(table)
    if total > len(shown):
        _console(stderr=True).print(
            f"the newest {len(shown):,} of {total:,} articles; --limit 0 lists all {total:,}."
        )
    return 0


#: The table's columns, in the order `personae list` shows them.
LISTED_COLUMNS = ("id", "date", "title", "actors", "relations", "events", "layer")


def _first_rows(store: Store, count: int, *, whole: bool) -> tuple[Corpus, list[dict[str, object]]]:
    """The newest version's corpus (with ``whole``, its every article read: a damaged bucket
    is named before any row) and its first ``count`` rows, read whole from one version: a
    piece gone meanwhile (a writer committed twice) sends it to the newest."""
    for _ in range(SNAPSHOT_TRIES):
        corpus = Corpus.open(store)
        try:
            if whole:
                corpus.catalog.whole()
            return corpus, [_listing(corpus, article) for article in corpus.articles[:count]]
        except CatalogChanged:
            continue
    raise StoreError(
        f"{store.path} changed {SNAPSHOT_TRIES} times while it was being read; "
        "try again when the writer has finished."
    )


def _listing(corpus: Corpus, article: ArticleEntry) -> dict[str, object]:
    """One article as `personae list` gives it (also as a JSON object)."""
    return {
        "id": article.id,
        "date": article.date,
        "title": article.title,
        "actors": len(corpus.entities_in(article.id)),
        "relations": len(corpus.relations_in(article.id)),
        "events": len(corpus.events_in(article.id)),
        "layer": article.provenance,
        "source": article.source,
        "url": article.url,
        "path": article.path,
    }


def _write_json_array(items: Iterable[object]) -> None:
    """A JSON array on standard output, written as it comes: the first articles of a large
    store reach a pipe at once, and nothing holds the whole listing."""
    out = sys.stdout.buffer
    separator = b"[\n"
    for item in items:
        out.write(separator + terminal_safe_json(item))
        separator = b",\n"
    out.write(b"[]\n" if separator == b"[\n" else b"\n]\n")
    out.flush()


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
