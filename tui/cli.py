"""The ``personae`` command: a thin shell over the store and the explorer.

Every failure a reader can cause ends in one line on stderr and a non-zero exit; the
explorer (and Textual) is imported only when it is about to open.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from personae.store.corpus import Corpus, one_line
from personae.store.db import Store, default_path
from personae.store.storage import StoreError
from personae.store.text import escape_controls
from personae.tui.parser import build_parser
from personae.tui.signals import Stopped, StopSignals, hung_up


class CommandError(Exception):
    """A problem the reader can fix, said in one line."""


def open_store(path: Path | None) -> Store:
    return Store.open_or_create(path or default_path(), notify=lambda m: _say(f"personae: {m}"))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().read(argv)
    args.db = getattr(args, "db", None)
    with StopSignals() as stop:
        code = _main(args, stop)
    return code if stop.signum is None else 128 + stop.signum


def _main(args: argparse.Namespace, stop: StopSignals) -> int:
    try:
        return _run(args, stop)
    except (StoreError, CommandError) as exc:
        _say(f"personae: {escape_controls(exc)}")
        return 1
    except Stopped as exc:
        _say(f"personae: stopped by {exc.name}; the store keeps everything committed.")
        return 128 + exc.signum
    except BrokenPipeError:
        # The reader stopped reading (`| head`): as a shell tool does, end quietly, and keep
        # Python from complaining again when it flushes standard output on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except OSError as exc:
        if stop.signum is None and not (exc.errno == errno.EIO and hung_up()):
            raise
        # The terminal closed with the session, before or without a SIGHUP: nobody to tell.
        return 128 + (stop.signum or signal.SIGHUP)
    except KeyboardInterrupt:
        _say("personae: interrupted; the store keeps everything committed.")
        return 130


def _say(line: str) -> None:
    """One line on stderr, unless the terminal has gone (a closed SSH session)."""
    with contextlib.suppress(OSError):
        print(line, file=sys.stderr)


def _run(args: argparse.Namespace, stop: StopSignals) -> int:
    if args.command == "export":
        return _export(args)
    if args.command is None:
        return _explore(args, stop)
    import personae.tui.commands as commands  # extraction and Rich tables: not for the explorer's start

    if args.command == "ingest":
        if args.dask is not None and args.jobs is not None:
            raise CommandError(
                "--jobs and --dask do not go together: with --dask the cluster's workers "
                "extract; leave out --jobs."
            )
        return commands.ingest(
            args.db, args.paths, dry_run=args.dry_run, jobs=args.jobs, dask=args.dask
        )
    if args.command == "list":
        return commands.list_articles(open_store(args.db), limit=args.limit, as_json=args.json)
    return commands.evaluate(_practice_corpus(args.corpus))


def _practice_corpus(given: Path | None) -> Path | None:
    """``--corpus``, else ``$PERSONAE_CORPUS``: a folder with articles/ and gold/ inside."""
    env = os.environ.get("PERSONAE_CORPUS", "").strip()
    corpus = given or (Path(env).expanduser() if env else None)
    if corpus is not None and not ((corpus / "articles").is_dir() and (corpus / "gold").is_dir()):
        raise CommandError(
            f"{escape_controls(corpus)} is not a practice corpus (it needs articles/ and gold/ "
            "folders); give --corpus such a folder."
        )
    return corpus


def _export(args: argparse.Namespace) -> int:
    from personae.store.output import Export, chunks, write_export

    store = open_store(args.db)
    data: Export = _streamed_export(args, store)
    if args.output is None or str(args.output) == "-":
        for part in chunks(data):
            sys.stdout.buffer.write(part)
        sys.stdout.flush()
    else:
        assert store.path is not None
        write_export(args.output, data, store.path)
        print(f"personae: wrote {escape_controls(args.output)}", file=sys.stderr)
    return 0


def _streamed_export(args: argparse.Namespace, store: Store) -> Callable[[BinaryIO], None]:
    """The export in the format asked for, written a piece at a time from the catalog
    however large the store (each format's module imported only for it); its article and
    actors are found before anything is written."""
    from personae.store.export import Writer, from_store, write_json

    corpus = Corpus.open(store)
    article_id = None if args.article is None else find_article(corpus, args.article)
    write: Writer
    if args.format == "json":
        write = functools.partial(write_json, article_id=article_id)
    else:
        from personae.store.export_scope import Scope

        scope = Scope(article_id, _chosen_actors(corpus, args.select), args.co_mentions)
        if args.format == "csv":
            from personae.store.export_table import write_csv

            write = functools.partial(write_csv, scope=scope)
        elif args.format == "markdown":
            from personae.store.export_brief import write_brief

            write = functools.partial(write_brief, scope=scope)
        else:
            from personae.store.export_graph import write_network

            write = functools.partial(write_network, scope=scope, dot=args.format == "dot")
    return lambda out: from_store(store, write, out, corpus.catalog)


def _chosen_actors(corpus: Corpus, names: Sequence[str]) -> tuple[str, ...]:
    """The ids of the actors ``--select`` names, else the one line saying which is unknown."""
    from personae.store.export_scope import UnknownActor, choose_actors

    try:
        return choose_actors(corpus, names)
    except UnknownActor as exc:
        raise CommandError(str(exc)) from None


#: How many of the articles a name fits are listed when it fits more than one.
MATCHES_SHOWN = 3


def find_article(corpus: Corpus, query: str) -> str:
    """The id of the one article ``query`` names, else a message listing those it fits."""
    found = corpus.articles_matching(query)
    if len(found) == 1:
        return found[0].id
    if not found:
        raise CommandError(f"no article matches {query!r}; `personae list` shows them.")
    listed = ", ".join(f"{one_line(a.id)} ({one_line(a.title)})" for a in found[:MATCHES_SHOWN])
    more = f" and {len(found) - MATCHES_SHOWN} more" if len(found) > MATCHES_SHOWN else ""
    raise CommandError(
        f"{query!r} fits {len(found)} articles: {listed}{more}; give its id or more of its title."
    )


def _explore(args: argparse.Namespace, stop: StopSignals) -> int:
    store = open_store(args.db)
    corpus = Corpus.open(store)  # the catalog: each article is read when it is shown
    article_id = None if args.article is None else find_article(corpus, args.article)
    for name in args.select:
        if corpus.resolve(name) is None:
            raise CommandError(f"no actor is called {name!r} in the store.")
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        raise CommandError("the explorer needs a terminal; use `personae export` to script it.")

    from personae.tui.app import PersonaeApp

    stop.run_app(PersonaeApp(corpus, article_id=article_id, select=args.select, store=store))
    return 0


if __name__ == "__main__":
    sys.exit(main())
