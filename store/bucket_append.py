"""New articles added to a bucket file without parsing it.

In a long ingest nearly every article is new, and a commit of 50 rewrites some 50 buckets
of about 100 articles each at 100,000 articles: parsing each one only to write it back
with one more row was the writer's cost that grew with the store.  A bucket file this
writer wrote (so checked, and in the shape below) takes new rows by splicing bytes; the
article ids it holds are kept here to tell a new article from a replaced one, which needs
the bucket parsed (its old rows go).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import orjson

#: A bucket file as written: ``orjson.dumps({"articles": {...}, "index": {...}})``.  An
#: article row holds no object, and a quote inside a string is escaped, so the first
#: ``BETWEEN`` is where the ``articles`` table ends.
HEAD, BETWEEN, TAIL = b'{"articles":{', b'},"index":{', b"}}"


def appended(old: bytes, added: Mapping[str, Mapping[str, Any]]) -> bytes | None:
    """``old`` with the rows of ``added`` (table -> key -> row) after its own, as
    ``orjson.dumps`` writes the merged tables; None if ``old`` is not in that shape."""
    cut = old.find(BETWEEN)
    if cut < len(HEAD) - 1 or not (old.startswith(HEAD) and old.endswith(TAIL)):
        return None
    articles, index = old[len(HEAD) : cut], old[cut + len(BETWEEN) : -len(TAIL)]
    return b"".join(
        (
            HEAD,
            _joined(articles, added.get("articles", {})),
            BETWEEN,
            _joined(index, added.get("index", {})),
            TAIL,
        )
    )


def _joined(rows: bytes, more: Mapping[str, Any]) -> bytes:
    extra = orjson.dumps(more)[1:-1]
    return rows + b"," + extra if rows and extra else rows or extra


class WrittenIds:
    """The article ids of each bucket file this writer wrote, by file name."""

    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}

    def holds(self, name: str, article_id: str) -> bool | None:
        """Whether bucket file ``name`` holds the article (None: not known here)."""
        ids = self._ids.get(name)
        return None if ids is None else article_id in ids

    def written(self, name: str, rows: Iterable[Any], after: str | None = None) -> None:
        """``name`` was written with the articles of ``rows``, after those of file
        ``after`` when its rows were appended to that file's."""
        ids = self._ids.pop(after, set()) if after is not None else set()
        ids.update(str(row.get("id")) for row in rows if isinstance(row, dict))
        self._ids[name] = ids

    def keep_only(self, names: Iterable[str]) -> None:
        """Forget the files no longer named (retired, or another writer's version)."""
        named = set(names)
        for name in [n for n in self._ids if n not in named]:
            del self._ids[name]
