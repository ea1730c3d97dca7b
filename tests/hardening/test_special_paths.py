"""Paths that are not plain files: the store itself as output, links, pipes, devices, sockets.

An export never lands on a file personae owns; `-o -` is standard output; a pipe, device
or socket given to `-o` is written to, never renamed over; a link is followed and kept.
A `--db` that is a link is followed (writes and the lock go to the real file); one that is
a pipe or a device is refused at once, and a dangling link is named as one.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import filelock
import orjson
import pytest

from hardening_support import copy_store, make_folder
from personae.store.db import Store
from personae.store.pieces import BUCKET_NAME, PIECE_NAME, pieces_folder
from personae.store.storage import StoreError
from personae.tui.cli import main


@pytest.fixture
def store_path(tmp_path: Path, valid_store: Path) -> Path:
    path = tmp_path / "personae.json"
    copy_store(valid_store, path)
    return path


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _export_json(data: bytes) -> list[str]:
    return [a["id"] for a in orjson.loads(data)["articles"]]


# -- export onto a file personae owns ---------------------------------------------------------


def _owned(store: Path) -> dict[str, Path]:
    """Files personae keeps beside a store, each made to exist."""
    lock = store.with_name(f"{store.name}.lock")
    lock.write_bytes(b"")
    temporary = store.with_name(f".{store.name}.k3x9.tmp")
    temporary.write_bytes(b"half a store")
    backup = store.with_name(f"{store.name}.schema0.bak")
    backup.write_bytes(b"the store as it was")
    link = store.with_name("link.json")
    link.symlink_to(store.name)
    folder = pieces_folder(store)
    piece = next(p for p in folder.iterdir() if PIECE_NAME.fullmatch(p.name))
    half_piece = folder / f".{piece.name}.k3x9.tmp"
    half_piece.write_bytes(b"half a piece")
    bucket = next(p for p in folder.iterdir() if BUCKET_NAME.fullmatch(p.name))
    half_bucket = folder / f".{bucket.name}.k3x9.tmp"
    half_bucket.write_bytes(b"half a bucket")
    return {
        "the store": store,
        "a link to it": link,
        "its lock": lock,
        "its temporary": temporary,
        "its backup": backup,
        "its pieces folder": folder,
        "one of its pieces": piece,
        "a temporary piece": half_piece,
        "one of its catalog's buckets": bucket,
        "a temporary bucket": half_bucket,
        "a new bucket name": folder / "catalog-3ff-999.json",
        "a new name among its pieces": folder / "export.json",
    }


OWNED = [
    "the store", "a link to it", "its lock", "its temporary", "its backup",
    "its pieces folder", "one of its pieces", "a temporary piece", "one of its catalog's buckets",
    "a temporary bucket", "a new bucket name", "a new name among its pieces",
]  # fmt: skip


def _contents(owned: dict[str, Path]) -> dict[Path, bytes | list[str] | None]:
    return {
        p: sorted(os.listdir(p)) if p.is_dir() else p.read_bytes() if p.exists() else None
        for p in owned.values()
    }


@pytest.mark.parametrize("which", OWNED)
@pytest.mark.parametrize("db_through_link", [False, True], ids=["db-real", "db-link"])
def test_export_onto_a_file_personae_owns_is_refused(
    store_path: Path, capsys: pytest.CaptureFixture[str], which: str, db_through_link: bool
) -> None:
    owned = _owned(store_path)
    before = _contents(owned)
    db = owned["a link to it"] if db_through_link else store_path
    code = main(["--db", str(db), "export", "-o", str(owned[which])])
    line = _one_line(capsys.readouterr().err)
    assert code != 0
    assert "personae keeps" in line and "-o" in line
    if "bucket" in which and "temporary" not in which:
        assert "a bucket of the store's catalog" in line, line
    assert _contents(owned) == before
    assert owned["a link to it"].is_symlink()


def test_export_onto_the_store_through_a_linked_folder_is_refused(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = store_path.read_bytes()
    folder_link = store_path.parent.parent / f"{store_path.parent.name}-link"
    folder_link.symlink_to(store_path.parent, target_is_directory=True)
    code = main(["--db", str(store_path), "export", "-o", str(folder_link / store_path.name)])
    assert code != 0 and "personae keeps" in _one_line(capsys.readouterr().err)
    assert store_path.read_bytes() == before


# -- where an export goes --------------------------------------------------------------------


def test_export_to_dash_is_standard_output(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.chdir(store_path.parent)
    assert main(["--db", str(store_path), "export", "-o", "-"]) == 0
    assert _export_json(capsysbinary.readouterr().out) == ["iran-russia-alliance"]
    assert not (store_path.parent / "-").exists()


def test_export_into_a_fifo_feeds_its_reader_and_keeps_the_fifo(store_path: Path) -> None:
    fifo = store_path.parent / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read_all() -> None:
        with open(fifo, "rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    code = main(["--db", str(store_path), "export", "-o", str(fifo)])
    reader.join(timeout=60)
    assert code == 0
    assert received and _export_json(received[0]) == ["iran-russia-alliance"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_onto_a_device_writes_to_it_and_keeps_the_device(store_path: Path) -> None:
    null = store_path.parent / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    assert main(["--db", str(store_path), "export", "-o", str(null)]) == 0
    mode = os.lstat(null).st_mode
    assert stat.S_ISCHR(mode) and os.major(os.lstat(null).st_rdev) == 1
    assert [p.name for p in null.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_export_into_a_socket_sends_to_its_listener(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(store_path.parent)  # a socket's path must be short
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("sock")
    server.listen(1)
    received = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    listener = threading.Thread(target=serve, daemon=True)
    listener.start()
    try:
        assert main(["--db", str(store_path), "export", "-o", "sock"]) == 0
        listener.join(timeout=60)
    finally:
        server.close()
    assert _export_json(bytes(received)) == ["iran-russia-alliance"]
    assert stat.S_ISSOCK(os.lstat("sock").st_mode)


def test_export_through_a_link_replaces_its_target_and_keeps_the_link(store_path: Path) -> None:
    target = store_path.parent / "exports" / "latest.json"
    target.parent.mkdir()
    target.write_bytes(b"previous export")
    link = store_path.parent / "latest.json"
    link.symlink_to(target)
    assert main(["--db", str(store_path), "export", "-o", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target
    assert _export_json(target.read_bytes()) == ["iran-russia-alliance"]


def test_an_export_that_cannot_be_written_gives_advice_about_o_not_db(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tempfile

    def refuse(*_: Any, **__: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code = main(["--db", str(store_path), "export", "-o", str(store_path.parent / "out.json")])
    line = _one_line(capsys.readouterr().err)
    assert code == 1 and "-o" in line and "--db" not in line


def test_an_export_into_a_missing_folder_says_so(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = store_path.parent / "no" / "such" / "out.json"
    assert main(["--db", str(store_path), "export", "-o", str(out)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "does not exist" in line and "-o" in line and "--db" not in line
    assert not out.parent.exists()


# -- a --db that is a link, a pipe, a device, or missing ----------------------------------------


def test_ingest_through_a_linked_store_writes_the_real_file_and_keeps_the_link(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = store_path.parent / "link.json"
    link.symlink_to(store_path.name)
    folder = make_folder(store_path.parent / "articles", 2, seed=5).folder
    assert main(["--db", str(link), "ingest", str(folder)]) == 0, capsys.readouterr().err
    assert link.is_symlink() and link.resolve() == store_path
    assert len(Store.open(store_path).snapshot().articles) == 3
    assert not store_path.with_name("link.json.lock").exists()


@pytest.mark.parametrize("holder", ["link", "real"])
def test_writers_through_a_link_and_the_real_path_take_one_lock(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, holder: str
) -> None:
    link = store_path.parent / "link.json"
    link.symlink_to(store_path)
    first, second = (link, store_path) if holder == "link" else (store_path, link)
    monkeypatch.setenv("PERSONAE_LOCK_TIMEOUT", "0.2")
    holding = Store.open(first)
    waiting = Store.open(second)
    with (
        holding.writing(),
        pytest.raises(StoreError, match="another personae process"),
        waiting.writing(),
    ):
        pass


@pytest.mark.timeout(30)
@pytest.mark.parametrize("command", [["list"], ["export"], ["ingest", "{tmp}/a.txt"]])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_db_that_is_a_pipe_or_a_device_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], kind: str
) -> None:
    db = tmp_path / "store"
    if kind == "fifo":
        os.mkfifo(db)
    elif os.geteuid() == 0:
        os.mknod(db, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        pytest.skip("making a device node needs root")
    (tmp_path / "a.txt").write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    code = main(["--db", str(db), *(a.replace("{tmp}", str(tmp_path)) for a in command)])
    line = _one_line(capsys.readouterr().err)
    assert code == 1
    assert ("named pipe" if kind == "fifo" else "device") in line and "--db" in line
    kind_of: Callable[[int], bool] = stat.S_ISFIFO if kind == "fifo" else stat.S_ISCHR
    assert kind_of(os.lstat(db).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "store"]


@pytest.mark.parametrize("command", [["list"], ["ingest", "{tmp}/a.txt"]])
def test_a_dangling_db_link_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    link = tmp_path / "personae.json"
    link.symlink_to(tmp_path / "moved" / "personae.json")
    (tmp_path / "a.txt").write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    code = main(["--db", str(link), *(a.replace("{tmp}", str(tmp_path)) for a in command)])
    line = _one_line(capsys.readouterr().err)
    assert code == 1
    assert "link" in line and "moved/personae.json" in line and "does not exist" in line
    assert "run personae once" not in line
    assert link.is_symlink() and not (tmp_path / "moved").exists()


def test_a_db_in_folders_that_do_not_exist_says_it_made_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "deeper" / "personae.json"
    assert main(["--db", str(db), "list"]) == 0
    err = capsys.readouterr().err
    assert err == f"personae: created folder {db.parent} for the store\n"
    assert main(["--db", str(db), "list"]) == 0
    assert capsys.readouterr().err == ""  # only when it made them


# -- the lock file itself failing ------------------------------------------------------------


def _ingest_one_article(store: Path) -> list[str]:
    article = store.parent / "a.txt"
    article.write_text("Chile and Peru\n\nChile met Peru in Lima.\n")
    return ["--db", str(store), "ingest", str(article)]


def test_a_lock_path_that_is_a_folder_is_one_line_and_changes_nothing(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path.with_name(f"{store_path.name}.lock").mkdir()
    before = store_path.read_bytes()
    assert main(_ingest_one_article(store_path)) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("personae: cannot take the lock") and "nothing was changed" in line
    assert store_path.read_bytes() == before


def test_a_lock_that_cannot_be_opened_is_one_line_and_changes_nothing(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def denied(*_: Any, **__: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), f"{store_path}.lock")

    monkeypatch.setattr(filelock.FileLock, "acquire", denied)
    before = store_path.read_bytes()
    assert main(_ingest_one_article(store_path)) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("personae: cannot take the lock") and "nothing was changed" in line
    assert "Permission denied" in line
    assert store_path.read_bytes() == before
