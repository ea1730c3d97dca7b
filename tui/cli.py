"""The ``personae`` command: a thin shell over the store and the explorer.

Every failure a reader can cause ends in one line on stderr and a non-zero exit; the
explorer (and Textual) is imported only when it is about to open.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NoReturn

from personae.store.db import Store, default_path
from personae.store.storage import StoreError, atomic_write
from personae.store.text import escape_controls


class CommandError(Exception):
    """A problem the reader can fix, said in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _version() -> str:
    try:
        return version("personae")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the store file (default: $PERSONAE_DB, else the user data folder)",
    )
    parser = _Parser(
        prog="personae",
        description="Explore who does what to whom, and when, in news articles.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"personae {_version()}")
    parser.add_argument("--article", metavar="ID_OR_TITLE", help="open this article")
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="NAME",
        help="open with this actor selected (name or alias, any case; repeat to pin more)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    export = commands.add_parser("export", parents=[common], help="write the store as JSON")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--article", metavar="ID_OR_TITLE", help="only this article")
    ingest = commands.add_parser("ingest", parents=[common], help="add article files or folders")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument(
        "--dry-run", action="store_true", help="show what would be extracted; store nothing"
    )
    commands.add_parser("list", parents=[common], help="list the articles in the store")
    commands.add_parser(
        "eval", parents=[common], help="score the extractor against the curated annotation"
    )
    return parser


def open_store(path: Path | None) -> Store:
    return Store.open_or_create(path or default_path())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    try:
        return _run(args)
    except (StoreError, CommandError) as exc:
        print(f"personae: {escape_controls(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("personae: interrupted; the store keeps everything committed.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "export":
        return _export(args)
    if args.command is None:
        return _explore(args)
    import personae.tui.commands as commands  # extraction and Rich tables: not for the explorer's start

    if args.command == "ingest":
        return commands.ingest(args.db, args.paths, dry_run=args.dry_run)
    if args.command == "list":
        return commands.list_articles(open_store(args.db))
    return commands.evaluate()


def _export(args: argparse.Namespace) -> int:
    from personae.store.corpus import Corpus
    from personae.store.export import export_json

    snapshot = open_store(args.db).snapshot()
    article_id = None
    if args.article is not None:
        found = Corpus(snapshot).find_article(args.article)
        if found is None:
            raise CommandError(f"no article matches {args.article!r}; `personae list` shows them.")
        article_id = found.id
    data = export_json(snapshot, article_id)
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    elif args.output.is_dir():
        raise CommandError(f"{args.output} is a folder; give a file name to -o.")
    else:
        atomic_write(args.output, data)
        print(f"personae: wrote {escape_controls(args.output)}", file=sys.stderr)
    return 0


def _explore(args: argparse.Namespace) -> int:
    from personae.store.corpus import Corpus

    store = open_store(args.db)
    corpus = Corpus(store.snapshot())
    article_id = None
    if args.article is not None:
        found = corpus.find_article(args.article)
        if found is None:
            raise CommandError(f"no article matches {args.article!r}; `personae list` shows them.")
        article_id = found.id
    for name in args.select:
        if corpus.resolve(name) is None:
            raise CommandError(f"no actor is called {name!r} in the store.")
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        raise CommandError("the explorer needs a terminal; use `personae export` to script it.")

    from personae.tui.app import PersonaeApp

    PersonaeApp(corpus, article_id=article_id, select=args.select, store=store).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
