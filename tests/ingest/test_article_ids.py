"""A batch's article ids, each folder resolved once, are exactly those ``Path.resolve`` gives
(an id hashes the resolved path: one differing would make a re-ingested file a new article),
however the file is reached: through a linked folder, as a linked file, by a relative path,
through ``..``, or not at all (a link loop, a missing file)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from personae.store.ingest.article_ids import ArticleIds, article_id_for
from personae.store.ingest.batch import ingest_one
from personae.store.ingest.extract import KnownEntities

TEXT = "Talks\n\nChina met Japan in Beijing on Monday.\n"


def _resolved_the_old_way(path: Path) -> str:
    """The id as it always was: the path resolved by ``Path.resolve``, else made absolute."""
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):
        resolved = str(path.absolute())
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40] or "article"
    return f"{stem}-{hashlib.sha256(resolved.encode()).hexdigest()[:6]}"


def _same_as_resolve(ids: ArticleIds, path: Path) -> None:
    assert ids.of(path) == _resolved_the_old_way(path) == article_id_for(path)
    try:
        expected: str | None = str(path.resolve())
    except (OSError, RuntimeError):
        expected = None
    assert ids.resolved(path) == expected


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """``real/deep/a.txt`` and ``real/deep/b.txt``; ``linked`` links to ``real``."""
    deep = tmp_path / "real" / "deep"
    deep.mkdir(parents=True)
    for name in ("a.txt", "b.txt"):
        (deep / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    return tmp_path


def test_files_of_a_plain_folder(archive: Path) -> None:
    ids = ArticleIds()
    for name in ("a.txt", "b.txt", "a.txt"):  # the folder's resolution kept, and reused
        _same_as_resolve(ids, archive / "real" / "deep" / name)


def test_files_reached_through_a_linked_folder(archive: Path) -> None:
    ids = ArticleIds()
    for name in ("a.txt", "b.txt"):
        path = archive / "linked" / "deep" / name
        _same_as_resolve(ids, path)
        assert ids.resolved(path) == str(archive.resolve() / "real" / "deep" / name)
        assert ids.of(path) == ids.of(archive / "real" / "deep" / name)  # one file, one id


def test_a_linked_file_is_the_file_it_links_to(archive: Path) -> None:
    link = archive / "elsewhere.txt"
    link.symlink_to(archive / "real" / "deep" / "a.txt")
    chain = archive / "linked" / "chain.txt"  # a link, inside a linked folder, to a link
    chain.symlink_to(link)
    ids = ArticleIds()
    for path in (link, chain):
        _same_as_resolve(ids, path)
        assert ids.resolved(path) == str((archive / "real" / "deep" / "a.txt").resolve())


def test_relative_paths_and_dot_dot(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(archive / "real")
    ids = ArticleIds()
    _same_as_resolve(ids, Path("deep/a.txt"))
    monkeypatch.chdir(archive / "real" / "deep")
    _same_as_resolve(ArticleIds(), Path("a.txt"))
    # ``..`` after a link goes up from where the link leads, not from the link
    (archive / "real" / "deep" / "up").symlink_to(archive / "real" / "deep")
    _same_as_resolve(ArticleIds(), archive / "real" / "deep" / "up" / ".." / "deep" / "b.txt")
    _same_as_resolve(ArticleIds(), archive / "linked" / "deep" / ".." / "deep" / "b.txt")


def test_a_link_loop_a_missing_file_and_a_looping_folder(archive: Path) -> None:
    first, second = archive / "a.txt", archive / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    loop = archive / "loop"
    loop.symlink_to(loop, target_is_directory=True)
    ids = ArticleIds()
    for path in (first, archive / "missing.txt", archive / "gone" / "x.txt", loop / "c.txt"):
        _same_as_resolve(ids, path)


def test_ingest_one_records_the_same_path_and_id_either_way(archive: Path) -> None:
    ids = ArticleIds()
    for path in (archive / "linked" / "deep" / "a.txt", archive / "real" / "deep" / "b.txt"):
        fast = ingest_one(path, KnownEntities(), {}, dry_run=False, ids=ids)
        slow = ingest_one(path, KnownEntities(), {}, dry_run=False)
        assert fast[0] == slow[0] and fast[1] == slow[1]
        assert fast[1] is not None and fast[1].article.path == str(path.resolve())
