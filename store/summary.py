"""The catalog's summary, kept in its root: how many articles, and the newest rows.

The explorer's first frame and ``personae list``'s first page need the newest few articles
and the count, not the catalog: reading every bucket costs about 1.5 s at 100,000
articles.  So each commit keeps, in the root, the newest SUMMARY_ROWS article rows (exactly
the first ones of the catalog's order) and the number of articles.  A commit adjusts it for
what it adds and removes; only when removals leave it too short (fewer than SUMMARY_LEAST
rows of a larger catalog) or a store has none yet is it made again from every bucket.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from personae.store.storage import Tables

Doc = dict[str, Any]

#: Newest article rows the root keeps (about 400 bytes each): enough for `list`'s first
#: page and the explorer's first article, with room for removals before a rebuild.
SUMMARY_ROWS = 100
#: Rows below which (of a catalog that has more) a commit makes the summary again.
SUMMARY_LEAST = 50


def newest_key(row: Mapping[str, Any]) -> tuple[str, str]:
    """The order readers list articles in, reversed: newest first (store/catalog.py)."""
    date, title = row.get("date"), row.get("title")
    return (date if isinstance(date, str) else "", title if isinstance(title, str) else "")


def in_catalog_order(rows: Iterable[tuple[str, Doc]]) -> list[tuple[str, Doc]]:
    """(record id, row) pairs as the catalog lists them: newest first, and articles of one
    date and title in record id order (the order they came in)."""
    by_id = sorted(rows, key=lambda kr: int(kr[0]))
    return sorted(by_id, key=lambda kr: newest_key(kr[1]), reverse=True)


def newest_of(rows: Iterable[tuple[str, Doc]]) -> list[tuple[str, Doc]]:
    """The first SUMMARY_ROWS of ``rows`` in the catalog's order."""
    return in_catalog_order(rows)[:SUMMARY_ROWS]


class Summary:
    """The number of articles, and the rows of the newest ones with their record ids, in
    the catalog's order: always its first ``len(newest)`` articles."""

    def __init__(self, total: int, newest: list[tuple[str, Doc]]) -> None:
        self.total = total
        self.newest = newest

    @classmethod
    def of_root(cls, root: Tables) -> Summary | None:
        """The root's summary, or None if it has none (written before it was kept), one of
        an earlier commit (an older personae wrote since) or one of the wrong shape: readers
        then read the catalog, and the next commit makes it again."""
        doc = root.get("summary", {}).get("1")
        meta = root.get("meta", {}).get("1")
        commit = meta.get("commit") if isinstance(meta, dict) else None
        if not isinstance(doc, dict) or type(commit) is not int or doc.get("commit") != commit:
            return None  # an older personae committed since, and left it as it was
        total, newest = doc.get("articles"), doc.get("newest")
        if type(total) is not int or not isinstance(newest, dict) or not 0 <= len(newest) <= total:
            return None
        if not all(k.isdigit() and k.isascii() and isinstance(r, dict) for k, r in newest.items()):
            return None
        return cls(total, in_catalog_order(newest.items()))

    @property
    def whole(self) -> bool:
        """Whether it lists every article of the catalog."""
        return len(self.newest) == self.total

    def add(self, key: str, row: Doc) -> None:
        """An article row added with a record id higher than any before."""
        holds_all = self.whole
        self.total += 1
        last = self.newest[-1][1] if self.newest else None
        # A new row comes after the rows of its own date and title (its id is the highest).
        if holds_all or (last is not None and newest_key(row) > newest_key(last)):
            # after every row at least as new (a search: sorting the hundred rows again
            # took a commit of fifty articles a few milliseconds)
            new, low, high = newest_key(row), 0, len(self.newest)
            while low < high:
                middle = (low + high) // 2
                if newest_key(self.newest[middle][1]) < new:
                    high = middle
                else:
                    low = middle + 1
            self.newest = [*self.newest[:low], (key, row), *self.newest[low:]][:SUMMARY_ROWS]

    def remove(self, key: str) -> None:
        """An article row removed: the rest stay the catalog's first ones."""
        self.total -= 1
        self.newest = [(k, row) for k, row in self.newest if k != key]

    def too_short(self) -> bool:
        """Whether removals left fewer rows than a reader's first page needs."""
        return len(self.newest) < min(self.total, SUMMARY_LEAST)

    def to_doc(self, commit: int) -> Doc:
        """As the root of commit ``commit`` keeps it: a root whose commit is not the
        summary's was written by a personae that does not keep it up to date."""
        return {"articles": self.total, "newest": dict(self.newest), "commit": commit}
