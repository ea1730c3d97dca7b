"""A store file that is not what it should be is refused by every command, and left alone.

Each bad file goes through `list`, `export`, `export -o`, `ingest` and the explorer: one
line on stderr naming the file and what to do, exit status 1, the file byte for byte as
it was, and nothing new written beside it.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from hardening_support import copy_store, store_files
from personae.store.buckets import bucket_of
from personae.store.db import ArticleRecords, Store
from personae.store.ingest.batch import article_id_for
from personae.store.model import Article, Span
from personae.store.pieces import pieces_folder
from personae.tui.cli import main

BAD_STORES: dict[str, bytes | None] = {
    "empty": b"",
    "blank": b"  \n\t\n",
    "truncated": None,  # the first half of a real store, filled in below
    "not-json": b"groceries: milk, eggs\n",
    "binary": b"\x00\x01\x02\x03PK\x03\x04",
    "invalid-utf8": b'{"meta": {"1": {"schema": 1}}, "articles": {"1": {"id": "\xff\xfe"}}}',
    "deep-nesting": b"[" * 100_000,
    "json-list": b"[1, 2, 3]",
    "json-string": b'"a store"',
    "json-null": b"null",
    "table-not-object": b'{"articles": [1, 2]}',
    "record-not-object": b'{"meta": {"1": {"schema": 1}}, "articles": {"1": 5}}',
    "meta-not-object": b'{"meta": {"1": 5}}',
    "record-id-not-int": b'{"meta": {"1": {"schema": 1}}, "articles": {"x": {"id": "a"}}}',
    "record-missing-fields": b'{"meta": {"1": {"schema": 1}}, "articles": {"1": {"id": "a"}}}',
    "mention-missing-fields": b'{"meta": {"1": {"schema": 1}}, "mentions": {"1": {"x": 1}}}',
    "entity-wrong-types": b'{"meta": {"1": {"schema": 1}}, "entities": {"1": {"id": 1, "name": null, "kind": 3}}}',
    "no-schema-record": b'{"articles": {"1": {"id": "a", "title": "t", "text": "x"}}}',
    "malformed-schema": b'{"meta": {"1": {"schema": "one"}}}',
    "newer-schema": b'{"meta": {"1": {"schema": 99}}, "articles": {}}',
    "catalog-row-without-piece": b'{"meta": {"1": {"schema": 2, "commit": 1, "retired": []}}, "articles": {"1": {"id": "a", "title": "t"}}}',
    "catalog-piece-outside": b'{"meta": {"1": {"schema": 2, "commit": 1, "retired": []}}, "articles": {"1": {"id": "a", "title": "t", "piece": "../../etc/passwd"}}}',
    "catalog-entity-wrong-types": b'{"meta": {"1": {"schema": 2, "commit": 1, "retired": []}}, "entities": {"1": {"id": 1, "name": null, "kind": 3}}}',
    "root-bucket-outside": b'{"meta": {"1": {"schema": 3, "commit": 1, "retired": []}}, "buckets": {"1": {"abc": "../../etc/passwd"}}}',
    "root-bucket-missing": b'{"meta": {"1": {"schema": 3, "commit": 1, "retired": []}}, "buckets": {"1": {"2bc": "catalog-2bc-1.json"}}}',
    "root-counts-wrong-types": b'{"meta": {"1": {"schema": 3, "commit": 1, "retired": []}}, "counts": {"1": {"iran": "many"}}}',
    "root-actors-outside": b'{"meta": {"1": {"schema": 4, "commit": 1, "retired": []}}, "actors": {"1": {"abc": ["../../etc/passwd", 0, 10]}}}',
    "root-actors-negative": b'{"meta": {"1": {"schema": 4, "commit": 1, "retired": []}}, "actors": {"1": {"abc": ["actors-1.json", -5, 10]}}}',
}

# Words that tell the reader what to do next.
ADVICE = ("move it aside", "pass --db", "upgrade personae", "restore", "move the file aside")

COMMANDS: dict[str, list[str]] = {
    "list": ["list"],
    "export": ["export"],
    "export-o": ["export", "-o", "{tmp}/out.json"],
    "ingest": ["ingest", "{tmp}/articles"],
    "explorer": [],
}


@pytest.fixture
def bad_store(request: pytest.FixtureRequest, tmp_path: Path, valid_store_bytes: bytes) -> Path:
    content = BAD_STORES[request.param]
    if content is None:
        content = valid_store_bytes[: len(valid_store_bytes) // 2]
    path = tmp_path / "personae.json"
    path.write_bytes(content)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    return path


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("bad_store", list(BAD_STORES), indirect=True)
def test_every_command_refuses_a_bad_store_and_leaves_it_alone(
    bad_store: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bad_store.read_bytes()
    folder = bad_store.parent
    names_before = sorted(p.name for p in folder.iterdir())
    args = [a.replace("{tmp}", str(folder)) for a in COMMANDS[command]]
    code = main(["--db", str(bad_store), *args])
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("personae: ")
    assert str(bad_store) in lines[0]
    assert any(advice in lines[0] for advice in ADVICE), lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
    assert bad_store.read_bytes() == before
    # Nothing written beside it: no temporary, no backup, no export.
    new = sorted(set(p.name for p in folder.iterdir()) - set(names_before) - {"personae.json.lock"})
    assert new == []


PIECE_DAMAGE = ["deleted", "truncated", "binary", "a folder", "another article's"]


# The explorer reads an article's piece only when it shows it: it opens such a store, and
# says in one line that the article cannot be read (tests/tui/test_lazy_open.py).
@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("ingest", "explorer")])
@pytest.mark.parametrize("damage", PIECE_DAMAGE)
def test_every_reading_command_names_a_missing_or_corrupt_piece(
    tmp_path: Path, valid_store: Path, command: str, damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    Store.open(path).put(_article())
    rows = Store.open(path)._read_catalog()["articles"].values()
    piece = pieces_folder(path) / next(r["piece"] for r in rows if r["id"] == "chile-peru")
    other = pieces_folder(path) / next(r["piece"] for r in rows if r["id"] != "chile-peru")
    _damage(piece, other, damage)
    _refused_naming(piece, path, command, damage, capsys)


# The explorer starts on the summary in the catalog's root: it opens such a store, and says
# in one line what is damaged when the picker or `g` reads the buckets
# (tests/tui/test_lazy_open.py).
@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "explorer"])
@pytest.mark.parametrize("damage", PIECE_DAMAGE)
def test_every_command_names_a_missing_or_corrupt_bucket_of_the_catalog(
    tmp_path: Path, valid_store: Path, command: str, damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """A bucket file holds some articles' catalog records: damaged, it is named with what to
    do, by the readers and by an ingest that changes one of its articles alike, and nothing
    is written."""
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    article_id = _article_file(tmp_path, same_bucket_as=None)
    Store.open(path).put(_article(article_id))
    layout = orjson.loads(path.read_bytes())["buckets"]["1"]
    bucket = pieces_folder(path) / layout[bucket_of(article_id)]
    other = pieces_folder(path) / layout[bucket_of("iran-russia-alliance")]
    _damage(bucket, other, damage)
    _refused_naming(bucket, path, command, damage, capsys)


@pytest.mark.parametrize("damage", PIECE_DAMAGE)
def test_an_ingest_elsewhere_leaves_a_damaged_bucket_for_readers_to_name(
    tmp_path: Path, valid_store: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A commit reads only the buckets it rewrites: one that changes no article of a damaged
    bucket is stored, leaves that file as it is, and readers still name it."""
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    Store.open(path).put(_article())
    _article_file(tmp_path, same_bucket_as="chile-peru")
    layout = orjson.loads(path.read_bytes())["buckets"]["1"]
    bucket = pieces_folder(path) / layout[bucket_of("chile-peru")]
    _damage(bucket, pieces_folder(path) / layout[bucket_of("iran-russia-alliance")], damage)
    damaged = bucket.read_bytes() if bucket.is_file() else None
    assert main(["--db", str(path), "ingest", f"{tmp_path}/articles"]) == 0
    assert orjson.loads(path.read_bytes())["buckets"]["1"][bucket_of("chile-peru")] == bucket.name
    assert (bucket.read_bytes() if bucket.is_file() else None) == damaged
    capsys.readouterr()
    assert main(["--db", str(path), "list"]) == 1
    assert str(bucket) in capsys.readouterr().err


def _article_file(tmp_path: Path, *, same_bucket_as: str | None) -> str:
    """Write an article file to ingest, its article in no bucket of the valid store's (nor
    ``same_bucket_as``'s), and give its id."""
    folder = tmp_path / "articles"
    folder.mkdir()
    taken = {bucket_of(a) for a in ("iran-russia-alliance", same_bucket_as or "") if a}
    name = next(
        f"{n}.txt"
        for n in range(100)
        if bucket_of(article_id_for(folder / f"{n}.txt")) not in taken
    )
    (folder / name).write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    return article_id_for(folder / name)


def _damage(piece: Path, other: Path, damage: str) -> None:
    if damage == "deleted":
        piece.unlink()
    elif damage == "truncated":
        piece.write_bytes(piece.read_bytes()[:40])
    elif damage == "binary":
        piece.write_bytes(b"\x00\x01\x02PK")
    elif damage == "a folder":
        piece.unlink()
        piece.mkdir()
    else:
        piece.write_bytes(other.read_bytes())


def _article(article_id: str = "chile-peru") -> ArticleRecords:
    text = "Chile met Peru in Lima."
    span = Span(0, len(text))
    article = Article(id=article_id, title="Chile", text=text, passages=(span,), sentences=(span,))
    return ArticleRecords(article, (), (), (), ())


def _refused_naming(
    damaged: Path, path: Path, command: str, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``command`` on the store at ``path`` stops with one line naming the damaged file and
    what to do, prints nothing on stdout and leaves every file of the store as it was."""
    before = store_files(path) if damage != "a folder" else None
    args = [a.replace("{tmp}", str(path.parent)) for a in COMMANDS[command]]
    code = main(["--db", str(path), *args])
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    assert str(damaged) in lines[0] and "restore" in lines[0], lines[0]
    assert captured.out == ""
    if before is not None:
        assert store_files(path) == before
    assert not (path.parent / "out.json").exists()
