"""The ``personae`` command: a thin shell over the store and the explorer.

Every failure a reader can cause ends in one line on stderr and a non-zero exit; the
explorer (and Textual) is imported only when it is about to open.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import os
import re
import signal
import sys
import threading
from collections.abc import Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from personae.store.corpus import Corpus, one_line
from personae.store.db import Store, default_path
from personae.store.storage import StoreError
from personae.store.text import escape_controls

if TYPE_CHECKING:
    from textual.app import App


class CommandError(Exception):
    """A problem the reader can fix, said in one line."""


ARTICLE_HELP = "its id, its file name, or its title or a part of it"


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistyped option or command is named as typed, beside the closest real
    one: argparse alone blames the word after an unknown option ("invalid choice: 'Iran'")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: dict[str, _Parser] = {}
        self.typed: list[str] = []
        """The words given to the command, kept for the messages."""
        self.root = self

    def read(self, argv: Sequence[str] | None = None) -> argparse.Namespace:
        """``parse_args``, keeping the words for the messages."""
        self.typed = list(sys.argv[1:] if argv is None else argv)
        return self.parse_args(self.typed)

    def error(self, message: str) -> NoReturn:
        unknown = _first_unknown_word(self.root)
        if unknown is None:
            self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")
        said, parser = unknown
        self.exit(2, f"{self.root.prog}: {said} (see {parser.prog} --help)\n")

    def knows_option(self, word: str) -> argparse.Action | None:
        """The option ``word`` names here, the way argparse reads it (``--sel`` for
        ``--select``; several candidates count as known, argparse says which)."""
        name = word.split("=", 1)[0] if word.startswith("--") else word[:2]
        if name in self._option_string_actions:
            return self._option_string_actions[name]
        if name.startswith("--"):
            found = [a for o, a in self._option_string_actions.items() if o.startswith(name)]
            return found[0] if found else None
        return None


def _first_unknown_word(root: _Parser) -> tuple[str, _Parser] | None:
    """The first option (or command) that no parser knows, said with the closest real one,
    and the parser whose help lists the real ones."""
    parser = root
    value_next = False
    for word in root.typed:
        if word == "--":
            return None
        if value_next:
            value_next = False
        elif word.startswith("-") and word != "-" and not _NUMBER.fullmatch(word):
            action = parser.knows_option(word)
            if action is None:
                name = word.split("=", 1)[0]
                return _unknown("option", name, parser._option_string_actions), parser
            # "--db PATH" and "-o FILE" take the next word; "--db=PATH" and "-oFILE" do not.
            attached = "=" in word if word.startswith("--") else len(word) > 2
            value_next = action.nargs != 0 and not attached
        elif parser is root:
            command = root.commands.get(word)
            if command is None:
                return _unknown("command", word, root.commands), root
            parser = command
    return None


_NUMBER = re.compile(r"-\d+(\.\d*)?")


def _unknown(kind: str, word: str, known: Iterable[str]) -> str:
    by_case = {name.casefold(): name for name in known}  # "-O" is closest to "-o"
    close = difflib.get_close_matches(word.casefold(), list(by_case), n=1)
    return f"unknown {kind} {escape_controls(word)}" + (
        f"; did you mean {by_case[close[0]]}?" if close else ""
    )


def _version() -> str:
    try:
        return version("personae")
    except PackageNotFoundError:
        return "unknown"


def _jobs(word: str) -> int:
    """``--jobs``: a whole number of processes, one or more."""
    try:
        jobs = int(word)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"needs a whole number of processes, 1 or more, not {word!r}"
        )
    return jobs


def _limit(word: str) -> int:
    """``--limit``: a whole number of articles, 0 for all of them."""
    if not word.isdigit():
        raise argparse.ArgumentTypeError(
            f"needs a whole number of articles (0 for all), not {word!r}"
        )
    return int(word)


def build_parser() -> _Parser:
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
    parser.add_argument("--article", metavar="ARTICLE", help=f"open this article: {ARTICLE_HELP}")
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="NAME",
        help="open with this actor selected (name or alias, any case; repeat to pin more)",
    )
    # Without a command personae opens the explorer: the usage line shows it as optional.
    commands = parser.add_subparsers(
        dest="command",
        title="commands (without one, personae opens the explorer)",
        metavar="[COMMAND]",
        parser_class=_Parser,
    )
    export = commands.add_parser("export", parents=[common], help="write the store as JSON")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--article", metavar="ARTICLE", help=f"only this article: {ARTICLE_HELP}")
    ingest = commands.add_parser("ingest", parents=[common], help="add article files or folders")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument(
        "--dry-run", action="store_true", help="show what would be extracted; store nothing"
    )
    ingest.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="processes reading and extracting articles (default: one per usable core)",
    )
    ingest.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
        "needs pip install 'personae[dask]' here and on every worker",
    )
    listing = commands.add_parser("list", parents=[common], help="list the articles in the store")
    listing.add_argument(
        "--limit",
        type=_limit,
        default=0,
        metavar="N",
        help="only the newest N articles (default: 0, all of them)",
    )
    listing.add_argument(
        "--json", action="store_true", help="a JSON array of the articles instead of a table"
    )
    evaluate = commands.add_parser(
        "eval", parents=[common], help="score the extractor against the curated annotation"
    )
    evaluate.add_argument(
        "--corpus",
        type=Path,
        metavar="FOLDER",
        help="also score dates against a practice corpus with gold timelines "
        "(default: $PERSONAE_CORPUS)",
    )
    for name, command in commands.choices.items():
        assert isinstance(command, _Parser)
        command.root = parser
        parser.commands[name] = command
    return parser


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
    except OSError:
        if stop.signum is None:
            raise
        return 128 + stop.signum  # the terminal closed with the session: nobody to tell
    except KeyboardInterrupt:
        _say("personae: interrupted; the store keeps everything committed.")
        return 130


def _say(line: str) -> None:
    """One line on stderr, unless the terminal has gone (a closed SSH session)."""
    with contextlib.suppress(OSError):
        print(line, file=sys.stderr)


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program stood, so that it unwinds as on Ctrl+C:
    a progress bar gives the cursor back, a write in flight is abandoned whole."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


class StopSignals:
    """While inside: SIGTERM and SIGHUP (what a closed SSH session sends) end personae as
    Ctrl+C does, instead of killing it where it stands with the terminal still set up for
    a progress bar or the explorer.  The first one raises ``Stopped``; later ones are only
    noted, so that they cannot cut short the clean-up the first one started."""

    SIGNALS = (signal.SIGTERM, signal.SIGHUP)

    def __init__(self) -> None:
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():  # only it may set handlers
            self._previous = {s: signal.signal(s, self._raise) for s in self.SIGNALS}
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _raise(self, signum: int, frame: object) -> None:
        if self.signum is None:
            self.signum = signum
            raise Stopped(signum)

    def run_app(self, app: App[Any]) -> None:
        """Run a Textual app that a stop signal asks to exit, so that its driver restores
        the terminal (alternate screen, mouse reporting, cursor) on the way out."""

        def exit_app(signum: int) -> None:
            self.signum = self.signum or signum
            app.exit()

        async def run() -> None:
            loop = asyncio.get_running_loop()
            for signum in self.SIGNALS:
                loop.add_signal_handler(signum, exit_app, signum)
            await app.run_async()

        asyncio.run(run())


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
    from personae.store.export import export_json
    from personae.store.output import write_export

    store = open_store(args.db)
    snapshot = store.snapshot()
    article_id = None if args.article is None else find_article(Corpus(snapshot), args.article)
    data = export_json(snapshot, article_id)
    if args.output is None or str(args.output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        assert store.path is not None
        write_export(args.output, data, store.path)
        print(f"personae: wrote {escape_controls(args.output)}", file=sys.stderr)
    return 0


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
    corpus = Corpus(store.snapshot())
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
