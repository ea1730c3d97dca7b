"""An article's id, from the file it was read from: the same file always gets the same id.

The id hashes the file's resolved path (every link followed), so re-ingesting a file
replaces its article whichever name reached it, and two files with one name in different
folders stay two articles.  Resolving a path asks the file system about every folder on
the way, one call each, twice for some; a batch of thousands of files in a few folders
asked the same questions thousands of times, in the one process that writes the store.
``ArticleIds`` resolves each folder once a batch and each file with one call, and gives
exactly what ``Path.resolve`` gives (tests/ingest/test_article_ids.py holds it to that).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path


def article_id_for(path: Path) -> str:
    """Stable per file, unique across folders: re-ingesting a file replaces its article."""
    return id_for_resolved(path, resolved_path(path) or str(path.absolute()))


def id_for_resolved(path: Path, resolved: str) -> str:
    """``article_id_for`` of a path already resolved (or made absolute, if it cannot be)."""
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "article"
    return f"{stem}-{hashlib.sha256(resolved.encode()).hexdigest()[:6]}"


def resolved_path(path: Path) -> str | None:
    """``path`` with every link followed, as ``Path.resolve`` gives it; None for a link
    loop or a path the system will not resolve (the file then fails as unreadable)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return None


class ArticleIds:
    """Ids and resolved paths of the files of one batch, each folder resolved once.

    A file that is not a link, in a folder already resolved, is that folder's resolved path
    and its name: what ``Path.resolve`` finds too, one folder at a time.  Anything else (a
    link, a name such as ``..``, a file the system cannot look at, a folder that does not
    resolve) is resolved as ``resolved_path`` does it.  A folder's resolution is kept for
    the batch: a link on the way to it changed in the middle of an ingest is seen by the
    next one (the files already read keep the ids they had, as they would anyway).
    """

    def __init__(self) -> None:
        self._folders: dict[str, str | None] = {}
        """Folder as named -> its resolved path (None: resolved file by file)."""

    def resolved(self, path: Path) -> str | None:
        """``resolved_path(path)``, from the folder's resolution when it can be."""
        name = path.name
        if name in ("", ".", ".."):
            return resolved_path(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return resolved_path(path)
        except (OSError, ValueError):  # not there, unreadable folder, a NUL in the name
            return resolved_path(path)
        parent = path.parent
        key = str(parent)
        if key not in self._folders:
            self._folders[key] = resolved_path(parent)
        folder = self._folders[key]
        if folder is None:
            return resolved_path(path)
        return os.path.join(folder, name)

    def of(self, path: Path) -> str:
        """``article_id_for(path)``."""
        return id_for_resolved(path, self.resolved(path) or str(path.absolute()))
