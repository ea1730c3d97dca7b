"""What an ingest says when it ends: a table of some files, counts of all, every failure.

An archive's ingest settles 100,000 files: the summary keeps counts, the failures and the
first rows of its table, never a record per file, so its memory does not grow with the
folder.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from personae.store.ingest.batch import FileResult, Status
from personae.store.ingest.files import NOT_READ_YET
from personae.store.text import escape_controls

STATUS_ORDER: tuple[Status, ...] = ("added", "replaced", "unchanged", "would add", "failed")
#: What becomes of a file ingest reads (others, skipped or left out, were never read).
SETTLED: frozenset[Status] = frozenset(STATUS_ORDER)
#: Files the summary's table shows: an archive's thousands would bury the summary (a log
#: piped elsewhere still names every file stored, as it goes).
TABLE_ROWS = 50


class Outcomes:
    """Each file's outcome as ingest settles it, kept as the summary needs it."""

    def __init__(self) -> None:
        self.tally: Counter[Status] = Counter()
        self.settled = 0
        """Files read to an end (stored, unchanged or failed), named ones excluded."""
        self.failures: list[FileResult] = []
        self.table: list[FileResult] = []
        self.not_read: dict[Status, Counter[str]] = {"skipped": Counter(), "left out": Counter()}

    def append(self, result: FileResult, /) -> None:
        self.tally[result.status] += 1
        if result.status in self.not_read:
            self.not_read[result.status][result.reason or ""] += 1
        elif result.status == "failed":
            self.failures.append(result)
        elif len(self.table) < TABLE_ROWS:
            self.table.append(result)
        if result.status in SETTLED and result.article_id is not None:
            self.settled += 1

    def stored_any(self) -> bool:
        return bool(self.tally["added"] or self.tally["replaced"])

    def kept(self, total: int, dry_run: bool) -> tuple[str, int]:
        """What an ingest stopped early kept (every article reported stored is on disk),
        and how many of its files were not stored."""
        kept = ", ".join(f"{self.tally[s]:,} {s}" for s in ("added", "replaced") if self.tally[s])
        if dry_run:
            kept = "nothing stored (dry run)"
        elif kept:
            kept += " and kept in the store"
        else:
            kept = "no article added"
        left = max(total - self.settled, 0)
        return f"{kept}; {left:,} of {total:,} files not stored" if left else kept, left

    def report(self, dry_run: bool, out: Console, err: Console) -> int:
        """One stderr line per failed file, a table of the others, the summary; the failures."""
        for r in self.failures:  # a mistake to fix: one line each on stderr, as for any other
            reason = escape_controls(r.reason or "failed")
            line = f"personae: cannot ingest {escape_controls(r.path)}: {reason}"
            err.print(Text(line), soft_wrap=True)  # one line, however long
        if self.table:
            table = Table("status", "file", "title", "actors", "relations", "events")
            for r in self.table:
                table.add_row(
                    Text(r.status),
                    Text(escape_controls(r.path)),
                    Text(escape_controls(r.title or "")),
                    *(Text(str(r.counts.get(k, ""))) for k in ("actors", "relations", "events")),
                )
            out.print(table)
        done = sum(self.tally[s] for s in STATUS_ORDER if s != "failed")
        if done > len(self.table):
            more = done - len(self.table)
            out.print(Text(f"… and {more:,} more files; `personae list` lists the articles"))
        summary = ", ".join(f"{self.tally[s]:,} {s}" for s in STATUS_ORDER if self.tally[s])
        out.print(
            Text((summary or "no articles") + (" (dry run: nothing stored)" if dry_run else ""))
        )
        for line in self._not_read_lines():
            out.print(Text(escape_controls(line)), soft_wrap=True)  # kinds come from file names
        return self.tally["failed"]

    def _not_read_lines(self) -> list[str]:
        """What a folder held that was not read, counted by kind: never skipped in silence."""
        lines = []
        skipped = self.not_read["skipped"]
        if skipped:
            kinds_first = _commonest_first(skipped)
            counted = [f"{n} {_plural(kind, n)}" for kind, n in kinds_first]
            if len(counted) > 6:
                counted[5:] = [f"{sum(n for _, n in kinds_first[5:])} of other kinds"]
            kinds = ", ".join(counted)
            advice = "personae reads .txt, .md and .html"
            later = [(suffix, name) for suffix, name in NOT_READ_YET.items() if suffix in skipped]
            if later:
                names = [name for _, name in later]
                named = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
                verb = "is" if len(names) == 1 else "are"
                them = "it" if sum(skipped[suffix] for suffix, _ in later) == 1 else "them"
                advice += f"; {named} {verb} not read yet: save {them} as .txt or .html"
            lines.append(f"{skipped.total()} skipped: {kinds} ({advice})")
        left_out = self.not_read["left out"]
        if left_out:
            kinds = ", ".join(
                f"{n} {kind}" + (" (README, LICENSE and the like)" if kind == "paperwork" else "")
                for kind, n in _commonest_first(left_out)
            )
            lines.append(
                f"{left_out.total()} left out: {kinds}; name a file on the command line to take it"
            )
        return lines


def _commonest_first(kinds: Counter[str]) -> list[tuple[str, int]]:
    """By count, then by name: the same folder always gets the same line."""
    return sorted(kinds.items(), key=lambda item: (-item[1], item[0]))


def _plural(kind: str, n: int) -> str:
    """A suffix stays as it is ("2 .pdf"); a description takes an s ("2 special files")."""
    return kind if n == 1 or kind.startswith(".") else f"{kind}s"
