"""Pieces are written deflated (schema 6): a store takes about 1.5 times its articles' text
where it took 5.6 times.  A schema-5 store's plain pieces are read as they are and its next
commit needs no upgrade; a piece that is neither JSON nor deflated, or would inflate past
the size a store file may have, is named as corrupt in one line."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from personae.store import storage
from personae.store.db import STORE_SCHEMA, Store
from personae.store.folder import PIECE_NAME
from personae.store.ingest.batch import ingest_paths
from personae.store.pieces import encoded_piece, inflated, pieces_folder
from personae.store.storage import StoreError

BUNDLED = Path(__file__).resolve().parents[2] / "assets" / "iran-russia-alliance.txt"


def _ingested(folder: Path, copies: int) -> tuple[Path, int]:
    """A store of ``copies`` copies of the bundled article, each its own; and the bytes of
    the files ingested."""
    files = folder / "articles"
    files.mkdir(parents=True)
    text = BUNDLED.read_text(encoding="utf-8")
    size = 0
    for n in range(copies):
        data = f"{text}\n\nCopy {n} was filed on March {n % 28 + 1}, 2024.\n".encode()
        (files / f"copy-{n}.txt").write_bytes(data)
        size += len(data)
    path = folder / "personae.json"
    ingest_paths(Store.open_or_create(path), [files], jobs=1)
    return path, size


def _store_bytes(path: Path) -> int:
    folder = pieces_folder(path)
    return path.stat().st_size + sum(p.stat().st_size for p in folder.iterdir())


def _piece_files(path: Path) -> list[Path]:
    return [p for p in pieces_folder(path).iterdir() if PIECE_NAME.fullmatch(p.name)]


def test_a_store_takes_less_than_three_times_its_articles_text(tmp_path: Path) -> None:
    path, text = _ingested(tmp_path, 12)
    assert all(not p.read_bytes().startswith(b"{") for p in _piece_files(path))
    assert _store_bytes(path) < 3 * text, (_store_bytes(path), text)


def test_a_schema5_store_is_read_as_it_is_and_written_on_without_an_upgrade(
    tmp_path: Path,
) -> None:
    path, _ = _ingested(tmp_path, 3)
    before = Store.open(path).snapshot()
    for piece in _piece_files(path):  # as schema 5 wrote them: plain JSON
        piece.write_bytes(inflated(piece.read_bytes()))
    root = orjson.loads(path.read_bytes())
    root["meta"]["1"]["schema"] = 5
    path.write_bytes(orjson.dumps(root))
    plain = {p.name: p.read_bytes() for p in _piece_files(path)}

    assert Store.open(path).snapshot() == before
    more = tmp_path / "more"
    more.mkdir()
    (more / "news.txt").write_text("Talks\n\nChile met Peru in Lima on Monday.\n", encoding="utf-8")
    ingest_paths(Store.open(path), [more], jobs=1)

    assert orjson.loads(path.read_bytes())["meta"]["1"]["schema"] == STORE_SCHEMA == 6
    assert not list(tmp_path.glob("*.bak"))  # nothing to upgrade, nothing backed up
    now = {p.name: p.read_bytes() for p in _piece_files(path)}
    assert {n: now[n] for n in plain} == plain  # the old pieces as they were
    (new,) = set(now) - set(plain)
    assert not now[new].startswith(b"{")
    assert len(Store.open(path).snapshot().articles) == len(before.articles) + 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x00\x01 not a piece", "neither JSON nor a deflated piece"),
        (b"BIG", "would inflate past"),
    ],
)
def test_a_piece_that_cannot_be_inflated_is_named_as_corrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, words: str
) -> None:
    path, _ = _ingested(tmp_path, 2)
    piece = sorted(_piece_files(path))[0]
    if data == b"BIG":  # a deflated piece past the size a store file may have, made small
        files = [path, *pieces_folder(path).iterdir()]
        limit = 2 * max(len(inflated(p.read_bytes())) for p in files)
        data = encoded_piece({"article": {"1": {"id": "x", "text": "y" * 2 * limit}}})
        monkeypatch.setattr(storage, "MAX_FILE_BYTES", limit)
    piece.write_bytes(data)
    with pytest.raises(StoreError, match=words) as caught:
        Store.open(path).snapshot()
    assert str(piece) in str(caught.value) and "corrupt" in str(caught.value)
    assert os.path.exists(piece)  # named, never removed
