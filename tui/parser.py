"""The ``personae`` command's arguments: argparse, with mistakes named as typed."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn

from personae.store.text import escape_controls

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
        args = self.parse_args(self.typed)
        if args.command == "export":
            _check_export(args, self.commands["export"])
        return args

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


#: What ``personae export --format`` writes; json, the first, is the default.
EXPORT_FORMATS = ("json", "csv", "markdown", "graphml", "dot")


def _check_export(args: argparse.Namespace, export: _Parser) -> None:
    """Options that mean nothing for the JSON export are a mistake, not silently ignored."""
    if args.format != "json":
        return
    if args.select:
        export.error(
            "--select goes with --format csv, markdown, graphml or dot; "
            "the JSON export holds every actor: leave out --select, or give a --format"
        )
    if args.co_mentions:
        export.error(
            "--co-mentions goes with --format csv, markdown, graphml or dot; "
            "the JSON export always holds the co-mentions: leave it out, or give a --format"
        )


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
    export = commands.add_parser(
        "export", parents=[common], help="write the store as JSON, a table, a brief or a network"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        metavar="FORMAT",
        help="json (everything, the default), csv (one row per relation), markdown (a brief "
        "on actors), graphml or dot (the network of actors)",
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    # Not given here, --article and --select keep what was given before the command
    # (`personae --select Iran export ...`), instead of silently dropping it.
    export.add_argument(
        "--article",
        default=argparse.SUPPRESS,
        metavar="ARTICLE",
        help=f"only this article: {ARTICLE_HELP}",
    )
    export.add_argument(
        "--select",
        action="append",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="not with json: the brief is on this actor; csv, graphml and dot keep its "
        "relations only (name or alias, any case; repeat for more)",
    )
    export.add_argument(
        "--co-mentions",
        action="store_true",
        help="not with json (which has them all): keep the co-mentions, two actors named in "
        "one sentence with no type read",
    )
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
